package vn.hoctap.api.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.evaluation.ProcedureDeadlines;

/**
 * Thời hạn nộp hồ sơ và ra quyết định of a decision's dossier, as the kjar's procedure parameters set them for its
 * assessment year (the year after it), and whether the filing and the decision kept them. Recorded, never a reason to
 * refuse: the circulars set the dates, not a consequence of missing them.
 *
 * @param filingBy                 hạn nộp hồ sơ, or null when the generation sets none
 * @param decidedBy                hạn ra quyết định: a fixed day or the filing date plus the working days, or null
 * @param decidedWithinWorkingDays số ngày làm việc kể từ khi nhận đủ hồ sơ, or null
 * @param filingDate               ngày nộp hồ sơ as submitted, or null
 * @param decisionDate             ngày quyết định
 * @param filedLate                whether the dossier was filed after {@code filingBy}; null when unknown
 * @param decidedLate              whether the decision is dated after {@code decidedBy}; null when unknown
 * @param parameters               the parameters the dates come from, with effective date and legal source
 * @param notes                    in Vietnamese: how a date was computed, what is approximate, what is late
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcedureCheck(LocalDate filingBy, LocalDate decidedBy, Integer decidedWithinWorkingDays,
        LocalDate filingDate, LocalDate decisionDate, Boolean filedLate, Boolean decidedLate,
        List<DecisionTrace.Parameter> parameters, List<String> notes) {

    /** The api's record of the engine's deadlines, field by field. */
    public static ProcedureCheck of(ProcedureDeadlines deadlines) {
        return new ProcedureCheck(deadlines.filingBy(), deadlines.decidedBy(), deadlines.decidedWithinWorkingDays(),
                deadlines.filingDate(), deadlines.decisionDate(), deadlines.filedLate(), deadlines.decidedLate(),
                deadlines.parameters().stream().map(value -> new DecisionTrace.Parameter(value.name(), value.label(),
                        value.plainValue(), value.display(), value.unit(), value.effectiveFrom(), value.source(),
                        value.scope(), value.unconfirmed(), value.note())).toList(), deadlines.notes());
    }
}
