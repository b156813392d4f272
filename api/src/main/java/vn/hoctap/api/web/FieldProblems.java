package vn.hoctap.api.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;

/** Field problems from the ways a request can be wrong: JSON binding errors and bean-validation violations. */
public final class FieldProblems {

    /** Longest field path echoed back; a longer one (a megabyte-long key) is cut with "…". */
    public static final int MAX_PATH = 200;
    /** Most field problems one response lists; the total is given beside them. */
    public static final int MAX_PROBLEMS = 50;

    private FieldProblems() {
    }

    /** {@code path}, cut to {@value #MAX_PATH} characters. */
    public static String shortened(String path) {
        return path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH - 1) + "…";
    }

    /** The field problem a JSON binding error stands for, or null when it is not about one field. */
    public static FieldProblem of(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(shortened(path(unknown)), "UNKNOWN_FIELD", "unknown field; accepted: "
                    + unknown.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldProblem(shortened(path(mismatch)), "WRONG_TYPE", "expected " + expected(mismatch.getTargetType()));
        }
        return null;
    }

    /**
     * What is wrong with malformed JSON, in a few words and without echoing the input: trailing content, a duplicate
     * field (named), a number the parser cannot hold, or a syntax error.
     */
    public static String reasonOf(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            int quote = message.indexOf('\'');
            String name = quote < 0 ? "" : message.substring(quote, Math.min(message.length(), quote + 60));
            return "duplicate field " + name;
        }
        if (message.contains("Trailing token")) {
            return "content after the end of the JSON value";
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                || e.getCause() instanceof NumberFormatException || message.contains("Numeric value")) {
            return "a number cannot be read";
        }
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }

    public static FieldProblem of(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldProblem(violation.getPropertyPath().toString(), reason(constraint), violation.getMessage());
    }

    /** The stable reason for a bean-validation constraint name. */
    public static String reason(String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "MISSING";
            case "Min", "Max", "Size", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
            case "Pattern" -> "INVALID";
            default -> "INVALID";
        };
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date \"yyyy-mm-dd\"";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return java.util.List.class.isAssignableFrom(type) ? "a list" : type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
