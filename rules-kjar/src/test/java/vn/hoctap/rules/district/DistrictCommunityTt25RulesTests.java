package vn.hoctap.rules.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.district.DistrictCommunities.aLevel2DistrictUnderTt25;
import static vn.hoctap.rules.support.Outcomes.assertStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Cộng đồng học tập" cấp huyện under Thông tư 25/2023/TT-BGDĐT (criteria.md §2.6, table "District (Art. 11 = Level 1;
 * Art. 12 = Level 2) — 4 criteria, 13 targets"; §2.5.2 "Levels, authority, validity"; §1.3 roll-up "≥ 90 % of the
 * district's communes recognised at Level 1 / Level 2"). Income and employment must be strictly "higher than the
 * previous year". Dossiers are filed with Sở GD&ĐT before 30/04 of the year after the assessment year.
 */
class DistrictCommunityTt25RulesTests {

    private static final String TITLE = "DISTRICT_LEARNING_COMMUNITY";
    private static final LocalDate FILED = LocalDate.of(2025, 4, 20);

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, FILED, facts);
    }

    @Test
    void districtMeetingEveryTargetIsRecognisedAtLevel2WithRetentionOfThreeYears() {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().build());

        assertThat(result.generation().id()).isEqualTo("TT25_2023");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(2);
        assertThat(result.verdict().levelLabel()).isEqualTo("Mức độ 2");
        assertThat(result.verdict().validUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(result.criteria()).allMatch(outcome -> outcome.status() == PASSED);
        assertThat(result.criteria().stream().filter(outcome -> outcome.level() == 1)
                .map(outcome -> outcome.criterionId()).distinct()).as("13 chỉ tiêu ở mức độ 1").hasSize(13);
    }

    @DisplayName("DCL25-C4.T1 tỷ lệ xã được công nhận \"Cộng đồng học tập\" cấp xã: ≥ 90 % từ mức độ 1 (L1), ≥ 90 % mức độ 2 (L2)")
    @ParameterizedTest(name = "{0}/30 xã từ mức độ 1, {1}/30 xã mức độ 2 → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"27, 27, PASSED, PASSED", "26, 26, FAILED, FAILED", "30, 26, PASSED, FAILED", "26, 0, FAILED, FAILED",
            "27, 0, PASSED, FAILED"})
    void recognisedCommunesRate(int level1OrHigher, int level2, CriterionStatus expected1, CriterionStatus expected2) {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().with("communesRecognisedLevel1OrHigher", level1OrHigher)
                .with("communesRecognisedLevel2", level2).build());

        assertStatus(result, "DCL25-C4.T1@1", expected1);
        assertStatus(result, "DCL25-C4.T1@2", expected2);
        assertThat(result.verdict().level()).isEqualTo(expected1 == FAILED ? null : expected2 == FAILED ? 1 : 2);
    }

    @DisplayName("DCL25-C4.T2 thu nhập bình quân đầu người cao hơn năm trước (so sánh chặt)")
    @ParameterizedTest(name = "{0} so với {1} năm trước → {2}")
    @CsvSource({"58.2, 58.1, PASSED", "58.1, 58.1, FAILED", "58.0, 58.1, FAILED"})
    void incomeHigherThanPreviousYear(BigDecimal current, BigDecimal previous, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().with("incomePerCapita", current)
                .with("incomePerCapitaPreviousYear", previous).build());

        assertStatus(result, "DCL25-C4.T2@1", expected);
        assertStatus(result, "DCL25-C4.T2@2", expected);
        assertThat(result.verdict().outcome())
                .isEqualTo(expected == PASSED ? OutcomeKind.RECOGNISED : OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("DCL25-C4.T3 tỷ lệ lao động có việc làm cao hơn năm trước (so sánh chặt)")
    @ParameterizedTest(name = "{0} % so với {1} % năm trước → {2}")
    @CsvSource({"97.21, 97.2, PASSED", "97.2, 97.2, FAILED", "96.9, 97.2, FAILED"})
    void employmentHigherThanPreviousYear(BigDecimal current, BigDecimal previous, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().with("employmentRate", current)
                .with("employmentRatePreviousYear", previous).build());

        assertStatus(result, "DCL25-C4.T3@1", expected);
        assertStatus(result, "DCL25-C4.T3@2", expected);
    }

    @DisplayName("DCL25-C1…C3: mọi chỉ tiêu định tính bắt buộc ở cả hai mức độ")
    @ParameterizedTest(name = "{0} = false → {1} không đạt ở cả hai mức độ")
    @CsvSource({"awarenessRaising, DCL25-C1.T1", "programmesIssuedAndImplemented, DCL25-C1.T2",
            "lifelongLearningWeek, DCL25-C1.T3", "stateBudgetSufficient, DCL25-C2.T1",
            "socialResourcesMobilised, DCL25-C2.T2", "lifelongLearningPoliciesImplemented, DCL25-C2.T3",
            "unitsDigitallyEquipped, DCL25-C2.T4", "schoolsDigitalEnvironment, DCL25-C3.T1",
            "libraryLifelongLearningServices, DCL25-C3.T2", "culturalCentreActivities, DCL25-C3.T3"})
    void everyQualitativeTargetIsRequiredAtBothLevels(String field, String criterion) {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().with(field, false).build());

        assertStatus(result, criterion + "@1", FAILED);
        assertStatus(result, criterion + "@2", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().level()).isNull();
    }

    @DisplayName("Mức độ 2 chỉ sau ít nhất 12 tháng kể từ quyết định công nhận mức độ 1")
    @ParameterizedTest(name = "quyết định mức độ 1 ngày {0} → {1}")
    @CsvSource({"2024-04-20, PASSED", "2024-04-21, FAILED"})
    void level2WaitsTwelveMonthsAfterLevel1(String level1Decision, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2DistrictUnderTt25().with("level1DecisionDate", level1Decision).build());

        assertStatus(result, "DCL25-L2-DK@2", expected);
        assertThat(result.verdict().level()).isEqualTo(expected == PASSED ? 2 : 1);
    }

    @Test
    void moreLevel2CommunesThanRecognisedCommunesIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aLevel2DistrictUnderTt25().with("communesRecognisedLevel1OrHigher", 20)
                        .with("communesRecognisedLevel2", 21).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.communesRecognisedLevel2");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
    }

    @Test
    void noDistrictCriteriaBeforeTt25TookEffect() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, LocalDate.of(2024, 2, 11), aLevel2DistrictUnderTt25().build()));

        assertThat(error.errors()).anySatisfy(e -> assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE));
        assertThat(KjarUnderTest.ruleset().schema(TITLE, LocalDate.of(2024, 2, 12))).isPresent();
    }
}
