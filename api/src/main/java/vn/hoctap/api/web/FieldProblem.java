package vn.hoctap.api.web;

/**
 * One entry of the {@code errors} extension of a validation problem.
 *
 * @param field   path of the field in the request, e.g. {@code facts.citizens}, {@code items[3].subject.areaCode}
 * @param reason  stable code: MISSING, UNKNOWN_FIELD, WRONG_TYPE, OUT_OF_RANGE, NOT_ALLOWED, UNKNOWN_TITLE,
 *                NO_CRITERIA_IN_FORCE, UNKNOWN_AREA, INVALID; for evidence also UNKNOWN_EVIDENCE, and at {@code file}
 *                EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, TYPE_MISMATCH
 * @param message human-readable explanation
 */
public record FieldProblem(String field, String reason, String message) {
}
