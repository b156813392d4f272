package vn.hoctap.rules.common;

/**
 * Hồ sơ không hợp lệ — thrown by an input record's canonical constructor when a combination of values is outside what
 * the circular allows (a total above its scale, a unit outside its scope). The engine reports it as a field error at
 * {@link #getField()} with {@link #getReason()} (kjar contract §3), so the service answers it as bad input.
 */
public final class InputRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    private InputRefusedException(String field, String reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    /** A value, or the whole record when {@code field} is empty, outside the range the circular allows. */
    public static InputRefusedException outOfRange(String field, String message) {
        return new InputRefusedException(field, "OUT_OF_RANGE", message);
    }

    /** A coded value the circular does not cover. */
    public static InputRefusedException notAllowed(String field, String message) {
        return new InputRefusedException(field, "NOT_ALLOWED", message);
    }

    /** The component the refusal concerns, or empty for the whole record. */
    public String getField() {
        return field;
    }

    /** The engine's reason code: {@code OUT_OF_RANGE} or {@code NOT_ALLOWED}. */
    public String getReason() {
        return reason;
    }
}
