package vn.hoctap.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.parameter.ResolvedParameter;

/**
 * Thời hạn nộp hồ sơ và ra quyết định of one dossier, from its generation's procedure ({@code procedure:} in
 * ruleset.yaml) and the parameters in force on its reference date. A late filing or decision is recorded, never a
 * reason to refuse: the circulars set the dates but no consequence of missing them.
 *
 * @param filingBy                 the last day of filing in the year after the assessment year, or null
 * @param decidedBy                the last day of the decision: a fixed day, or the filing date plus the working days;
 *                                 null when neither applies (or the working days count from an unknown filing date)
 * @param decidedWithinWorkingDays the working days from filing within which the decision is due, or null
 * @param filingDate               ngày nộp hồ sơ as submitted, or null
 * @param decisionDate             ngày quyết định, or null
 * @param filedLate                whether the filing date is after {@code filingBy}; null when either is unknown
 * @param decidedLate              whether the decision date is after {@code decidedBy}; null when either is unknown
 * @param parameters               the parameters the dates come from, with effective date and legal source
 * @param notes                    in Vietnamese: how a date was computed, what is approximate, what is late
 */
public record ProcedureDeadlines(LocalDate filingBy, LocalDate decidedBy, Integer decidedWithinWorkingDays,
        LocalDate filingDate, LocalDate decisionDate, Boolean filedLate, Boolean decidedLate,
        List<ResolvedParameter> parameters, List<String> notes) {

    public ProcedureDeadlines {
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
    }
}
