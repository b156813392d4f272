package vn.hoctap.api.web;

import java.util.List;
import java.util.Map;

/**
 * A refusal the API answers with a problem of a given type. Carries the detail sentence, field problems for
 * validation, and any other extension members.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extensions;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldProblem> errors, Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    /**
     * A validation refusal listing the fields at fault: the first {@value FieldProblems#MAX_PROBLEMS} problems, each with
     * its path cut to {@value FieldProblems#MAX_PATH} characters, and the total number in {@code errorCount}.
     */
    public static ApiException validation(List<FieldProblem> errors) {
        List<FieldProblem> shown = errors.stream().limit(FieldProblems.MAX_PROBLEMS)
                .map(error -> new FieldProblem(FieldProblems.shortened(error.field()), error.reason(), error.message()))
                .toList();
        String detail = errors.size() + " field(s) refused" + (errors.size() > shown.size()
                ? "; the first " + shown.size() + " are listed" : "");
        return new ApiException(ProblemType.VALIDATION, detail, shown, Map.of("errorCount", errors.size()));
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
