package vn.hoctap.rules.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.support.Outcomes.assertStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Công dân học tập" under Quyết định 324/QĐ-KHVN of 25/10/2023 (criteria.md §2.7: 3 competency groups, <b>10
 * indicators</b> mapped to a <b>100-point scale</b>, table CIT324-G1…G3). The pass mark and the minimum per indicator
 * are UNCONFIRMED (§2.7, §4 Q6); following §4 "Encoding guidance", the national ruleset holds no value for them, the
 * points are recorded and traced, and the outcome is "not decidable" with the missing parameter named.
 */
class LearningCitizenQd324RulesTests {

    private static final String TITLE = "LEARNING_CITIZEN";
    private static final LocalDate ASSESSED = LocalDate.of(2025, 6, 1);
    private static final String[][] INDICATORS = {{"informationUpdatingPoints", "CIT324-G1.1"},
            {"learningPlanPoints", "CIT324-G1.2"}, {"communityLearningPoints", "CIT324-G1.3"},
            {"encouragingOthersPoints", "CIT324-G1.4"}, {"digitalSkillsPoints", "CIT324-G2.1"},
            {"foreignLanguagePoints", "CIT324-G2.2"}, {"numeracyPoints", "CIT324-G2.3"},
            {"criticalThinkingPoints", "CIT324-G2.4"}, {"friendlyRelationsPoints", "CIT324-G3.1"},
            {"cooperationPoints", "CIT324-G3.2"}};

    /** Every indicator at {@code points}. */
    private static Facts aCitizenScoring(String points) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("targetGroup", "INTELLECTUAL_WORKER");
        for (String[] indicator : INDICATORS) {
            facts.put(indicator[0], new BigDecimal(points));
        }
        return Facts.of(facts);
    }

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, ASSESSED, facts);
    }

    @Test
    void tenIndicatorsOfTenPointsMakeTheHundredPointScale() {
        EvaluationResult result = evaluate(aCitizenScoring("10").build());

        assertThat(result.generation().id()).isEqualTo("QD324_2023");
        assertThat(result.criteria()).filteredOn(outcome -> !outcome.criterionId().equals("CIT324-MIN")).hasSize(10)
                .allMatch(outcome -> outcome.status() == PASSED);
        assertThat(result.verdict().maxPoints()).isNull();
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("100");
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
    }

    @DisplayName("Điểm mỗi chỉ số: đủ 10 điểm là đạt, dưới 10 là đạt một phần, 0 là không đạt")
    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({"informationUpdatingPoints, 10, PASSED", "informationUpdatingPoints, 9.5, PARTIAL",
            "informationUpdatingPoints, 0.5, PARTIAL", "informationUpdatingPoints, 0, FAILED", "cooperationPoints, 10, PASSED",
            "cooperationPoints, 0, FAILED"})
    void eachIndicatorIsScoredOutOfTenPoints(String field, BigDecimal points, CriterionStatus expected) {
        String criterion = Arrays.stream(INDICATORS).filter(i -> i[0].equals(field)).findFirst().orElseThrow()[1];

        EvaluationResult result = evaluate(aCitizenScoring("8").with(field, points).build());

        assertStatus(result, criterion, expected);
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo(new BigDecimal(72).add(points));
    }

    @Test
    void theMinimumPerIndicatorIsNotEvaluatedForLackOfAConfirmedValue() {
        EvaluationResult result = evaluate(aCitizenScoring("8").with("foreignLanguagePoints", new BigDecimal("4.5")).build());

        var minimum = result.criterion("CIT324-MIN").orElseThrow();
        assertThat(minimum.status()).isEqualTo(CriterionStatus.NOT_EVALUATED);
        assertThat(minimum.explanation()).contains("CIT324.minPointsPerIndicator");
        assertThat(minimum.inputs()).containsEntry("foreignLanguagePoints", new BigDecimal("4.5"));
    }

    @DisplayName("Mỗi chỉ số tối đa 10 điểm: giá trị vượt hoặc âm bị từ chối")
    @ParameterizedTest(name = "{0} = {1} → OUT_OF_RANGE")
    @CsvSource({"informationUpdatingPoints, 10.5", "cooperationPoints, 11", "numeracyPoints, -0.5"})
    void pointsOutsideTheIndicatorScaleAreRefused(String field, BigDecimal points) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aCitizenScoring("10").with(field, points).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts." + field);
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
    }

    @Test
    void everyIndicatorIsRequired() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aCitizenScoring("10").without("digitalSkillsPoints").build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.digitalSkillsPoints");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
    }

    @DisplayName("Ngưỡng công nhận chưa được xác nhận: chưa thể kết luận, dù tổng điểm cao hay thấp")
    @ParameterizedTest(name = "mỗi chỉ số {0} điểm → chưa thể kết luận")
    @CsvSource({"10", "8", "0"})
    void passMarkIsUnconfirmedSoTheOutcomeIsNotDecidable(String points) {
        EvaluationResult result = evaluate(aCitizenScoring(points).build());

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(result.verdict().missingParameters()).contains("CIT324.passMark");
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains("324/QĐ-KHVN"));
    }
}
