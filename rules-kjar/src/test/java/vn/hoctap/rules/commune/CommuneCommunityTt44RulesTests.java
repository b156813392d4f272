package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.rules.commune.CommuneRankings.FIELDS;
import static vn.hoctap.rules.commune.CommuneRankings.aCommuneScoring;
import static vn.hoctap.rules.commune.CommuneRankings.aCommuneTotalling;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.FieldSchema;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Cộng đồng học tập" cấp xã under Thông tư 44/2014/TT-BGDĐT (criteria.md §5.1, read in the primary text): the
 * evaluation team's points on the 15 criteria of Điều 3, in the circular's order; Điều 4: at most 100 points in all,
 * <b>Loại tốt</b> 85–100, <b>Loại khá</b> 70–84, <b>Loại trung bình</b> 50–69, each only when no criterion has 0 points,
 * <b>Loại chưa đạt</b> otherwise. The maximum of each criterion (Phụ lục) is UNCONFIRMED: single criteria are not bounded
 * above, and every decision says it rests on an unconfirmed item. In force 25/01/2015 to 11/02/2024.
 */
class CommuneCommunityTt44RulesTests {

    private static final String TITLE = "COMMUNE_LEARNING_COMMUNITY";
    private static final LocalDate RANKED = LocalDate.of(2019, 12, 15);

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, RANKED, facts);
    }

    @Test
    void theFifteenCriteriaCarryTheCircularsNumbersAndNames() {
        List<CriterionDefinition> criteria = KjarUnderTest.ruleset().criteria(TITLE, "TT44_2014");
        List<FieldSchema> fields = KjarUnderTest.ruleset().schema(TITLE, "TT44_2014").fields();

        assertThat(criteria).extracting(CriterionDefinition::criterionId).containsExactlyElementsOf(FIELDS.keySet());
        assertThat(fields).extracting(FieldSchema::name).containsExactlyElementsOf(FIELDS.values());
        for (int i = 0; i < 15; i++) {
            assertThat(fields.get(i).label()).startsWith("Tiêu chí " + (i + 1) + ". ");
            assertThat(criteria.get(i).inputs()).containsExactly(fields.get(i).name());
            assertThat(criteria.get(i).legalSource()).isEqualTo("Thông tư 44/2014/TT-BGDĐT, Điều 3, tiêu chí " + (i + 1)
                    + "; Điều 4");
            assertThat(criteria.get(i).maxPoints()).as("maximum per criterion unconfirmed").isNull();
            assertThat(criteria.get(i).unconfirmed()).isTrue();
            assertThat(fields.get(i).max()).as("no invented maximum").isNull();
        }
        assertThat(criteria.get(1).name()).isEqualTo("Hoạt động của ban chỉ đạo xây dựng xã hội học tập cấp xã");
        assertThat(criteria.get(4).name()).isEqualTo("Kết quả phổ cập giáo dục – xóa mù chữ");
        assertThat(criteria.get(7).name())
                .isEqualTo("Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)");
        assertThat(fields.get(8).label()).isEqualTo("Tiêu chí 9. Kết quả xây dựng \"Gia đình hiếu học\"; \"Cộng đồng"
                + " khuyến học/Cộng đồng học tập thôn, ấp, bản, tổ dân phố và tương đương\"");
        assertThat(fields.get(9).label()).isEqualTo("Tiêu chí 10. Kết quả xây dựng thôn, ấp, bản, tổ dân phố và tương"
                + " đương được công nhận danh hiệu \"Khu dân cư văn hoá\"");
        assertThat(criteria.get(10).name()).isEqualTo("Giảm tỷ lệ hộ nghèo");
        assertThat(criteria.get(14).name()).isEqualTo("Đảm bảo an ninh trật tự, an toàn xã hội");
    }

    @DisplayName("Điều 4: tốt 85–100, khá 70–84, trung bình 50–69 (không có tiêu chí bị điểm 0), còn lại chưa đạt")
    @ParameterizedTest(name = "tổng {0} điểm, mọi tiêu chí trên 0 → {1}")
    @CsvSource({"100, TOT, Tốt, RECOGNISED", "85, TOT, Tốt, RECOGNISED", "84, KHA, Khá, RECOGNISED",
            "70, KHA, Khá, RECOGNISED", "69, TRUNG_BINH, Trung bình, RECOGNISED",
            "50, TRUNG_BINH, Trung bình, RECOGNISED", "49, CHUA_DAT, Chưa đạt, NOT_RECOGNISED",
            "15, CHUA_DAT, Chưa đạt, NOT_RECOGNISED"})
    void rankOnBothSidesOfEveryBand(int total, String rank, String label, OutcomeKind outcome) {
        EvaluationResult result = evaluate(aCommuneTotalling(total, null).build());

        assertThat(result.generation().id()).isEqualTo("TT44_2014");
        assertThat(result.criteria()).hasSize(15).allSatisfy(c -> {
            assertThat(c.status()).as(c.criterionId()).isEqualTo(CriterionStatus.PASSED);
            assertThat(c.pointsAwarded()).isPositive();
        });
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(result.verdict().rankCode()).isEqualTo(rank);
        assertThat(result.verdict().rankLabel()).isEqualTo(label);
        assertThat(result.verdict().outcome()).isEqualTo(outcome);
        assertThat(result.verdict().missingParameters()).isEmpty();
        assertThat(result.verdict().restsOnUnconfirmed()).as("the maximum per criterion is unconfirmed").isTrue();
    }

    @DisplayName("Một tiêu chí bị điểm 0: chưa đạt dù tổng 90 điểm")
    @ParameterizedTest(name = "{0} = 0 điểm")
    @ValueSource(strings = {"CCL44-01", "CCL44-05", "CCL44-09", "CCL44-11", "CCL44-15"})
    void aCriterionAtZeroPointsMeansNotRankedWhateverTheTotal(String zero) {
        EvaluationResult result = evaluate(aCommuneTotalling(90, zero).build());

        for (String criterionId : FIELDS.keySet()) {
            assertStatus(result, criterionId, criterionId.equals(zero) ? CriterionStatus.FAILED : CriterionStatus.PASSED);
        }
        assertThat(criterion(result, zero).pointsAwarded()).isZero();
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("90");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().rankCode()).isEqualTo("CHUA_DAT");
        assertThat(result.verdict().rankLabel()).isEqualTo("Chưa đạt");
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains(zero));
    }

    @Test
    void theCommuneOfTheBundledScenarioScoresNinetyTwoAndIsRankedGood() {
        int[] points = {8, 7, 6, 7, 8, 6, 6, 6, 7, 6, 6, 5, 5, 5, 4};
        var facts = aCommuneScoring("0");
        int i = 0;
        for (String field : FIELDS.values()) {
            facts.with(field, points[i++]);
        }

        EvaluationResult result = evaluate(facts.build());

        assertThat(result.criteria()).extracting(CriterionOutcome::pointsAwarded).extracting(BigDecimal::intValue)
                .containsExactly(8, 7, 6, 7, 8, 6, 6, 6, 7, 6, 6, 5, 5, 5, 4);
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("92");
        assertThat(result.verdict().rankCode()).isEqualTo("TOT");
    }

    @Test
    void theRankBandsAreConfirmedParametersOfArticle4() {
        Map<String, ResolvedParameter> inForce = KjarUnderTest.ruleset().parameters().resolve(RANKED, null);

        for (String[] band : new String[][] {{"good", "85"}, {"fair", "70"}, {"average", "50"}}) {
            ResolvedParameter parameter = inForce.get("CCL44.rank." + band[0] + ".minPoints");
            assertThat(parameter.value()).isEqualTo(new BigDecimal(band[1]));
            assertThat(parameter.source()).isEqualTo("Thông tư 44/2014/TT-BGDĐT, Điều 4");
            assertThat(parameter.unconfirmed()).isFalse();
            assertThat(parameter.effectiveFrom()).isEqualTo(LocalDate.of(2015, 1, 25));
        }
    }

    @DisplayName("Tổng điểm tối đa cho tất cả các tiêu chí là 100: tổng lớn hơn bị từ chối (OUT_OF_RANGE)")
    @ParameterizedTest(name = "tổng {0} điểm")
    @ValueSource(strings = {"100.5", "101", "150"})
    void aTotalAboveOneHundredIsRefused(String total) {
        BigDecimal lastCriterion = new BigDecimal(total).subtract(new BigDecimal(14));
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aCommuneScoring("1").with("securityOrderPoints", lastCriterion).build()));

        assertThat(error).isNotNull();
        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
            assertThat(e.message()).contains(total, "100", "Thông tư 44/2014/TT-BGDĐT, Điều 4");
        });
    }

    @Test
    void aSingleCriterionIsNotBoundedAboveWhileTheTotalIsAtMostOneHundred() {
        EvaluationResult result = evaluate(aCommuneScoring("1").with("leadershipPoints", 85).build());

        assertThat(criterion(result, "CCL44-01").pointsAwarded()).isEqualByComparingTo("85");
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("99");
        assertThat(result.verdict().rankCode()).isEqualTo("TOT");
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

    @DisplayName("Thông tư 44/2014 có hiệu lực từ 25/01/2015: ngày trước đó không có tiêu chí")
    @Test
    void noCriteriaBeforeTheCircularTookEffect() {
        InvalidInputException before = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, LocalDate.of(2015, 1, 24), aCommuneScoring("6").build()));
        EvaluationResult firstDay = KjarUnderTest.evaluate(TITLE, LocalDate.of(2015, 1, 25), aCommuneScoring("6").build());

        assertThat(before.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("referenceDate");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE);
        });
        assertThat(firstDay.generation().id()).isEqualTo("TT44_2014");
        assertThat(firstDay.verdict().rankCode()).isEqualTo("TOT");
    }
}
