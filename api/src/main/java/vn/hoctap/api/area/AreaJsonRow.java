package vn.hoctap.api.area;

/**
 * One row of a JSON area import: the fields of a CSV row, with the counts as JSON numbers (a number sent as text, or
 * text sent as a number, is refused like anywhere else in the API).
 */
record AreaJsonRow(String code, String name, String tier, String type, String parentCode, String validFrom,
        String validTo, Long households, Long clans, Long villages, Long units, Long members, Long citizens) {

    AreaRow toRow() {
        return new AreaRow(code, name, tier, type, parentCode, validFrom, validTo, text(households), text(clans),
                text(villages), text(units), text(members), text(citizens));
    }

    private static String text(Long count) {
        return count == null ? null : count.toString();
    }
}
