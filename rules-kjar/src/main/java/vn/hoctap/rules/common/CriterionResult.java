package vn.hoctap.rules.common;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Kết quả một chỉ tiêu — what one criterion rule found: the status, the observed values, the requirement and,
 * for scored criteria, the points awarded. Rules insert it; they never modify input facts. The engine links it
 * to the rule that inserted it and reads the criterion id, levels, legal source and maximum points from that
 * rule's metadata.
 *
 * <p>Every observed value has a Vietnamese label (for the auditor) and a stable machine name (camelCase English, for
 * integrators): the input component's name when the value is an input field ({@code citizens}), a named constant
 * when it is computed ({@code learningCitizenRate}). A result with a value lacking a name is refused when built; two
 * labels may share a name only for the same value (one input field read by two parts of a criterion).
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
    private static final Pattern MACHINE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final Map<String, Object> observed;
    private final Map<String, String> observedNames;
    private final String required;
    private final String explanation;
    private final BigDecimal points;

    /**
     * @param observed      observed values by Vietnamese label, in order
     * @param observedNames the machine name of each observed value, by the same label
     * @throws IllegalArgumentException when an observed value has no machine name, a name is not camelCase, or two
     *                                  different values share a name
     */
    public CriterionResult(String status, Map<String, Object> observed, Map<String, String> observedNames,
            String required, String explanation, BigDecimal points) {
        this.status = status;
        this.observed = Collections.unmodifiableMap(new LinkedHashMap<>(observed));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Object> byName = new HashMap<>();
        for (String label : observed.keySet()) {
            String name = observedNames.get(label);
            if (name == null || !MACHINE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("observed value \"" + label + "\" has no camelCase machine name: "
                        + name);
            }
            if (byName.containsKey(name) && !Objects.equals(byName.get(name), observed.get(label))) {
                throw new IllegalArgumentException("two different observed values are named " + name);
            }
            byName.put(name, observed.get(label));
            names.put(label, name);
        }
        this.observedNames = Collections.unmodifiableMap(names);
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

    /**
     * The stable machine name (camelCase English) of each observed value, by its label, in the same order; added to
     * the contract after {@link #getObserved()}, so an engine reading an older kjar finds no names.
     */
    public Map<String, String> getObservedNames() {
        return observedNames;
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
        return new CriterionResult(status, observed, observedNames, required, explanation, awarded);
    }

    @Override
    public String toString() {
        return status + ": " + explanation;
    }
}
