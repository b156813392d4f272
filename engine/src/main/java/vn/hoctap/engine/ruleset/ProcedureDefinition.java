package vn.hoctap.engine.ruleset;

/**
 * Thời hạn của thủ tục công nhận — the calendar of a generation's procedure: by when the dossier is filed and by when
 * it is decided. The dates are parameters (dated, with their legal source), so a circular that moves a deadline is a
 * new parameter value in a new kjar version. All days are in the year after the assessment year.
 *
 * @param filingByParameter                 parameter (unit {@code DAY_MONTH}, "dd/MM") holding the last day of filing
 *                                          (nộp hồ sơ), or null
 * @param decidedByParameter                parameter ({@code DAY_MONTH}) holding the last day of the decision, or
 *                                          null
 * @param decidedWithinWorkingDaysParameter parameter ({@code WORKING_DAYS}) holding within how many working days of
 *                                          the filing date the decision is due, or null
 */
public record ProcedureDefinition(String filingByParameter, String decidedByParameter,
        String decidedWithinWorkingDaysParameter) {

    /** The unit of a parameter holding a day and month ("28/02"). */
    public static final String DAY_MONTH = "DAY_MONTH";

    /** The unit of a parameter holding a number of working days. */
    public static final String WORKING_DAYS = "WORKING_DAYS";

    /** The parameters it reads, in order, without the absent ones. */
    public java.util.List<String> parameters() {
        return java.util.stream.Stream.of(filingByParameter, decidedByParameter, decidedWithinWorkingDaysParameter)
                .filter(java.util.Objects::nonNull).toList();
    }
}
