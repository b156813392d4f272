package vn.hoctap.api.progress;

import java.util.List;

/**
 * One row of a plan-target import (CSV columns or JSON fields of the same names), as text so that every bad value is
 * reported with its row and field rather than failing the parse.
 */
record PlanTargetRow(String planNumber, String planTitle, String issuer, String issuedOn, String sourceUrl,
        String source, String confirmed, String note, String areaCode, String areaValidFrom, String titleCode,
        String measure, String indicator, String horizonYear, String targetMin, String targetMax, String level) {

    /** The CSV columns, in the order of the fields. */
    static final List<String> COLUMNS = List.of("planNumber", "planTitle", "issuer", "issuedOn", "sourceUrl", "source",
            "confirmed", "note", "areaCode", "areaValidFrom", "titleCode", "measure", "indicator", "horizonYear",
            "targetMin", "targetMax", "level");

    /** The columns a CSV header must name. */
    static final List<String> REQUIRED = List.of("planNumber", "issuer", "confirmed", "areaCode", "titleCode",
            "measure", "horizonYear", "targetMin");

    List<String> cells() {
        return java.util.Arrays.asList(planNumber, planTitle, issuer, issuedOn, sourceUrl, source, confirmed, note,
                areaCode, areaValidFrom, titleCode, measure, indicator, horizonYear, targetMin, targetMax, level);
    }

    static PlanTargetRow of(java.util.Map<String, String> cell) {
        return new PlanTargetRow(cell.get("planNumber"), cell.get("planTitle"), cell.get("issuer"), cell.get("issuedOn"),
                cell.get("sourceUrl"), cell.get("source"), cell.get("confirmed"), cell.get("note"), cell.get("areaCode"),
                cell.get("areaValidFrom"), cell.get("titleCode"), cell.get("measure"), cell.get("indicator"),
                cell.get("horizonYear"), cell.get("targetMin"), cell.get("targetMax"), cell.get("level"));
    }
}
