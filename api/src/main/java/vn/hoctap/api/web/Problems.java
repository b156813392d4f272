package vn.hoctap.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with the project's types, and writes them where Spring MVC is not involved. */
@Component
public class Problems {

    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail of(ProblemType type, String detail, String instance, List<FieldProblem> errors,
            Map<String, Object> extensions) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException e) {
                // a path that is not a valid URI (the reason it was refused) is not echoed
            }
        }
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        extensions.forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem directly to a servlet response (filters, security entry points). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(request, response, type, detail, List.of());
    }

    /** Writes a problem naming the fields at fault directly to a servlet response. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
            List<FieldProblem> errors) throws IOException {
        ProblemDetail problem = of(type, detail, request.getRequestURI(), errors, Map.of());
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
