package vn.hoctap.engine.schema;

/**
 * One thing wrong with a submitted value.
 *
 * @param field   path of the field, e.g. {@code facts.citizens} or {@code facts.members[2].birthDate}
 * @param reason  stable machine-readable reason
 * @param message human-readable explanation (English, with the Vietnamese label of the field where known)
 */
public record FieldError(String field, Reason reason, String message) {

    /** Stable reasons, part of the HTTP API's contract. */
    public enum Reason {
        MISSING, UNKNOWN_FIELD, WRONG_TYPE, OUT_OF_RANGE, NOT_ALLOWED, UNKNOWN_TITLE, NO_CRITERIA_IN_FORCE, INVALID
    }
}
