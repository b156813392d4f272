package vn.hoctap.engine.schema;

import java.util.List;

/** Thrown when a request cannot be evaluated because of its content; lists every field error found. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** Never empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
