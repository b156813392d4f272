package vn.hoctap.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.hoctap.api.storage.StorageFailures;
import vn.hoctap.api.storage.StorageProperties;
import vn.hoctap.engine.evaluation.EvaluationException;
import vn.hoctap.engine.schema.InvalidInputException;

/**
 * Turns every refusal into RFC 9457 {@code application/problem+json} with a stable type, the fixed title of that type,
 * the request path as instance and, for validation, the list of fields and reasons. 4xx are logged at WARN without
 * stack; 5xx at ERROR with the stack and a generic detail.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final StorageProperties storage;

    ProblemDetailsAdvice(StorageProperties storage) {
        this.storage = storage;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        return respond(e.type(), e.getMessage(), request.getRequestURI(), e.errors(), e.extensions());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.reason().name(), error.message())).toList();
        return validation(errors, request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        String given = String.valueOf(e.getValue());
        return validation(List.of(new FieldProblem(e.getName(), "WRONG_TYPE", "expected " + expected + ", got '"
                + (given.length() > 40 ? given.substring(0, 40) + "…" : given) + "'")), request.getRequestURI());
    }

    /** The engine's message names rules and facts of the ruleset: it goes to the log under an incident id, not to the client. */
    @ExceptionHandler(EvaluationException.class)
    ResponseEntity<Object> rulesetDefect(EvaluationException e, HttpServletRequest request) {
        String incident = java.util.UUID.randomUUID().toString();
        log.error("Ruleset defect (incident {}) on {}: {}", incident, request.getRequestURI(), e.getMessage(), e);
        return respond(ProblemType.RULESET_DEFECT, "A rule of the active ruleset failed on this input; nothing was "
                + "stored. The incident is logged as " + incident + ".", request.getRequestURI(), List.of(),
                Map.of("incident", incident));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (StorageFailures.isUnavailable(e)) {
            log.warn("Storage unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return ResponseEntity.status(ProblemType.STORAGE_UNAVAILABLE.status())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(storage.retryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(ProblemType.STORAGE_UNAVAILABLE, "The database cannot store this now; nothing was "
                            + "stored by this request and nothing stored before is lost. Retry later.",
                            request.getRequestURI(), List.of(), Map.of()));
        }
        String incident = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error (incident {}) on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        return respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; nothing already accepted was lost. "
                + "The incident is logged as " + incident + ".", request.getRequestURI(), List.of(),
                Map.of("incident", incident));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), FieldProblems.reason(error.getCode()), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldProblem(error.getObjectName(), "INVALID", error.getDefaultMessage())));
        return validation(errors, path(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof org.springframework.validation.method.ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(new FieldProblem(error.getField(),
                        FieldProblems.reason(error.getCode()), error.getDefaultMessage())));
                body.getGlobalErrors().forEach(error -> errors.add(new FieldProblem(error.getObjectName(), "INVALID",
                        error.getDefaultMessage())));
                return;
            }
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name,
                    FieldProblems.reason(error.getCodes() == null || error.getCodes().length == 0 ? null
                            : error.getCodes()[error.getCodes().length - 1]), error.getDefaultMessage())));
        });
        return validation(errors, path(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable link = e; link != null; link = link.getCause()) {
            if (link instanceof RequestSizeLimitFilter.BodyTooLargeException) {
                return respond(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the configured limit",
                        path(request), List.of(), Map.of());
            }
        }
        if (cause instanceof JsonMappingException mapping && FieldProblems.of(mapping) != null) {
            return validation(List.of(FieldProblems.of(mapping)), path(request));
        }
        String detail = cause instanceof JsonProcessingException json && json.getLocation() != null
                ? "Malformed JSON at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                        + ": " + FieldProblems.reasonOf(json)
                : "The request body is missing or not readable as JSON";
        return respond(ProblemType.MALFORMED_REQUEST, detail, path(request), List.of(), Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemType type = ProblemType.forStatus(status.value());
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : type.title();
        log.warn("{} {}: {}", status.value(), path(request), detail);
        ProblemDetail problem = Problems.of(type, detail, path(request), List.of(), Map.of());
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> validation(List<FieldProblem> errors, String path) {
        ApiException refusal = ApiException.validation(errors);
        return respond(refusal.type(), refusal.getMessage(), path, refusal.errors(), refusal.extensions());
    }

    private static ResponseEntity<Object> respond(ProblemType type, String detail, String instance,
            List<FieldProblem> errors, Map<String, Object> extensions) {
        if (type.status().is4xxClientError()) {
            log.warn("{} {}: {} {}", type.status().value(), instance, detail, errors);
        }
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(type, detail, instance, errors, extensions));
    }

    /** The name a client knows a parameter by: the header or query parameter name, not the Java one. */
    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        org.springframework.web.bind.annotation.RequestHeader header =
                parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        org.springframework.web.bind.annotation.RequestParam query =
                parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        return query != null && !query.name().isEmpty() ? query.name() : parameter.getParameterName();
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
