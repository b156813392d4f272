package vn.hoctap.bench.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.CriterionStatus;

/**
 * The kinds of finding the three titles need — a yes/no target, several together, "every member in scope", a rate, a
 * level, an accepted code, months since a decision — each with its Vietnamese explanation for the auditor.
 */
final class Findings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Findings() {
    }

    static Finding yes(String label, Boolean value) {
        if (value == null) {
            return new Finding(CriterionStatus.NOT_EVALUATED, Map.of(label, ""),
                    label + ": chưa khai báo (yêu cầu: có)", null);
        }
        return new Finding(status(value), Map.of(label, value),
                label + ": " + (value ? "có" : "không") + " (yêu cầu: có)", null);
    }

    static Finding all(Finding... parts) {
        Map<String, Object> observed = new LinkedHashMap<>();
        StringBuilder explanation = new StringBuilder();
        boolean passed = true;
        for (Finding part : parts) {
            observed.putAll(part.observed());
            if (explanation.length() > 0) {
                explanation.append("; ");
            }
            explanation.append(part.explanation());
            passed &= part.status() == CriterionStatus.PASSED;
        }
        return new Finding(status(passed), observed, explanation.toString(), null);
    }

    static Finding everyone(String label, long satisfying, long inScope) {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label + " — số thuộc diện", inScope);
        observed.put(label + " — số đạt", satisfying);
        String seen = inScope == 0 ? "không có thành viên thuộc diện" : satisfying + "/" + inScope + " đạt";
        return new Finding(status(satisfying == inScope), observed, label + ": " + seen + " (yêu cầu: tất cả)", null);
    }

    /** {@code part / whole × 100 ≥ minimum}, compared exactly; the shown percentage is rounded to 2 decimals. */
    static Finding rate(String label, long part, long whole, BigDecimal minimumPercent) {
        BigDecimal percent = whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        boolean passed = whole > 0
                && BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(minimumPercent.multiply(BigDecimal.valueOf(whole))) >= 0;
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label + " (%)", percent);
        observed.put(label + " — số đạt", part);
        observed.put(label + " — tổng số", whole);
        String seen = whole == 0 ? "không có dữ liệu (tổng số bằng 0)"
                : vietnamese(percent) + " % (" + part + "/" + whole + ")";
        return new Finding(status(passed), observed,
                label + ": " + seen + " (yêu cầu ≥ " + vietnamese(minimumPercent) + " %)", null);
    }

    static Finding levelAtLeast(String label, int level, int minimum) {
        return new Finding(status(level >= minimum), Map.of(label, level),
                label + ": mức độ " + level + " (yêu cầu ≥ mức độ " + minimum + ")", null);
    }

    static Finding oneOf(String label, String code, String codeLabel, List<String> accepted) {
        boolean passed = code != null && accepted.contains(code);
        return new Finding(status(passed), Map.of(label, code == null ? "" : code),
                label + ": " + (code == null ? "chưa có" : codeLabel) + " (yêu cầu thuộc " + accepted + ")", null);
    }

    static Finding monthsSince(String label, LocalDate since, LocalDate referenceDate, int minimumMonths) {
        String required = "≥ " + minimumMonths + " tháng kể từ " + label;
        if (since == null) {
            return new Finding(CriterionStatus.FAILED, Map.of(label, ""), label + ": chưa có (yêu cầu " + required + ")",
                    null);
        }
        long months = ChronoUnit.MONTHS.between(since, referenceDate);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put(label, since.toString());
        observed.put("Số tháng đến ngày tham chiếu", months);
        return new Finding(status(months >= minimumMonths), observed, label + " " + since + ": " + months
                + " tháng đến " + referenceDate + " (yêu cầu " + required + ")", null);
    }

    static Finding notApplicable(String reason) {
        return new Finding(CriterionStatus.NOT_APPLICABLE, Map.of(), reason, null);
    }

    static Finding notEvaluated(String reason) {
        return new Finding(CriterionStatus.NOT_EVALUATED, Map.of(), reason, null);
    }

    /** The same finding scored: the maximum when passed, zero otherwise. */
    static Finding scored(Finding finding, double maxPoints) {
        BigDecimal points = finding.status() == CriterionStatus.PASSED ? BigDecimal.valueOf(maxPoints) : BigDecimal.ZERO;
        return new Finding(finding.status(), finding.observed(), finding.explanation(), points);
    }

    /** "62,5" for 62.50 and "60" for 60.00: decimal comma, no trailing zeros. */
    static String vietnamese(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }

    private static CriterionStatus status(boolean passed) {
        return passed ? CriterionStatus.PASSED : CriterionStatus.FAILED;
    }
}
