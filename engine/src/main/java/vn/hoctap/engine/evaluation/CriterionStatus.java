package vn.hoctap.engine.evaluation;

/** Outcome of one criterion (chỉ tiêu) for one subject, with its Vietnamese wording. */
public enum CriterionStatus {
    PASSED("Đạt"),
    PARTIAL("Đạt một phần"),
    FAILED("Không đạt"),
    NOT_APPLICABLE("Không áp dụng"),
    NOT_EVALUATED("Chưa đánh giá được");

    private final String label;

    CriterionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
