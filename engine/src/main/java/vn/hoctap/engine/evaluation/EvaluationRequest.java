package vn.hoctap.engine.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One subject to evaluate.
 *
 * @param titleCode      code of the title sought, e.g. {@code COMMUNE_LEARNING_COMMUNITY}
 * @param subjectId      identifier of the household, unit, commune… (opaque to the engine)
 * @param referenceDate  the date that decides which generation of criteria and which parameter values apply
 *                       (normally the date of the self-assessment or dossier)
 * @param assessmentYear năm đánh giá: the calendar year whose data are assessed
 * @param provinceCode   GSO code of the subject's province (selects provincial variants), or null
 * @param facts          the input document, shaped by the generation's input schema
 */
public record EvaluationRequest(String titleCode, String subjectId, LocalDate referenceDate, int assessmentYear,
        String provinceCode, Map<String, Object> facts) {

    public EvaluationRequest {
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(referenceDate, "referenceDate");
        facts = facts == null ? Map.of() : facts;
    }
}
