package vn.hoctap.api.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;

/** Field problems from the ways a request can be wrong: JSON binding errors and bean-validation violations. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** The field problem a JSON binding error stands for, or null when it is not about one field. */
    public static FieldProblem of(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "UNKNOWN_FIELD", "unknown field '" + unknown.getPropertyName()
                    + "'; accepted: " + unknown.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            return new FieldProblem(path(mismatch), "WRONG_TYPE", "expected " + expected);
        }
        return null;
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
            default -> "INVALID";
        };
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
