package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.commune.CommuneCommunities.aLevel2CommuneUnderTt25;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Cộng đồng học tập" cấp xã under Thông tư 25/2023/TT-BGDĐT (criteria.md §2.5.2, table "Commune criteria (Art. 6 =
 * Level 1; Art. 7 = Level 2)"): each target on both sides of its threshold, at each level.
 */
class CommuneCommunityTt25RulesTests {

    private static final String TITLE = "COMMUNE_LEARNING_COMMUNITY";
    private static final LocalDate FILED = LocalDate.of(2026, 2, 20);

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, FILED, facts);
    }

    @Test
    void communeMeetingEveryTargetIsRecognisedAtLevel2WithRetentionOfThreeYears() {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().build());

        assertThat(result.generation().id()).isEqualTo("TT25_2023");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(2);
        assertThat(result.verdict().validUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(result.criteria()).hasSize(31).allMatch(outcome -> outcome.status() == PASSED);
    }

    @DisplayName("CCL25-C5.T1 Công dân học tập: mức độ 1 ≥ 60 %, mức độ 2 ≥ 80 %")
    @ParameterizedTest(name = "{0}/1000 công dân đạt CDHT → mức độ 1 {1}, mức độ 2 {2}")
    @CsvSource({"599, FAILED, FAILED", "600, PASSED, FAILED", "799, PASSED, FAILED", "800, PASSED, PASSED"})
    void learningCitizenRate(int withTitle, CriterionStatus level1, CriterionStatus level2) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("citizensWithLearningCitizenTitle", withTitle).build());

        assertStatus(result, "CCL25-C5.T1@1", level1);
        assertStatus(result, "CCL25-C5.T1@2", level2);
    }

    @DisplayName("CCL25-C5.T2 trình độ chuyên môn kỹ thuật / đại học: 50 %/12 % (L1), 60 %/15 % (L2)")
    @ParameterizedTest(name = "đào tạo {0}, đại học {1} trên 1000 → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"499, 150, FAILED, FAILED", "500, 120, PASSED, FAILED", "500, 119, FAILED, FAILED",
            "599, 150, PASSED, FAILED", "600, 150, PASSED, PASSED", "600, 149, PASSED, FAILED"})
    void technicalTrainingRatesInAnOrdinaryCommune(int trained, int university, CriterionStatus level1,
            CriterionStatus level2) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("citizensWithTechnicalTraining", trained)
                .with("citizensWithUniversityDegree", university).build());

        assertStatus(result, "CCL25-C5.T2@1", level1);
        assertStatus(result, "CCL25-C5.T2@2", level2);
    }

    @DisplayName("CCL25-C5.T2 xã thuộc vùng khó khăn: 40 %/10 % (L1), 50 %/12 % (L2)")
    @ParameterizedTest(name = "đào tạo {0}, đại học {1} trên 1000 → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"399, 120, FAILED, FAILED", "400, 100, PASSED, FAILED", "400, 99, FAILED, FAILED",
            "500, 120, PASSED, PASSED", "500, 119, PASSED, FAILED", "499, 120, PASSED, FAILED"})
    void technicalTrainingRatesInADifficultArea(int trained, int university, CriterionStatus level1,
            CriterionStatus level2) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("difficultArea", true)
                .with("citizensWithTechnicalTraining", trained).with("citizensWithUniversityDegree", university).build());

        assertStatus(result, "CCL25-C5.T2@1", level1);
        assertStatus(result, "CCL25-C5.T2@2", level2);
    }

    @DisplayName("CCL25-C4.T2/T3 phổ cập tiểu học, THCS: mức độ 2 (L1), mức độ 3 (L2)")
    @ParameterizedTest(name = "{0} ở mức {1} → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"primaryUniversalisationLevel, 1, FAILED, FAILED", "primaryUniversalisationLevel, 2, PASSED, FAILED",
            "primaryUniversalisationLevel, 3, PASSED, PASSED", "lowerSecondaryUniversalisationLevel, 1, FAILED, FAILED",
            "lowerSecondaryUniversalisationLevel, 2, PASSED, FAILED",
            "lowerSecondaryUniversalisationLevel, 3, PASSED, PASSED"})
    void universalEducationLevels(String field, int level, CriterionStatus level1, CriterionStatus level2) {
        String criterion = field.startsWith("primary") ? "CCL25-C4.T2" : "CCL25-C4.T3";

        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with(field, level).build());

        assertStatus(result, criterion + "@1", level1);
        assertStatus(result, criterion + "@2", level2);
    }

    @DisplayName("CCL25-C4.T4 xóa mù chữ: mức độ 1 (L1), mức độ 2 (L2)")
    @ParameterizedTest(name = "xóa mù chữ mức {0} → mức độ 1 {1}, mức độ 2 {2}")
    @CsvSource({"0, FAILED, FAILED", "1, PASSED, FAILED", "2, PASSED, PASSED"})
    void literacyLevel(int level, CriterionStatus level1, CriterionStatus level2) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("literacyLevel", level).build());

        assertStatus(result, "CCL25-C4.T4@1", level1);
        assertStatus(result, "CCL25-C4.T4@2", level2);
    }

    @ParameterizedTest(name = "{0} = false → không đạt ở cả hai mức độ")
    @CsvSource({"awarenessRaising, CCL25-C1.T1", "annualPlanImplemented, CCL25-C1.T2",
            "lifelongLearningWeekReported, CCL25-C1.T3", "stateBudgetSufficient, CCL25-C2.T1",
            "socialResourcesMobilised, CCL25-C2.T2", "coordinationMechanism, CCL25-C2.T3",
            "learningCentreSharedBookcase, CCL25-C3.T1", "libraryDigitalServices, CCL25-C3.T2",
            "culturalCentreActivities, CCL25-C3.T3", "preschoolUniversalised, CCL25-C4.T1"})
    void everyQualitativeTargetIsRequiredAtBothLevels(String field, String criterion) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with(field, false).build());

        assertStatus(result, criterion + "@1", FAILED);
        assertStatus(result, criterion + "@2", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("Mức độ 2 chỉ sau ít nhất 12 tháng kể từ quyết định công nhận mức độ 1")
    @ParameterizedTest(name = "quyết định mức độ 1 ngày {0} → {1}")
    @CsvSource({"2025-02-20, PASSED", "2025-02-21, FAILED", "2025-12-01, FAILED"})
    void level2WaitsTwelveMonthsAfterLevel1(String level1Decision, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("level1DecisionDate", level1Decision).build());

        assertStatus(result, "CCL25-L2-DK@2", expected);
        assertThat(result.verdict().level()).isEqualTo(expected == PASSED ? 2 : 1);
    }

    @Test
    void communeWithoutLevel1DecisionCanOnlyBeRecognisedAtLevel1() {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().without("level1DecisionDate").build());

        assertStatus(result, "CCL25-L2-DK@2", FAILED);
        assertThat(result.verdict().level()).isEqualTo(1);
        assertThat(result.verdict().reasons().get(0)).contains("Mức độ 2 chưa đạt").contains("CCL25-L2-DK@2");
    }

    @Test
    void explainsTheRateWithItsThresholdParameterAndLegalSource() {
        EvaluationResult result = evaluate(aLevel2CommuneUnderTt25().with("citizensWithLearningCitizenTitle", 620).build());

        var outcome = criterion(result, "CCL25-C5.T1@2");
        assertThat(outcome.explanation()).contains("62 %").contains("620/1000").contains("≥ 80 %");
        assertThat(outcome.legalSource()).contains("Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm a");
        assertThat(outcome.resource()).startsWith("vn/hoctap/rules/commune/tt25/effects.drl:");
        assertThat(outcome.parameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.name()).isEqualTo("CCL25.C5.T1.minLearningCitizenRate.L2");
            assertThat(parameter.display()).isEqualTo("80 %");
            assertThat(parameter.effectiveFrom()).isEqualTo(LocalDate.of(2024, 2, 12));
            assertThat(parameter.source()).isEqualTo("Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm a");
        });
        assertThat(outcome.inputs()).containsEntry("citizens", 1000L).containsEntry("citizensWithLearningCitizenTitle", 620L);
        assertThat(result.verdict().level()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2020})
    void noCriteriaOfTt25BeforeItTookEffect(int year) {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(
                vn.hoctap.engine.schema.InvalidInputException.class,
                () -> KjarUnderTest.evaluate("DISTRICT_LEARNING_COMMUNITY", LocalDate.of(year, 6, 1),
                        aLevel2CommuneUnderTt25().build()));

        assertThat(error.errors()).anySatisfy(e -> assertThat(e.field()).isIn("referenceDate", "titleCode"));
    }
}
