package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * Hồ sơ đề nghị công nhận mức độ — the level a dossier asks for decides what is granted (Thông tư 25/2023/TT-BGDĐT,
 * Điều 5: a Level-2 request needs a Level-1 recognition at least 12 months old), and the recognition is valid until
 * 31 December of the third year after the year of its decision (Điều 5 khoản 4).
 */
class RequestedLevelTests {

    private static final LocalDate FILED = LocalDate.of(2026, 2, 20);

    private static EvaluationResult evaluate(Map<String, Object> facts, Integer level, boolean lower, LocalDate decided) {
        return KjarUnderTest.ruleset().evaluate(new EvaluationRequest("COMMUNE_LEARNING_COMMUNITY", "xã-thử", FILED,
                2025, null, facts, level, lower, decided));
    }

    private static Facts level2Commune() {
        return CommuneCommunities.aLevel2CommuneUnderTt25();
    }

    @Test
    void aLevel2RequestTwelveMonthsAfterTheLevel1DecisionIsGrantedLevel2() {
        EvaluationResult result = evaluate(level2Commune().with("level1DecisionDate", "2025-02-20").build(), 2, false, null);

        assertThat(result.criterion("CCL25-L2-DK@2").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(2);
        assertThat(result.verdict().reasons().get(0)).isEqualTo("Đạt Mức độ 2 theo hồ sơ đề nghị công nhận Mức độ 2");
    }

    @Test
    void aLevel2RequestElevenMonthsAfterTheLevel1DecisionIsNotRecognisedAtLevel2AndLevel1IsNotGrantedUnasked() {
        EvaluationResult result = evaluate(level2Commune().with("level1DecisionDate", "2025-03-21").build(), 2, false, null);

        assertThat(result.criterion("CCL25-L2-DK@2").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(result.criterion("CCL25-C5.T1@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().level()).isNull();
        assertThat(result.verdict().validUntil()).isNull();
        assertThat(result.verdict().reasons().get(0))
                .isEqualTo("Không được công nhận Mức độ 2 theo hồ sơ đề nghị (đạt Mức độ 1 nhưng hồ sơ không đề nghị mức này)");
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains("CCL25-L2-DK"));
    }

    @Test
    void aLevel2RequestWithoutALevel1DecisionIsNotRecognisedAtLevel2() {
        EvaluationResult result = evaluate(level2Commune().without("level1DecisionDate").build(), 2, false, null);

        assertThat(result.criterion("CCL25-L2-DK@2").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(result.criterion("CCL25-L2-DK@2").orElseThrow().explanation()).contains("chưa có");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @Test
    void aLevel2RequestThatAlsoAsksForLevel1IsGrantedLevel1WhenLevel2IsNotReached() {
        EvaluationResult result = evaluate(level2Commune().with("level1DecisionDate", "2025-03-21").build(), 2, true, null);

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(1);
        assertThat(result.verdict().reasons().get(0)).isEqualTo("Không được công nhận Mức độ 2 theo hồ sơ đề nghị; "
                + "công nhận Mức độ 1 vì hồ sơ đề nghị cả mức thấp hơn");
    }

    @Test
    void aLevel1RequestIsGrantedLevel1EvenWhenLevel2IsReached() {
        EvaluationResult result = evaluate(level2Commune().build(), 1, false, null);

        assertThat(result.criterion("CCL25-L2-DK@2").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(result.verdict().level()).isEqualTo(1);
        assertThat(result.verdict().reasons()).contains("Hồ sơ chỉ đề nghị Mức độ 1; không công nhận mức cao hơn khi không có đề nghị");
    }

    @Test
    void aLevel1RequestThatMissesLevel1IsNotRecognised() {
        EvaluationResult result = evaluate(level2Commune().with("citizensWithLearningCitizenTitle", 599).build(), 1, false, null);

        assertThat(result.criterion("CCL25-C5.T1@1").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().level()).isNull();
    }

    @Test
    void validityRunsFromTheYearOfTheDecisionNotFromTheReferenceDate() {
        EvaluationResult december = evaluate(level2Commune().build(), 1, false, LocalDate.of(2026, 12, 31));
        EvaluationResult january = evaluate(level2Commune().build(), 1, false, LocalDate.of(2027, 1, 1));

        assertThat(december.verdict().validUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(january.verdict().validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void aLevelTheTitleDoesNotHaveAndADecisionBeforeTheDossierAreRefused() {
        assertThatThrownBy(() -> evaluate(level2Commune().build(), 3, false, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("requestedLevel")));
        assertThatThrownBy(() -> evaluate(level2Commune().build(), 1, false, FILED.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("decisionDate")));
        assertThatThrownBy(() -> evaluate(level2Commune().build(), null, true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("acceptLowerLevel")));
    }
}
