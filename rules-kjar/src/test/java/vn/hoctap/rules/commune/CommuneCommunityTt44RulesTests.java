package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.rules.commune.CommuneRankings.FIELDS;
import static vn.hoctap.rules.commune.CommuneRankings.aCommuneScoring;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;

import java.math.BigDecimal;
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
import vn.hoctap.engine.evaluation.Verdict;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Cộng đồng học tập" cấp xã under Thông tư 44/2014/TT-BGDĐT (criteria.md §2.5.1): evaluation by points on 15 criteria;
 * the points per criterion and the ranking bands (Tốt / Khá / Trung bình) are UNCONFIRMED, so the points awarded are
 * recorded and the ranking is reported as not decidable, naming the missing rank parameters (§4 Q5 and "Encoding
 * guidance": never fill the gap with a guessed number). Repealed from 12/02/2024 by TT 25/2023 (§1.2).
 */
class CommuneCommunityTt44RulesTests {

    private static final String TITLE = "COMMUNE_LEARNING_COMMUNITY";
    private static final LocalDate RANKED = LocalDate.of(2019, 12, 15);
    private static final String[] RANK_PARAMETERS = {"CCL44.rank.good.minPoints", "CCL44.rank.fair.minPoints",
            "CCL44.rank.average.minPoints"};

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, RANKED, facts);
    }

    private static void assertNotDecidable(Verdict verdict) {
        assertThat(verdict.outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(verdict.missingParameters()).containsExactlyInAnyOrder(RANK_PARAMETERS);
        assertThat(verdict.rankCode()).isNull();
        assertThat(verdict.maxPoints()).as("maximum points unconfirmed").isNull();
        assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason).contains("chưa được xác nhận"));
        assertThat(verdict.restsOnUnconfirmed()).isTrue();
    }

    @Test
    void fifteenCriteriaArePointedAndTheTotalIsRecordedWithoutARank() {
        EvaluationResult result = evaluate(aCommuneScoring("6").build());

        assertThat(result.generation().id()).isEqualTo("TT44_2014");
        assertThat(result.criteria()).hasSize(15);
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("90");
        assertNotDecidable(result.verdict());
    }

    @DisplayName("Điểm từng tiêu chí do tổ đánh giá chấm: ghi nhận, điểm tối đa chưa xác nhận (trên 0 → đạt một phần, 0 → không đạt)")
    @ParameterizedTest(name = "{0} = {1} điểm → {2}")
    @CsvSource({"CCL44-01, 8, PARTIAL", "CCL44-01, 0, FAILED", "CCL44-05, 0.5, PARTIAL", "CCL44-09, 20, PARTIAL",
            "CCL44-15, 0, FAILED"})
    void pointsOfEachCriterionAreRecorded(String criterionId, BigDecimal points, CriterionStatus expected) {
        EvaluationResult result = evaluate(aCommuneScoring("6").with(FIELDS.get(criterionId), points).build());

        assertStatus(result, criterionId, expected);
        assertThat(criterion(result, criterionId).pointsAwarded()).isEqualByComparingTo(points);
        assertThat(criterion(result, criterionId).maxPoints()).isNull();
        assertThat(criterion(result, criterionId).unconfirmed()).isTrue();
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo(new BigDecimal(84).add(points));
        assertNotDecidable(result.verdict());
    }

    @DisplayName("Không suy đoán ngưỡng xếp loại: dù tổng điểm cao hay thấp đều chưa thể kết luận")
    @ParameterizedTest(name = "mỗi tiêu chí {0} điểm")
    @ValueSource(strings = {"0", "3.5", "10", "20"})
    void noRankIsGuessedWhateverTheTotal(String points) {
        EvaluationResult result = evaluate(aCommuneScoring(points).build());

        assertThat(result.verdict().totalPoints()).isEqualByComparingTo(new BigDecimal(points).multiply(new BigDecimal(15)));
        assertNotDecidable(result.verdict());
    }

    @Test
    void theCommuneOfTheBundledScenarioScoresNinetyTwo() {
        int[] points = {8, 7, 6, 7, 8, 6, 6, 6, 7, 6, 6, 5, 5, 5, 4};
        var facts = aCommuneScoring("0");
        int i = 0;
        for (String field : FIELDS.values()) {
            facts.with(field, points[i++]);
        }

        EvaluationResult result = evaluate(facts.build());

        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("92");
        assertNotDecidable(result.verdict());
    }

    @Test
    void negativeOrMissingPointsAreRefused() {
        InvalidInputException negative = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aCommuneScoring("6").with("genderEqualityPoints", new BigDecimal("-1")).build()));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aCommuneScoring("6").without("leadershipPoints").build()));

        assertThat(negative.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.genderEqualityPoints");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
        assertThat(missing.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.leadershipPoints");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
    }
}
