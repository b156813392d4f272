package vn.hoctap.rules.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.support.Outcomes.assertStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.engine.trace.ParameterUse;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Công dân học tập" under Quyết định 324/QĐ-KHVN of 25/10/2023 (criteria.md §2.7: 3 competency groups, <b>10
 * indicators</b> mapped to a <b>100-point scale</b>, table CIT324-G1…G3). The pass mark is the one Báo Thái Bình reported
 * on 17/05/2024 (criteria.md §5.3: "từ 80 điểm trở lên (trong tổng số 100 điểm), trong đó không có chỉ số nào đạt điểm
 * dưới 5"), encoded as an unconfirmed value (§5.7): decisions are made, and every one of them rests on an unconfirmed
 * value.
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

    /** The ten indicators at the given points, in the order G1.1 … G3.2. */
    private static Facts aCitizenScoringEach(String... points) {
        Facts facts = aCitizenScoring("0");
        for (int i = 0; i < INDICATORS.length; i++) {
            facts = facts.with(INDICATORS[i][0], new BigDecimal(points[i]));
        }
        return facts;
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
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
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

    @DisplayName("CIT324-MIN (§5.3): không có chỉ số nào đạt điểm dưới 5")
    @ParameterizedTest(name = "chỉ số 2.2 = {0}, các chỉ số khác 8 → CIT324-MIN {1}")
    @CsvSource({"4, FAILED", "4.5, FAILED", "4.99, FAILED", "5, PASSED", "5.5, PASSED"})
    void noIndicatorMayBeBelowFivePoints(BigDecimal points, CriterionStatus expected) {
        EvaluationResult result = evaluate(aCitizenScoring("8").with("foreignLanguagePoints", points).build());

        CriterionOutcome minimum = result.criterion("CIT324-MIN").orElseThrow();
        assertThat(minimum.status()).as(minimum.explanation()).isEqualTo(expected);
        assertThat(minimum.observed()).containsEntry("Điểm thấp nhất của các chỉ số", points);
        assertThat(minimum.observedName("Điểm thấp nhất của các chỉ số")).isEqualTo("lowestIndicatorPoints");
        assertThat(minimum.inputs()).containsEntry("foreignLanguagePoints", points);
        assertThat(minimum.unconfirmed()).isTrue();
    }

    @Test
    void theMinimumPerIndicatorIsAnUnconfirmedValueFromTheNewsReport() {
        EvaluationResult result = evaluate(aCitizenScoring("8").build());

        ParameterUse minimum = result.criterion("CIT324-MIN").orElseThrow().parameters().stream()
                .filter(parameter -> parameter.name().equals("CIT324.minPointsPerIndicator")).findFirst().orElseThrow();
        assertThat(minimum.value()).isEqualTo(new BigDecimal("5"));
        assertThat(minimum.unconfirmed()).isTrue();
        assertThat(minimum.effectiveFrom()).isEqualTo(LocalDate.of(2023, 10, 25));
        assertThat(minimum.source()).contains("Báo Thái Bình", "17/05/2024",
                "https://baothaibinh.com.vn/tin-tuc/265/199546/thanh-pho-tap-huan-trien-khai-bo-tieu-chi-danh-hieu-cong-dan-hoc-tap");
    }

    /**
     * The decision (§5.3): recognised when the total is at least 80 of 100 points and no indicator is below 5 points,
     * otherwise not recognised. {@code points} lists the ten indicators in the order G1.1 … G3.2; {@code failed} lists
     * every criterion expected to fail (an indicator fails at 0 points; every other criterion passes or is partial).
     */
    @DisplayName("Ngưỡng công nhận (§5.3): tổng từ 80/100 điểm và không chỉ số nào dưới 5 điểm")
    @ParameterizedTest(name = "{0} → tổng {1}, không đạt: {2} → {3}")
    @CsvSource({
            "8 8 8 8 8 8 8 8 8 8,              80,   -,                      RECOGNISED",
            "8 8 8 8 8 7.5 8 8 8 8,            79.5, -,                      NOT_RECOGNISED",
            "8 8 8 8 8 7 8 8 8 8,              79,   -,                      NOT_RECOGNISED",
            "8 8 8 8 8 8.5 8 8 8 8,            80.5, -,                      RECOGNISED",
            "9.5 9.5 9.5 9.5 9.5 4.5 9.5 9.5 9.5 9.5, 90, CIT324-MIN,        NOT_RECOGNISED",
            "10 10 10 10 10 4 10 10 10 10,     94,   CIT324-MIN,             NOT_RECOGNISED",
            "9 9 9 9 9 5 9 9 9 9,              86,   -,                      RECOGNISED",
            "8.5 8.5 8.5 8.5 8.5 5 8.5 8.5 8.5 7, 80, -,                     RECOGNISED",
            "8.5 8.5 8.5 8.5 8.5 4.5 8.5 8.5 8.5 7.5, 80, CIT324-MIN,        NOT_RECOGNISED",
            "10 10 0 10 10 10 10 10 10 10,     90,   CIT324-G1.3 CIT324-MIN, NOT_RECOGNISED",
            "0 0 0 0 0 0 0 0 0 0,              0,    CIT324-G1.1 CIT324-G1.2 CIT324-G1.3 CIT324-G1.4 CIT324-G2.1 CIT324-G2.2 CIT324-G2.3 CIT324-G2.4 CIT324-G3.1 CIT324-G3.2 CIT324-MIN, NOT_RECOGNISED"})
    void recognisesAtEightyPointsWithNoIndicatorBelowFive(String points, BigDecimal total, String failed,
            OutcomeKind expected) {
        EvaluationResult result = evaluate(aCitizenScoringEach(points.split(" ")).build());

        assertThat(result.criteria()).filteredOn(outcome -> outcome.status() == CriterionStatus.FAILED)
                .extracting(CriterionOutcome::criterionId)
                .containsExactlyInAnyOrderElementsOf(failed.equals("-") ? List.of() : List.of(failed.split(" ")));
        assertThat(result.criteria()).noneMatch(outcome -> outcome.status() == CriterionStatus.NOT_EVALUATED);
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo(total);
        assertThat(result.verdict().outcome()).as(String.join("; ", result.verdict().reasons())).isEqualTo(expected);
        assertThat(result.verdict().rankCode()).isEqualTo(expected == OutcomeKind.RECOGNISED ? "DAT" : "KHONG_DAT");
        assertThat(result.verdict().missingParameters()).isEmpty();
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
    }

    @Test
    void aRecognitionNamesThePassMarkAndTheNewsReportItRestsOn() {
        EvaluationResult result = evaluate(aCitizenScoring("8").build());

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains("80 điểm", "Đạt"));
        assertThat(result.generation().notes()).anySatisfy(note -> assertThat(note).contains("80/100", "Báo Thái Bình",
                "17/05/2024", "chưa được xác nhận"));
    }

    @Test
    void aRefusalForAnIndicatorBelowFiveNamesTheMinimumCriterion() {
        EvaluationResult result = evaluate(aCitizenScoring("9.5").with("foreignLanguagePoints", new BigDecimal("4.5"))
                .build());

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("90");
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains("CIT324-MIN"));
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
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
}
