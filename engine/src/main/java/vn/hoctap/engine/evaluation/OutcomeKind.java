package vn.hoctap.engine.evaluation;

/** Overall outcome of an evaluation, with its Vietnamese wording. */
public enum OutcomeKind {
    /** Đủ điều kiện công nhận (at the level or rank given). */
    RECOGNISED("Đủ điều kiện công nhận"),
    /** Chưa đủ điều kiện công nhận. */
    NOT_RECOGNISED("Chưa đủ điều kiện công nhận"),
    /** Không thể kết luận theo bộ quy tắc này (a criterion or a decision parameter is not confirmed). */
    NOT_DECIDABLE("Chưa thể kết luận theo bộ quy tắc này");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
