package vn.hoctap.rules.province;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.NOT_APPLICABLE;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.province.ProvincialCommunities.aLevel2ProvinceUnderTt25;
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
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Cộng đồng học tập" cấp tỉnh under Thông tư 25/2023/TT-BGDĐT (criteria.md §2.6, table "Province (Art. 16 = Level 1;
 * Art. 17 = Level 2) — 4 criteria, 16 targets"; §2.5.2 "Levels, authority, validity"; §1.3 roll-up "≥ 90 % of districts
 * recognised at Level 1 / Level 2"). Museum and radio-TV need <b>≥ 4</b> education programmes a year; poverty must be
 * strictly lower and GRDP strictly higher than the previous year. criteria.md is silent on a province without a
 * university of its own (PCL25-C3.T1): the rules treat it as not applicable, which these tests pin down.
 */
class ProvincialCommunityTt25RulesTests {

    private static final String TITLE = "PROVINCIAL_LEARNING_COMMUNITY";
    private static final LocalDate FILED = LocalDate.of(2025, 7, 20);

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, FILED, facts);
    }

    @Test
    void provinceMeetingEveryTargetIsRecognisedAtLevel2WithRetentionOfThreeYears() {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().build());

        assertThat(result.generation().id()).isEqualTo("TT25_2023");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(2);
        assertThat(result.verdict().validUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(result.criteria()).allMatch(outcome -> outcome.status() == PASSED);
        assertThat(result.criteria().stream().filter(outcome -> outcome.level() == 1)
                .map(outcome -> outcome.criterionId()).distinct()).as("16 chỉ tiêu ở mức độ 1").hasSize(16);
    }

    @DisplayName("PCL25-C4.T1 tỷ lệ huyện được công nhận \"Cộng đồng học tập\" cấp huyện: ≥ 90 % từ mức độ 1 (L1), ≥ 90 % mức độ 2 (L2)")
    @ParameterizedTest(name = "{0}/10 huyện từ mức độ 1, {1}/10 huyện mức độ 2 → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"9, 9, PASSED, PASSED", "8, 8, FAILED, FAILED", "10, 8, PASSED, FAILED", "9, 0, PASSED, FAILED"})
    void recognisedDistrictsRate(int level1OrHigher, int level2, CriterionStatus expected1, CriterionStatus expected2) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("districtsRecognisedLevel1OrHigher", level1OrHigher)
                .with("districtsRecognisedLevel2", level2).build());

        assertStatus(result, "PCL25-C4.T1@1", expected1);
        assertStatus(result, "PCL25-C4.T1@2", expected2);
        assertThat(result.verdict().level()).isEqualTo(expected1 == FAILED ? null : expected2 == FAILED ? 1 : 2);
    }

    @DisplayName("PCL25-C3.T4 bảo tàng tỉnh tổ chức ít nhất 4 chương trình giáo dục mỗi năm")
    @ParameterizedTest(name = "{0} chương trình → {1}")
    @CsvSource({"3, FAILED", "4, PASSED", "12, PASSED", "0, FAILED"})
    void museumProgrammes(int programmes, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("museumEducationProgrammes", programmes).build());

        assertStatus(result, "PCL25-C3.T4@1", expected);
        assertStatus(result, "PCL25-C3.T4@2", expected);
        assertThat(result.verdict().outcome())
                .isEqualTo(expected == PASSED ? OutcomeKind.RECOGNISED : OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("PCL25-C3.T5 Đài PT-TH tỉnh phát sóng ít nhất 4 chương trình giáo dục mỗi năm và đóng góp học liệu số, học liệu mở")
    @ParameterizedTest(name = "{0} chương trình, đóng góp học liệu {1} → {2}")
    @CsvSource({"3, true, FAILED", "4, true, PASSED", "4, false, FAILED", "5, true, PASSED"})
    void broadcastProgrammes(int programmes, boolean contributes, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("broadcastEducationProgrammes", programmes)
                .with("broadcasterContributesLearningResources", contributes).build());

        assertStatus(result, "PCL25-C3.T5@1", expected);
        assertStatus(result, "PCL25-C3.T5@2", expected);
    }

    @DisplayName("PCL25-C4.T2 tỷ lệ hộ nghèo đa chiều thấp hơn năm trước (so sánh chặt)")
    @ParameterizedTest(name = "{0} % so với {1} % năm trước → {2}")
    @CsvSource({"2.29, 2.3, PASSED", "2.3, 2.3, FAILED", "2.4, 2.3, FAILED"})
    void povertyLowerThanPreviousYear(BigDecimal current, BigDecimal previous, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("povertyRate", current)
                .with("povertyRatePreviousYear", previous).build());

        assertStatus(result, "PCL25-C4.T2@1", expected);
        assertStatus(result, "PCL25-C4.T2@2", expected);
    }

    @DisplayName("PCL25-C4.T3 tổng sản phẩm trên địa bàn (GRDP) cao hơn năm trước (so sánh chặt)")
    @ParameterizedTest(name = "{0} so với {1} năm trước → {2}")
    @CsvSource({"285001, 285000, PASSED", "285000, 285000, FAILED", "284999, 285000, FAILED"})
    void grdpHigherThanPreviousYear(BigDecimal current, BigDecimal previous, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("grdp", current)
                .with("grdpPreviousYear", previous).build());

        assertStatus(result, "PCL25-C4.T3@1", expected);
        assertStatus(result, "PCL25-C4.T3@2", expected);
    }

    @DisplayName("PCL25-C3.T1 trường đại học thuộc tỉnh chuyển đổi số, xây dựng học liệu số; không áp dụng khi tỉnh không có trường đại học")
    @ParameterizedTest(name = "{0} trường đại học, chuyển đổi số {1} → {2}")
    @CsvSource({"2, true, PASSED", "1, false, FAILED", "0, false, NOT_APPLICABLE", "0, true, NOT_APPLICABLE"})
    void provinceWithoutUniversity(int universities, boolean digital, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("provincialUniversities", universities)
                .with("universitiesDigitalTransformation", digital).build());

        assertStatus(result, "PCL25-C3.T1@1", expected);
        assertStatus(result, "PCL25-C3.T1@2", expected);
        assertThat(result.verdict().level()).isEqualTo(expected == FAILED ? null : 2);
    }

    @Test
    void provinceWithoutUniversityNeedNotDeclareItsUniversitiesDigitalTransformation() {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("provincialUniversities", 0)
                .without("universitiesDigitalTransformation").build());

        assertStatus(result, "PCL25-C3.T1@2", NOT_APPLICABLE);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
    }

    @DisplayName("PCL25-C1, C2, C3: mọi chỉ tiêu định tính bắt buộc ở cả hai mức độ")
    @ParameterizedTest(name = "{0} = false → {1} không đạt ở cả hai mức độ")
    @CsvSource({"awarenessRaising, PCL25-C1.T1", "programmesIssuedAndImplemented, PCL25-C1.T2",
            "emulationMovement, PCL25-C1.T3", "stateBudgetSufficient, PCL25-C2.T1",
            "centralPoliciesImplemented, PCL25-C2.T2", "ownPoliciesIssued, PCL25-C2.T3",
            "internationalCooperation, PCL25-C2.T4", "unitsDigitallyEquipped, PCL25-C2.T5",
            "schoolsDigitalEnvironment, PCL25-C3.T2", "libraryLifelongLearningServices, PCL25-C3.T3"})
    void everyQualitativeTargetIsRequiredAtBothLevels(String field, String criterion) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with(field, false).build());

        assertStatus(result, criterion + "@1", FAILED);
        assertStatus(result, criterion + "@2", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("Mức độ 2 chỉ sau ít nhất 12 tháng kể từ quyết định công nhận mức độ 1")
    @ParameterizedTest(name = "quyết định mức độ 1 ngày {0} → {1}")
    @CsvSource({"2024-07-20, PASSED", "2024-07-21, FAILED"})
    void level2WaitsTwelveMonthsAfterLevel1(String level1Decision, CriterionStatus expected) {
        EvaluationResult result = evaluate(aLevel2ProvinceUnderTt25().with("level1DecisionDate", level1Decision).build());

        assertStatus(result, "PCL25-L2-DK@2", expected);
        assertThat(result.verdict().level()).isEqualTo(expected == PASSED ? 2 : 1);
    }
}
