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
 *
 * <p>Every observed value gets a machine name, the first argument: the input component's name when the value is an
 * input field ({@code "citizens"}, {@code "awarenessRaising"}), a named constant of the rule when it is computed
 * ({@code "learningCitizenRate"}, a count of members in scope). Methods recording several values derive the
 * names of the computed ones from it (see each method).
 */
public final class Check {

    /** Machine name of the months counted by {@link #monthsSince}. */
    public static final String MONTHS_TO_REFERENCE_DATE = "monthsToReferenceDate";

    private Check() {
    }

    /**
     * A yes/no target (chỉ tiêu định tính): passed when the value is true; not evaluated when an optional value was
     * not declared (null), never silently taken as "không".
     */
    public static CriterionResult yes(String name, String label, Boolean value) {
        if (value == null) {
            return new CriterionResult(CriterionResult.NOT_EVALUATED, Map.of(label, ""), Map.of(label, name),
                    label + ": có", label + ": chưa khai báo (yêu cầu: có)", null);
        }
        return result(value, new Values().put(name, label, value), label + ": có",
                label + ": " + yesNo(value) + " (yêu cầu: có)");
    }

    /** Several yes/no conditions that must all hold. */
    public static CriterionResult allOf(CriterionResult... parts) {
        Values observed = new Values();
        List<String> required = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        boolean passed = true;
        for (CriterionResult part : parts) {
            part.getObserved().forEach((label, value) -> observed.put(part.getObservedNames().get(label), label,
                    value));
            required.add(part.getRequired());
            explanation.add(part.getExplanation());
            passed &= part.isPassed();
        }
        return result(passed, observed, String.join("; ", required), String.join("; ", explanation));
    }

    /**
     * Starts a rate check: {@code part} of {@code whole}, shown under {@code label}. The rate is named {@code name}
     * (computed, e.g. {@code "learningCitizenRate"}); the part and the whole under their own names (usually the input
     * fields they come from, e.g. {@code "citizensWithLearningCitizenTitle"} and {@code "citizens"}).
     */
    public static Rate rate(String name, String label, String partName, long part, String wholeName, long whole) {
        return new Rate(name, label, partName, part, wholeName, whole);
    }

    /**
     * Every member in scope satisfies the condition (vacuously true when nobody is in scope). The two counts are
     * computed: named {@code name + "InScope"} and {@code name + "Satisfying"}.
     */
    public static CriterionResult everyone(String name, String label, long satisfying, long inScope) {
        Values observed = new Values()
                .put(name + "InScope", label + " — số thuộc diện", inScope)
                .put(name + "Satisfying", label + " — số đạt", satisfying);
        String seen = inScope == 0 ? "không có thành viên thuộc diện" : satisfying + "/" + inScope + " đạt";
        return result(satisfying == inScope, observed, "tất cả thành viên thuộc diện đạt",
                label + ": " + seen + " (yêu cầu: tất cả)");
    }

    /** A graded level (mức độ) at least the parameter's level. */
    public static CriterionResult levelAtLeast(String name, String label, int level, Parameter minimum) {
        boolean passed = level >= minimum.getInteger();
        return result(passed, new Values().put(name, label, level), "≥ mức độ " + minimum.getInteger(),
                label + ": mức độ " + level + " (yêu cầu ≥ mức độ " + minimum.getInteger() + ")");
    }

    /** A coded value belonging to the accepted codes held by the parameter. */
    public static CriterionResult oneOf(String name, String label, Labelled value, Parameter accepted) {
        boolean passed = value != null && accepted.contains(((Enum<?>) value).name());
        String seen = value == null ? "chưa có" : value.label();
        return result(passed, new Values().put(name, label, value == null ? "" : ((Enum<?>) value).name()),
                "thuộc " + accepted.getList(), label + ": " + seen + " (yêu cầu thuộc " + accepted.getList() + ")");
    }

    /** The lowest of several scores at least the parameter's minimum; {@code name} names the (computed) lowest. */
    public static CriterionResult lowestAtLeast(String name, String label, List<BigDecimal> scores,
            Parameter minimum) {
        BigDecimal lowest = scores.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        boolean passed = lowest.compareTo(minimum.getDecimal()) >= 0;
        return result(passed, new Values().put(name, label, lowest), "≥ " + minimum.display(),
                label + ": " + Numbers.format(lowest) + " (yêu cầu ≥ " + minimum.display() + ")");
    }

    /** A count at least the parameter's value. */
    public static CriterionResult countAtLeast(String name, String label, long count, Parameter minimum) {
        boolean passed = BigDecimal.valueOf(count).compareTo(minimum.getDecimal()) >= 0;
        return result(passed, new Values().put(name, label, count), "≥ " + minimum.display(),
                label + ": " + count + " (yêu cầu ≥ " + minimum.display() + ")");
    }

    /**
     * This year's value strictly above last year's ("cao hơn năm trước"); each value under its own name (the input
     * fields, e.g. {@code "grdp"} and {@code "grdpPreviousYear"}).
     */
    public static CriterionResult increased(String label, String currentName, BigDecimal current,
            String previousName, BigDecimal previous) {
        return compareWithPreviousYear(label, currentName, current, previousName, previous,
                current.compareTo(previous) > 0, "cao hơn");
    }

    /** This year's value strictly below last year's ("thấp hơn năm trước"); names as for {@link #increased}. */
    public static CriterionResult decreased(String label, String currentName, BigDecimal current,
            String previousName, BigDecimal previous) {
        return compareWithPreviousYear(label, currentName, current, previousName, previous,
                current.compareTo(previous) < 0, "thấp hơn");
    }

    /**
     * At least the parameter's number of months from {@code since} (named {@code name}, the input date field) to
     * {@code referenceDate}; the months counted are named {@value #MONTHS_TO_REFERENCE_DATE}.
     */
    public static CriterionResult monthsSince(String name, String label, LocalDate since, LocalDate referenceDate,
            Parameter minimumMonths) {
        String required = "≥ " + minimumMonths.display() + " kể từ " + label;
        if (since == null) {
            return result(false, new Values().put(name, label, ""), required,
                    label + ": chưa có (yêu cầu " + required + ")");
        }
        long months = ChronoUnit.MONTHS.between(since, referenceDate);
        Values observed = new Values()
                .put(name, label, since.toString())
                .put(MONTHS_TO_REFERENCE_DATE, "Số tháng đến ngày tham chiếu", months);
        return result(months >= minimumMonths.getInteger(), observed, required,
                label + " " + since + ": " + months + " tháng đến " + referenceDate + " (yêu cầu " + required + ")");
    }

    /** Points awarded by the evaluation team on a scored item: full, partial or none. */
    public static CriterionResult points(String name, String label, BigDecimal awarded, double maxPoints) {
        BigDecimal max = BigDecimal.valueOf(maxPoints);
        String status = awarded.compareTo(max) >= 0 ? CriterionResult.PASSED
                : awarded.signum() > 0 ? CriterionResult.PARTIAL : CriterionResult.FAILED;
        String text = label + ": " + Numbers.format(awarded) + "/" + Numbers.format(max) + " điểm";
        return new CriterionResult(status, Map.of(label, awarded), Map.of(label, name),
                "tối đa " + Numbers.format(max) + " điểm", text, awarded);
    }

    /**
     * Points awarded on a criterion whose maximum is not known, where the decision only asks that no criterion has 0
     * points: passed above zero, failed at zero. The points count towards the total as awarded.
     */
    public static CriterionResult pointsAboveZero(String name, String label, BigDecimal awarded) {
        String status = awarded.signum() > 0 ? CriterionResult.PASSED : CriterionResult.FAILED;
        return new CriterionResult(status, Map.of(label, awarded), Map.of(label, name),
                "trên 0 điểm (điểm tối đa của tiêu chí chưa xác nhận)",
                label + ": " + Numbers.format(awarded) + " điểm (yêu cầu: không bị điểm 0; điểm tối đa của tiêu chí chưa"
                        + " xác nhận)", awarded);
    }

    /**
     * A text of at least one word and at most the parameter's number of words; {@code name} names the (computed)
     * number of words.
     */
    public static CriterionResult wordsAtMost(String name, String label, String text, Parameter maximum) {
        int words = text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
        boolean passed = words >= 1 && words <= maximum.getInteger();
        return result(passed, new Values().put(name, label + " — số từ", words), "1–" + maximum.display(),
                label + ": " + (words == 0 ? "chưa có" : words + " từ") + " (yêu cầu có nội dung, tối đa " + maximum.display()
                        + ")");
    }

    /** A value shown for information only; it does not count towards the decision. */
    public static CriterionResult informative(String name, String label, Object value) {
        String seen = value == null ? "chưa tự đánh giá" : String.valueOf(value);
        return new CriterionResult(CriterionResult.NOT_APPLICABLE, Map.of(label, value == null ? "" : value),
                Map.of(label, name), "thông tin tham khảo",
                label + ": " + seen + " (thông tin tham khảo, không tính vào kết luận)", null);
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
        CriterionResult met = new CriterionResult(CriterionResult.PASSED, Map.of(), Map.of(),
                "các điều kiện của tiêu chí", explanation, null);
        return points.isEmpty() ? met : met.scoring(new BigDecimal(points).doubleValue());
    }

    /** The criterion does not apply to this subject; the reason says why. */
    public static CriterionResult notApplicable(String reason) {
        return new CriterionResult(CriterionResult.NOT_APPLICABLE, Map.of(), Map.of(), "không áp dụng", reason, null);
    }

    /** The criterion cannot be evaluated (its content is not confirmed); the reason says why. */
    public static CriterionResult notEvaluated(String reason) {
        return new CriterionResult(CriterionResult.NOT_EVALUATED, Map.of(), Map.of(), "chưa xác định", reason, null);
    }

    private static CriterionResult compareWithPreviousYear(String label, String currentName, BigDecimal current,
            String previousName, BigDecimal previous, boolean passed, String direction) {
        Values observed = new Values()
                .put(currentName, label + " — năm đánh giá", current)
                .put(previousName, label + " — năm trước", previous);
        return result(passed, observed, direction + " năm trước", label + ": " + Numbers.format(current) + " so với "
                + Numbers.format(previous) + " năm trước (yêu cầu " + direction + " năm trước)");
    }

    static CriterionResult result(boolean passed, Values observed, String required, String explanation) {
        return new CriterionResult(passed ? CriterionResult.PASSED : CriterionResult.FAILED, observed.values,
                observed.names, required, explanation, null);
    }

    private static String yesNo(boolean value) {
        return value ? "có" : "không";
    }

    /** Observed values being recorded: value and machine name by label, in order. */
    static final class Values {

        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        Values put(String name, String label, Object value) {
            values.put(label, value);
            names.put(label, name);
            return this;
        }
    }

    /** A share of a whole, compared exactly with a minimum percentage. */
    public static final class Rate {

        private final String name;
        private final String label;
        private final String partName;
        private final long part;
        private final String wholeName;
        private final long whole;

        private Rate(String name, String label, String partName, long part, String wholeName, long whole) {
            this.name = name;
            this.label = label;
            this.partName = partName;
            this.part = part;
            this.wholeName = wholeName;
            this.whole = whole;
        }

        /** Passed when {@code part / whole × 100 ≥} the parameter (exact, no rounding). */
        public CriterionResult atLeast(Parameter minimumPercent) {
            BigDecimal percent = Numbers.percent(part, whole);
            Values observed = new Values()
                    .put(name, label + " (%)", percent)
                    .put(partName, label + " — số đạt", part)
                    .put(wholeName, label + " — tổng số", whole);
            String required = "≥ " + minimumPercent.display();
            String seen = whole == 0 ? "không có dữ liệu (tổng số bằng 0)"
                    : Numbers.format(percent) + " % (" + part + "/" + whole + ")";
            return result(Numbers.percentAtLeast(part, whole, minimumPercent.getDecimal()), observed, required,
                    label + ": " + seen + " (yêu cầu " + required + ")");
        }
    }
}
