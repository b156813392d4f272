package vn.hoctap.rules.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Building blocks for the right-hand side of criterion rules. Each method returns a {@link CriterionResult}
 * whose observed values, requirement and explanation are written in Vietnamese for the auditor.
 */
public final class Check {

    private Check() {
    }

    /**
     * A yes/no target (chỉ tiêu định tính): passed when the value is true; not evaluated when an optional value was
     * not declared (null), never silently taken as "không".
     */
    public static CriterionResult yes(String label, Boolean value) {
        if (value == null) {
            return new CriterionResult(CriterionResult.NOT_EVALUATED, Map.of(label, ""), label + ": có",
                    label + ": chưa khai báo (yêu cầu: có)", null);
        }
        return result(value, Map.of(label, value), label + ": có",
                label + ": " + yesNo(value) + " (yêu cầu: có)");
    }

    /** Several yes/no conditions that must all hold. */
    public static CriterionResult allOf(CriterionResult... parts) {
        Map<String, Object> observed = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        boolean passed = true;
        for (CriterionResult part : parts) {
            observed.putAll(part.getObserved());
            required.add(part.getRequired());
            explanation.add(part.getExplanation());
            passed &= part.isPassed();
        }
        return result(passed, observed, String.join("; ", required), String.join("; ", explanation));
    }

    /** Starts a rate check: {@code part} of {@code whole}, shown under {@code label}. */
    public static Rate rate(String label, long part, long whole) {
        return new Rate(label, part, whole);
    }

    /** Every member in scope satisfies the condition (vacuously true when nobody is in scope). */
    public static CriterionResult everyone(String label, long satisfying, long inScope) {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label + " — số thuộc diện", inScope);
        observed.put(label + " — số đạt", satisfying);
        String seen = inScope == 0 ? "không có thành viên thuộc diện" : satisfying + "/" + inScope + " đạt";
        return result(satisfying == inScope, observed, "tất cả thành viên thuộc diện đạt",
                label + ": " + seen + " (yêu cầu: tất cả)");
    }

    /** A graded level (mức độ) at least the parameter's level. */
    public static CriterionResult levelAtLeast(String label, int level, Parameter minimum) {
        boolean passed = level >= minimum.getInteger();
        return result(passed, Map.of(label, level), "≥ mức độ " + minimum.getInteger(),
                label + ": mức độ " + level + " (yêu cầu ≥ mức độ " + minimum.getInteger() + ")");
    }

    /** A coded value belonging to the accepted codes held by the parameter. */
    public static CriterionResult oneOf(String label, Labelled value, Parameter accepted) {
        boolean passed = value != null && accepted.contains(((Enum<?>) value).name());
        String seen = value == null ? "chưa có" : value.label();
        return result(passed, Map.of(label, value == null ? "" : ((Enum<?>) value).name()),
                "thuộc " + accepted.getList(), label + ": " + seen + " (yêu cầu thuộc " + accepted.getList() + ")");
    }

    /** The lowest of several scores at least the parameter's minimum. */
    public static CriterionResult lowestAtLeast(String label, List<BigDecimal> scores, Parameter minimum) {
        BigDecimal lowest = scores.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        boolean passed = lowest.compareTo(minimum.getDecimal()) >= 0;
        return result(passed, Map.of(label, lowest), "≥ " + minimum.display(),
                label + ": " + Numbers.format(lowest) + " (yêu cầu ≥ " + minimum.display() + ")");
    }

    /** A count at least the parameter's value. */
    public static CriterionResult countAtLeast(String label, long count, Parameter minimum) {
        boolean passed = BigDecimal.valueOf(count).compareTo(minimum.getDecimal()) >= 0;
        return result(passed, Map.of(label, count), "≥ " + minimum.display(),
                label + ": " + count + " (yêu cầu ≥ " + minimum.display() + ")");
    }

    /** This year's value strictly above last year's ("cao hơn năm trước"). */
    public static CriterionResult increased(String label, BigDecimal current, BigDecimal previous) {
        return compareWithPreviousYear(label, current, previous, current.compareTo(previous) > 0, "cao hơn");
    }

    /** This year's value strictly below last year's ("thấp hơn năm trước"). */
    public static CriterionResult decreased(String label, BigDecimal current, BigDecimal previous) {
        return compareWithPreviousYear(label, current, previous, current.compareTo(previous) < 0, "thấp hơn");
    }

    /** At least the parameter's number of months from {@code since} to {@code referenceDate}. */
    public static CriterionResult monthsSince(String label, LocalDate since, LocalDate referenceDate,
            Parameter minimumMonths) {
        String required = "≥ " + minimumMonths.display() + " kể từ " + label;
        if (since == null) {
            return result(false, Map.of(label, ""), required, label + ": chưa có (yêu cầu " + required + ")");
        }
        long months = ChronoUnit.MONTHS.between(since, referenceDate);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label, since.toString());
        observed.put("Số tháng đến ngày tham chiếu", months);
        return result(months >= minimumMonths.getInteger(), observed, required,
                label + " " + since + ": " + months + " tháng đến " + referenceDate + " (yêu cầu " + required + ")");
    }

    /** Points awarded by the evaluation team on a scored item: full, partial or none. */
    public static CriterionResult points(String label, BigDecimal awarded, double maxPoints) {
        BigDecimal max = BigDecimal.valueOf(maxPoints);
        String status = awarded.compareTo(max) >= 0 ? CriterionResult.PASSED
                : awarded.signum() > 0 ? CriterionResult.PARTIAL : CriterionResult.FAILED;
        String text = label + ": " + Numbers.format(awarded) + "/" + Numbers.format(max) + " điểm";
        return new CriterionResult(status, Map.of(label, awarded), "tối đa " + Numbers.format(max) + " điểm", text,
                awarded);
    }

    /**
     * Points awarded on a criterion whose maximum is not known, where the decision only asks that no criterion has 0
     * points: passed above zero, failed at zero. The points count towards the total as awarded.
     */
    public static CriterionResult pointsAboveZero(String label, BigDecimal awarded) {
        String status = awarded.signum() > 0 ? CriterionResult.PASSED : CriterionResult.FAILED;
        return new CriterionResult(status, Map.of(label, awarded), "trên 0 điểm (điểm tối đa của tiêu chí chưa xác nhận)",
                label + ": " + Numbers.format(awarded) + " điểm (yêu cầu: không bị điểm 0; điểm tối đa của tiêu chí chưa"
                        + " xác nhận)", awarded);
    }

    /** A text of at least one word and at most the parameter's number of words. */
    public static CriterionResult wordsAtMost(String label, String text, Parameter maximum) {
        int words = text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
        boolean passed = words >= 1 && words <= maximum.getInteger();
        return result(passed, Map.of(label + " — số từ", words), "1–" + maximum.display(),
                label + ": " + (words == 0 ? "chưa có" : words + " từ") + " (yêu cầu có nội dung, tối đa " + maximum.display()
                        + ")");
    }

    /** A value shown for information only; it does not count towards the decision. */
    public static CriterionResult informative(String label, Object value) {
        String seen = value == null ? "chưa tự đánh giá" : String.valueOf(value);
        return new CriterionResult(CriterionResult.NOT_APPLICABLE, Map.of(label, value == null ? "" : value),
                "thông tin tham khảo", label + ": " + seen + " (thông tin tham khảo, không tính vào kết luận)", null);
    }

    /**
     * A decision-table row whose conditions all hold (a row whose conditions do not hold fires no rule, and the engine
     * reports its criterion failed with the fields it reads): passed, with the row's explanation, and the row's
     * {@code maxPoints} metadata as points when it has one. The action cell of a table reads
     * {@code insert(Check.met("$param", drools.getRule().getMetaData()));}.
     */
    public static CriterionResult met(String explanation, Map<String, Object> ruleMetaData) {
        Object maxPoints = ruleMetaData == null ? null : ruleMetaData.get("maxPoints");
        String points = maxPoints == null ? "" : maxPoints.toString().replace("\"", "").strip();
        CriterionResult met = new CriterionResult(CriterionResult.PASSED, Map.of(), "các điều kiện của tiêu chí",
                explanation, null);
        return points.isEmpty() ? met : met.scoring(new BigDecimal(points).doubleValue());
    }

    /** The criterion does not apply to this subject; the reason says why. */
    public static CriterionResult notApplicable(String reason) {
        return new CriterionResult(CriterionResult.NOT_APPLICABLE, Map.of(), "không áp dụng", reason, null);
    }

    /** The criterion cannot be evaluated (its content is not confirmed); the reason says why. */
    public static CriterionResult notEvaluated(String reason) {
        return new CriterionResult(CriterionResult.NOT_EVALUATED, Map.of(), "chưa xác định", reason, null);
    }

    private static CriterionResult compareWithPreviousYear(String label, BigDecimal current, BigDecimal previous,
            boolean passed, String direction) {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label + " — năm đánh giá", current);
        observed.put(label + " — năm trước", previous);
        return result(passed, observed, direction + " năm trước", label + ": " + Numbers.format(current) + " so với "
                + Numbers.format(previous) + " năm trước (yêu cầu " + direction + " năm trước)");
    }

    static CriterionResult result(boolean passed, Map<String, Object> observed, String required, String explanation) {
        return new CriterionResult(passed ? CriterionResult.PASSED : CriterionResult.FAILED, observed, required,
                explanation, null);
    }

    private static String yesNo(boolean value) {
        return value ? "có" : "không";
    }

    /** A share of a whole, compared exactly with a minimum percentage. */
    public static final class Rate {

        private final String label;
        private final long part;
        private final long whole;

        private Rate(String label, long part, long whole) {
            this.label = label;
            this.part = part;
            this.whole = whole;
        }

        /** Passed when {@code part / whole × 100 ≥} the parameter (exact, no rounding). */
        public CriterionResult atLeast(Parameter minimumPercent) {
            BigDecimal percent = Numbers.percent(part, whole);
            Map<String, Object> observed = new LinkedHashMap<>();
            observed.put(label + " (%)", percent);
            observed.put(label + " — số đạt", part);
            observed.put(label + " — tổng số", whole);
            String required = "≥ " + minimumPercent.display();
            String seen = whole == 0 ? "không có dữ liệu (tổng số bằng 0)"
                    : Numbers.format(percent) + " % (" + part + "/" + whole + ")";
            return result(Numbers.percentAtLeast(part, whole, minimumPercent.getDecimal()), observed, required,
                    label + ": " + seen + " (yêu cầu " + required + ")");
        }
    }
}
