package vn.hoctap.engine.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One subject to evaluate.
 *
 * @param titleCode        code of the title sought, e.g. {@code COMMUNE_LEARNING_COMMUNITY}
 * @param subjectId        identifier of the household, unit, commune… (opaque to the engine)
 * @param referenceDate    the date that decides which generation of criteria and which parameter values apply
 *                         (normally the date of the self-assessment or dossier)
 * @param assessmentYear   năm đánh giá: the calendar year whose data are assessed
 * @param provinceCode     GSO code of the subject's province (selects provincial variants), or null
 * @param facts            the input document, shaped by the generation's input schema
 * @param requestedLevel   mức độ đề nghị công nhận: the level the dossier asks for (titles with levels), or null when
 *                         the dossier states none (the highest level reached is then decided)
 * @param acceptLowerLevel whether the dossier also asks for a lower level when the requested one is not reached
 * @param decisionDate     ngày quyết định công nhận: the date of the recognising authority's decision, from which the
 *                         validity of a recognition is counted; null = the reference date
 * @param noEvidence       the top-level input fields for which the dossier has no suitable evidence (không có minh
 *                         chứng phù hợp): such a field may be absent from {@code facts}, and every criterion that reads
 *                         it is judged failed with no points, whatever its rule found; never null
 */
public record EvaluationRequest(String titleCode, String subjectId, LocalDate referenceDate, int assessmentYear,
        String provinceCode, Map<String, Object> facts, Integer requestedLevel, boolean acceptLowerLevel,
        LocalDate decisionDate, Set<String> noEvidence) {

    public EvaluationRequest {
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(referenceDate, "referenceDate");
        facts = facts == null ? Map.of() : facts;
        noEvidence = noEvidence == null ? Set.of() : Set.copyOf(noEvidence);
    }

    /** A request whose every field has its evidence (or whose evidence is not recorded). */
    public EvaluationRequest(String titleCode, String subjectId, LocalDate referenceDate, int assessmentYear,
            String provinceCode, Map<String, Object> facts, Integer requestedLevel, boolean acceptLowerLevel,
            LocalDate decisionDate) {
        this(titleCode, subjectId, referenceDate, assessmentYear, provinceCode, facts, requestedLevel,
                acceptLowerLevel, decisionDate, Set.of());
    }

    /** A request that states no level and whose decision is dated on the reference date. */
    public EvaluationRequest(String titleCode, String subjectId, LocalDate referenceDate, int assessmentYear,
            String provinceCode, Map<String, Object> facts) {
        this(titleCode, subjectId, referenceDate, assessmentYear, provinceCode, facts, null, false, null, Set.of());
    }

    /** The date validity is counted from. */
    public LocalDate effectiveDecisionDate() {
        return decisionDate == null ? referenceDate : decisionDate;
    }
}
