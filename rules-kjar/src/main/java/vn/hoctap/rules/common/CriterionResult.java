package vn.hoctap.rules.common;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kết quả một chỉ tiêu — what one criterion rule found: the status, the observed values, the requirement and,
 * for scored criteria, the points awarded. Rules insert it; they never modify input facts. The engine links it
 * to the rule that inserted it and reads the criterion id, levels, legal source and maximum points from that
 * rule's metadata.
 *
 * <p>Immutable. Part of the kjar contract: the engine reads it through its getters. Build it with {@link Check}.
 */
public final class CriterionResult {

    /** Đạt. */
    public static final String PASSED = "PASSED";
    /** Đạt một phần (scored criteria: some but not all points). */
    public static final String PARTIAL = "PARTIAL";
    /** Không đạt. */
    public static final String FAILED = "FAILED";
    /** Không áp dụng đối với chủ thể này. */
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    /** Chưa đánh giá được (nội dung tiêu chí chưa được xác nhận). */
    public static final String NOT_EVALUATED = "NOT_EVALUATED";

    private final String status;
    private final Map<String, Object> observed;
    private final String required;
    private final String explanation;
    private final BigDecimal points;

    public CriterionResult(String status, Map<String, Object> observed, String required, String explanation,
            BigDecimal points) {
        this.status = status;
        this.observed = Collections.unmodifiableMap(new LinkedHashMap<>(observed));
        this.required = required;
        this.explanation = explanation;
        this.points = points;
    }

    public String getStatus() {
        return status;
    }

    public boolean isPassed() {
        return PASSED.equals(status);
    }

    /** Observed values by their Vietnamese label, in the order the rule recorded them. */
    public Map<String, Object> getObserved() {
        return observed;
    }

    /** The requirement in words, e.g. "≥ 60 %". */
    public String getRequired() {
        return required;
    }

    /** One sentence an auditor can read: what was observed against what was required. */
    public String getExplanation() {
        return explanation;
    }

    /** Points awarded, or null when the criterion is not scored. */
    public BigDecimal getPoints() {
        return points;
    }

    /** The same result carrying points: the maximum when passed, nothing when failed. */
    public CriterionResult scoring(double maxPoints) {
        BigDecimal awarded = isPassed() ? BigDecimal.valueOf(maxPoints) : BigDecimal.ZERO;
        return new CriterionResult(status, observed, required, explanation, awarded);
    }

    @Override
    public String toString() {
        return status + ": " + explanation;
    }
}
