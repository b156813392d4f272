package vn.hoctap.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.NOT_APPLICABLE;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.unit.LearningUnits.aLevel2PublicInstitution;
import static vn.hoctap.rules.unit.LearningUnits.aLevel2StateAgencyUnderTt24;

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
 * "Đơn vị học tập" cấp huyện and cấp tỉnh under Thông tư 24/2023/TT-BGDĐT (criteria.md §2.4.3: tables "Criteria —
 * district units (Art. 6 = Level 1, Art. 7 = Level 2)" and "Criteria — provincial units (Art. 12/13)", "Decision rule",
 * "Authority, levels, validity"; §1.3 roll-ups). C1 and C2 are shared by both tiers, so those tests judge both titles.
 * Dossiers for assessment year 2025 are filed before 15/01/2026.
 */
class LearningUnitTt24RulesTests {

    private static final String DISTRICT = "DISTRICT_LEARNING_UNIT";
    private static final String PROVINCE = "PROVINCIAL_LEARNING_UNIT";
    private static final LocalDate FILED = LocalDate.of(2026, 1, 10);

    private static EvaluationResult evaluate(String title, Map<String, Object> facts) {
        return KjarUnderTest.evaluate(title, FILED, facts);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DISTRICT, PROVINCE})
    void stateAgencyMeetingEveryTargetIsRecognisedAtLevel2ForThreeYears(String title) {
        EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24().build());

        assertThat(result.generation().id()).isEqualTo("TT24_2023");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().level()).isEqualTo(2);
        assertThat(result.verdict().validUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(result.criteria()).allMatch(c -> c.status() == PASSED || c.status() == NOT_APPLICABLE);
    }

    @DisplayName("LU24-C2.T1/T2/T3/T5 kỷ luật lao động, bồi dưỡng bắt buộc, chuyển đổi số, Lao động tiên tiến: ≥ 90 % (L1), ≥ 95 % (L2)")
    @ParameterizedTest(name = "{0} = {1}/40 → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"membersComplyingDiscipline, 35, FAILED, FAILED", "membersComplyingDiscipline, 36, PASSED, FAILED",
            "membersComplyingDiscipline, 37, PASSED, FAILED", "membersComplyingDiscipline, 38, PASSED, PASSED",
            "membersCompletingTraining, 35, FAILED, FAILED", "membersCompletingTraining, 36, PASSED, FAILED",
            "membersCompletingTraining, 37, PASSED, FAILED", "membersCompletingTraining, 38, PASSED, PASSED",
            "membersInDigitalTransformation, 35, FAILED, FAILED", "membersInDigitalTransformation, 36, PASSED, FAILED",
            "membersInDigitalTransformation, 37, PASSED, FAILED", "membersInDigitalTransformation, 38, PASSED, PASSED",
            "membersWithAdvancedWorkerTitle, 35, FAILED, FAILED", "membersWithAdvancedWorkerTitle, 36, PASSED, FAILED",
            "membersWithAdvancedWorkerTitle, 37, PASSED, FAILED", "membersWithAdvancedWorkerTitle, 38, PASSED, PASSED"})
    void memberResultRates(String field, int count, CriterionStatus level1, CriterionStatus level2) {
        String criterion = switch (field) {
            case "membersComplyingDiscipline" -> "LU24-C2.T1";
            case "membersCompletingTraining" -> "LU24-C2.T2";
            case "membersInDigitalTransformation" -> "LU24-C2.T3";
            default -> "LU24-C2.T5";
        };
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24().with(field, count).build());

            assertStatus(result, criterion + "@1", level1);
            assertStatus(result, criterion + "@2", level2);
            assertThat(result.verdict().level()).as(title).isEqualTo(level1 == FAILED ? null : level2 == FAILED ? 1 : 2);
        }
    }

    @DisplayName("LU24-C2.T4 ngoại ngữ, tiếng dân tộc thiểu số: chứng chỉ ≥ 50 % (L1), sử dụng được ≥ 70 % (L2); không áp dụng với tổ chức kinh tế")
    @ParameterizedTest(name = "{0}: chứng chỉ {1}/40, sử dụng được {2}/40 → mức độ 1 {3}, mức độ 2 {4}")
    @CsvSource({"STATE_AGENCY, 19, 30, FAILED, PASSED", "STATE_AGENCY, 20, 27, PASSED, FAILED",
            "STATE_AGENCY, 20, 28, PASSED, PASSED", "ECONOMIC_ORGANISATION, 0, 0, NOT_APPLICABLE, NOT_APPLICABLE"})
    void languageRates(String unitType, int certified, int proficient, CriterionStatus level1, CriterionStatus level2) {
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24().with("unitType", unitType)
                    .with("membersWithLanguageCertificate", certified)
                    .with("membersWithLanguageProficiency", proficient).build());

            assertStatus(result, "LU24-C2.T4@1", level1);
            assertStatus(result, "LU24-C2.T4@2", level2);
        }
    }

    @DisplayName("LU24-C3.T1 thành viên đạt \"Công dân học tập\": ≥ 90 % (L1), ≥ 95 % (L2)")
    @ParameterizedTest(name = "{0}/40 thành viên đạt CDHT → mức độ 1 {1}, mức độ 2 {2}")
    @CsvSource({"35, FAILED, FAILED", "36, PASSED, FAILED", "37, PASSED, FAILED", "38, PASSED, PASSED"})
    void membersWithLearningCitizenTitle(int count, CriterionStatus level1, CriterionStatus level2) {
        for (String criterion : new String[] {"LU24-D-C3.T1", "LU24-P-C3.T1"}) {
            String title = criterion.startsWith("LU24-D") ? DISTRICT : PROVINCE;
            EvaluationResult result = evaluate(title,
                    aLevel2StateAgencyUnderTt24().with("membersWithLearningCitizenTitle", count).build());

            assertStatus(result, criterion + "@1", level1);
            assertStatus(result, criterion + "@2", level2);
        }
    }

    @DisplayName("LU24-C3.T1 người học đạt \"Công dân học tập\" (cơ sở giáo dục có người học theo Điều 2): ≥ 95 % (L1), ≥ 97 % (L2)")
    @ParameterizedTest(name = "{0}: {1}/200 người học → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"UPPER_SECONDARY_SCHOOL, 189, FAILED, FAILED", "UPPER_SECONDARY_SCHOOL, 190, PASSED, FAILED",
            "UPPER_SECONDARY_SCHOOL, 193, PASSED, FAILED", "UPPER_SECONDARY_SCHOOL, 194, PASSED, PASSED",
            "VET_INSTITUTION, 189, FAILED, FAILED", "VET_INSTITUTION, 194, PASSED, PASSED",
            "PRIMARY_SCHOOL, 0, NOT_APPLICABLE, NOT_APPLICABLE", "PRESCHOOL, 0, NOT_APPLICABLE, NOT_APPLICABLE"})
    void learnersWithLearningCitizenTitle(String unitType, int count, CriterionStatus level1, CriterionStatus level2) {
        for (String criterion : new String[] {"LU24-D-C3.T1b", "LU24-P-C3.T1b"}) {
            String title = criterion.startsWith("LU24-D") ? DISTRICT : PROVINCE;
            EvaluationResult result = evaluate(title,
                    aLevel2PublicInstitution(unitType).with("learnersWithLearningCitizenTitle", count).build());

            assertStatus(result, criterion + "@1", level1);
            assertStatus(result, criterion + "@2", level2);
        }
    }

    @DisplayName("LU24-C1.T3 kinh phí ngân sách nhà nước: chỉ cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ sở giáo dục công lập")
    @ParameterizedTest(name = "{0}, công lập {1}, không đủ kinh phí → {2}")
    @CsvSource({"STATE_AGENCY, false, FAILED", "PUBLIC_SERVICE_UNIT, false, FAILED", "PRIMARY_SCHOOL, true, FAILED",
            "UPPER_SECONDARY_SCHOOL, true, FAILED", "PRIMARY_SCHOOL, false, NOT_APPLICABLE",
            "ECONOMIC_ORGANISATION, false, NOT_APPLICABLE"})
    void stateBudgetOnlyForStateFundedUnits(String unitType, boolean publicInstitution, CriterionStatus expected) {
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2PublicInstitution(unitType)
                    .with("publicInstitution", publicInstitution).with("trainingBudgetSufficient", false).build());

            assertStatus(result, "LU24-C1.T3@1", expected);
            assertStatus(result, "LU24-C1.T3@2", expected);
        }
    }

    @DisplayName("LU24-C1.T4 thành viên được trang bị công cụ học tập khi đơn vị triển khai chuyển đổi số")
    @ParameterizedTest(name = "triển khai chuyển đổi số {0}, được trang bị {1} → {2}")
    @CsvSource({"true, true, PASSED", "true, false, FAILED", "false, false, NOT_APPLICABLE"})
    void digitalEquipmentOnlyWhenDigitalTransformationIsDeployed(boolean deployed, boolean equipped,
            CriterionStatus expected) {
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24()
                    .with("digitalTransformationDeployed", deployed).with("membersEquippedForDigitalLearning", equipped)
                    .build());

            assertStatus(result, "LU24-C1.T4@1", expected);
            assertStatus(result, "LU24-C1.T4@2", expected);
            assertThat(result.verdict().level()).isEqualTo(expected == FAILED ? null : 2);
        }
    }

    @ParameterizedTest(name = "{0} = false → không đạt ở cả hai mức độ, không được công nhận")
    @CsvSource({"annualLearningPlanIssued, LU24-C1.T1", "annualLearningPlanImplemented, LU24-C1.T1",
            "trainingRegimesApplied, LU24-C1.T2", "learningEncouragementRules, LU24-C1.T2",
            "lifelongLearningActivities, LU24-C1.T5"})
    void everyConditionIsRequiredAtBothLevels(String field, String criterion) {
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24().with(field, false).build());

            assertStatus(result, criterion + "@1", FAILED);
            assertStatus(result, criterion + "@2", FAILED);
            assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
            assertThat(result.verdict().level()).isNull();
        }
    }

    @DisplayName("LU24-C1.T2 / LU24-D-C3.T2 cơ sở mầm non công lập còn phải bồi dưỡng giáo viên mầm non ngoài công lập")
    @Test
    void publicPreschoolMustSupportPrivatePreschoolTeachers() {
        Map<String, Object> facts = aLevel2PublicInstitution("PRESCHOOL").with("privatePreschoolTeachersSupported", false)
                .build();

        EvaluationResult district = evaluate(DISTRICT, facts);
        assertStatus(district, "LU24-C1.T2@1", FAILED);
        assertStatus(district, "LU24-D-C3.T2@1", FAILED);
        assertStatus(evaluate(PROVINCE, facts), "LU24-C1.T2@1", FAILED);
    }

    @DisplayName("LU24-D-C3.T3 danh hiệu \"Tập thể lao động tiên tiến\" trở lên; mức độ 2 chỉ với cơ quan, đơn vị sự nghiệp công lập")
    @ParameterizedTest(name = "cấp huyện, {0}, {1} → mức độ 1 {2}, mức độ 2 {3}")
    @CsvSource({"STATE_AGENCY, NONE, FAILED, FAILED", "STATE_AGENCY, ADVANCED_LABOUR_COLLECTIVE, PASSED, PASSED",
            "PUBLIC_SERVICE_UNIT, EXCELLENT_LABOUR_COLLECTIVE, PASSED, PASSED",
            "PUBLIC_SERVICE_UNIT, NONE, FAILED, FAILED", "ECONOMIC_ORGANISATION, NONE, FAILED, NOT_APPLICABLE",
            "ECONOMIC_ORGANISATION, ADVANCED_LABOUR_COLLECTIVE, PASSED, NOT_APPLICABLE"})
    void districtCollectiveEmulationTitle(String unitType, String title, CriterionStatus level1, CriterionStatus level2) {
        EvaluationResult result = evaluate(DISTRICT, aLevel2StateAgencyUnderTt24().with("unitType", unitType)
                .with("collectiveEmulationTitle", title).build());

        assertStatus(result, "LU24-D-C3.T3@1", level1);
        assertStatus(result, "LU24-D-C3.T3@2", level2);
    }

    @DisplayName("LU24-P-C3.T3 danh hiệu \"Tập thể lao động tiên tiến\" trở lên ở cả hai mức độ, mọi loại đơn vị cấp tỉnh")
    @ParameterizedTest(name = "cấp tỉnh, {0}, {1} → {2}")
    @CsvSource({"ECONOMIC_ORGANISATION, NONE, FAILED", "ECONOMIC_ORGANISATION, ADVANCED_LABOUR_COLLECTIVE, PASSED",
            "STATE_AGENCY, EXCELLENT_LABOUR_COLLECTIVE, PASSED"})
    void provincialCollectiveEmulationTitle(String unitType, String title, CriterionStatus expected) {
        EvaluationResult result = evaluate(PROVINCE, aLevel2StateAgencyUnderTt24().with("unitType", unitType)
                .with("collectiveEmulationTitle", title).build());

        assertStatus(result, "LU24-P-C3.T3@1", expected);
        assertStatus(result, "LU24-P-C3.T3@2", expected);
    }

    @DisplayName("Mức độ chuyển đổi số: \"mức đáp ứng cơ bản\" (L1), \"mức đáp ứng tốt\" (L2) — QĐ 4725 (trường phổ thông, GDTX), QĐ 4740 (đại học)")
    @ParameterizedTest(name = "{0} {1}, {2}, mức {3} → mức độ 1 {4}, mức độ 2 {5}")
    @CsvSource({"DISTRICT_LEARNING_UNIT, LU24-D-C3.T4, PRIMARY_SCHOOL, NOT_MET, FAILED, FAILED",
            "DISTRICT_LEARNING_UNIT, LU24-D-C3.T4, PRIMARY_SCHOOL, BASIC, PASSED, FAILED",
            "DISTRICT_LEARNING_UNIT, LU24-D-C3.T4, LOWER_SECONDARY_SCHOOL, GOOD, PASSED, PASSED",
            "DISTRICT_LEARNING_UNIT, LU24-D-C3.T4, STATE_AGENCY, NOT_MET, NOT_APPLICABLE, NOT_APPLICABLE",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T4, UPPER_SECONDARY_SCHOOL, NOT_MET, FAILED, FAILED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T4, UPPER_SECONDARY_SCHOOL, BASIC, PASSED, FAILED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T4, CONTINUING_EDUCATION_CENTRE, GOOD, PASSED, PASSED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T4, HIGHER_EDUCATION_INSTITUTION, NOT_MET, NOT_APPLICABLE, NOT_APPLICABLE",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T5, HIGHER_EDUCATION_INSTITUTION, BASIC, PASSED, FAILED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T5, HIGHER_EDUCATION_INSTITUTION, GOOD, PASSED, PASSED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T5, UPPER_SECONDARY_SCHOOL, NOT_MET, NOT_APPLICABLE, NOT_APPLICABLE"})
    void digitalTransformationLevels(String title, String criterion, String unitType, String level,
            CriterionStatus level1, CriterionStatus level2) {
        EvaluationResult result = evaluate(title,
                aLevel2PublicInstitution(unitType).with("digitalTransformationLevel", level).build());

        assertStatus(result, criterion + "@1", level1);
        assertStatus(result, criterion + "@2", level2);
    }

    @DisplayName("Cơ sở giáo dục nghề nghiệp được kiểm định chất lượng giáo dục nghề nghiệp (LU24-D-C3.T5, LU24-P-C3.T6)")
    @ParameterizedTest(name = "{0}, {1}, đã kiểm định {2} → {3}")
    @CsvSource({"DISTRICT_LEARNING_UNIT, LU24-D-C3.T5, VET_INSTITUTION, true, PASSED",
            "DISTRICT_LEARNING_UNIT, LU24-D-C3.T5, VET_INSTITUTION, false, FAILED",
            "DISTRICT_LEARNING_UNIT, LU24-D-C3.T5, UPPER_SECONDARY_SCHOOL, false, NOT_APPLICABLE",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T6, VET_INSTITUTION, true, PASSED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T6, VET_INSTITUTION, false, FAILED",
            "PROVINCIAL_LEARNING_UNIT, LU24-P-C3.T6, HIGHER_EDUCATION_INSTITUTION, false, NOT_APPLICABLE"})
    void vetAccreditation(String title, String criterion, String unitType, boolean accredited, CriterionStatus expected) {
        EvaluationResult result = evaluate(title,
                aLevel2PublicInstitution(unitType).with("vetAccredited", accredited).build());

        assertStatus(result, criterion + "@1", expected);
        assertStatus(result, criterion + "@2", expected);
        assertThat(result.verdict().outcome())
                .isEqualTo(expected == FAILED ? OutcomeKind.NOT_RECOGNISED : OutcomeKind.RECOGNISED);
    }

    @DisplayName("Không khai báo cơ sở mầm non là công lập hay ngoài công lập: các chỉ tiêu phụ thuộc chưa đánh giá được, không mặc định \"ngoài công lập\"")
    @Test
    void aPreschoolThatDoesNotSayWhetherItIsPublicIsNotEvaluatedOnTheTargetsThatDependOnIt() {
        Map<String, Object> facts = aLevel2PublicInstitution("PRESCHOOL").without("publicInstitution").build();

        EvaluationResult result = evaluate(DISTRICT, facts);

        assertStatus(result, "LU24-C1.T2@1", CriterionStatus.NOT_EVALUATED);
        assertStatus(result, "LU24-C1.T3@1", CriterionStatus.NOT_EVALUATED);
        assertStatus(result, "LU24-D-C3.T2@1", CriterionStatus.NOT_EVALUATED);
        assertThat(result.criterion("LU24-C1.T2@1").orElseThrow().explanation())
                .isEqualTo("Chưa đánh giá được: chưa khai báo Cơ sở giáo dục công lập (publicInstitution)");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertStatus(evaluate(DISTRICT, aLevel2PublicInstitution("PRIMARY_SCHOOL").without("publicInstitution").build()),
                "LU24-C1.T2@1", PASSED);
    }

    @DisplayName("Cơ sở giáo dục nghề nghiệp không khai báo kiểm định: chưa đánh giá được, không coi là \"chưa kiểm định\"")
    @Test
    void aVetInstitutionThatDoesNotDeclareItsAccreditationIsNotEvaluatedOnIt() {
        EvaluationResult result = evaluate(DISTRICT, aLevel2PublicInstitution("VET_INSTITUTION").without("vetAccredited").build());

        assertStatus(result, "LU24-D-C3.T5@1", CriterionStatus.NOT_EVALUATED);
        assertThat(result.criterion("LU24-D-C3.T5@1").orElseThrow().explanation()).contains("chưa khai báo");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
    }

    @DisplayName("Ngày quyết định công nhận mức độ 1 không thể sau ngày tham chiếu")
    @ParameterizedTest(name = "ngày quyết định {0} → {1}")
    @CsvSource({"2026-01-10, ACCEPTED", "2026-01-11, OUT_OF_RANGE", "1899-12-31, OUT_OF_RANGE", "1900-01-01, ACCEPTED",
            "+999999999-12-31, WRONG_TYPE", "2026-1-10, WRONG_TYPE"})
    void theLevel1DecisionCannotPostdateTheReferenceDate(String date, String expected) {
        Map<String, Object> facts = aLevel2StateAgencyUnderTt24().with("level1DecisionDate", date).build();

        if (expected.equals("ACCEPTED")) {
            assertThat(evaluate(DISTRICT, facts).generation().id()).isEqualTo("TT24_2023");
        } else {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                    vn.hoctap.engine.schema.InvalidInputException.class, () -> evaluate(DISTRICT, facts)).errors())
                    .singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("facts.level1DecisionDate");
                        assertThat(error.reason().name()).isEqualTo(expected);
                    });
        }
    }

    @DisplayName("Mức độ 2 chỉ sau ít nhất 12 tháng kể từ quyết định công nhận mức độ 1 (không có quyết định: chỉ mức độ 1)")
    @ParameterizedTest(name = "quyết định mức độ 1 ngày {0} → {1}")
    @CsvSource({"2025-01-10, PASSED", "2025-01-11, FAILED", "2025-06-30, FAILED", "'', FAILED"})
    void level2WaitsTwelveMonthsAfterLevel1(String level1Decision, CriterionStatus expected) {
        for (String title : new String[] {DISTRICT, PROVINCE}) {
            EvaluationResult result = evaluate(title, aLevel2StateAgencyUnderTt24()
                    .with("level1DecisionDate", level1Decision.isEmpty() ? null : level1Decision).build());

            assertStatus(result, "LU24-L2-DK@2", expected);
            assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
            assertThat(result.verdict().levelCode()).isEqualTo(expected == PASSED ? "MUC_DO_2" : "MUC_DO_1");
        }
    }
}
