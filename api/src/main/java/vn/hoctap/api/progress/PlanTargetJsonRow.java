package vn.hoctap.api.progress;

import java.math.BigDecimal;

/**
 * One target of a JSON import: the fields of a CSV row, with the flag, years, rates and level as JSON values (a
 * number sent as text, or text sent as a number, is refused like anywhere else in the API).
 */
record PlanTargetJsonRow(String planNumber, String planTitle, String issuer, String issuedOn, String sourceUrl,
        String source, Boolean confirmed, String note, String areaCode, String areaValidFrom, String titleCode,
        String measure, String indicator, Integer horizonYear, BigDecimal targetMin, BigDecimal targetMax,
        Integer level) {

    PlanTargetRow toRow() {
        return new PlanTargetRow(planNumber, planTitle, issuer, issuedOn, sourceUrl, source, text(confirmed), note,
                areaCode, areaValidFrom, titleCode, measure, indicator, text(horizonYear),
                targetMin == null ? null : targetMin.toPlainString(),
                targetMax == null ? null : targetMax.toPlainString(), text(level));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
