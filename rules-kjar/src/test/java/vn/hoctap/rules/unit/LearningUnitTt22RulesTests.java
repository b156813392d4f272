package vn.hoctap.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.PARTIAL;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;
import static vn.hoctap.rules.unit.LearningUnits.aFullMarksUnitUnderTt22;
import static vn.hoctap.rules.unit.LearningUnits.aUnitUnderTt22WithTotal;
import static vn.hoctap.rules.unit.LearningUnits.tt22ItemMaxima;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.AllowedValue;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Đơn vị học tập" cấp huyện, cấp tỉnh under Thông tư 22/2020/TT-BGDĐT (criteria.md §2.4.2): scoring method, maximum
 * <b>100</b> points; ranks <b>Tốt</b> 85–100, <b>Khá</b> 70–&lt;85, <b>Trung bình</b> 50–&lt;70, <b>Chưa đạt</b>
 * otherwise (Điều 6, confirmed in the primary text by §5.2); in force from 21/09/2020 until TT 24/2023 repealed it on
 * 26/01/2024 (§1.2). It applies only to Party advisory bodies, agencies of the provincial and district People's
 * Committees, and the Fatherland Front and socio-political organisations at those levels (Điều 1 khoản 2, §5.2): any
 * other kind of unit is refused. criteria.md does not list the
 * maximum of each item, so the item tests read it from the input schema and check that the maxima add up to 100.
 */
class LearningUnitTt22RulesTests {

    private static final String[] TITLES = {"DISTRICT_LEARNING_UNIT", "PROVINCIAL_LEARNING_UNIT"};
    private static final LocalDate FILED = LocalDate.of(2023, 3, 15);

    private static EvaluationResult evaluate(String title, Map<String, Object> facts) {
        return KjarUnderTest.evaluate(title, FILED, facts);
    }

    @Test
    void theTenItemsAddUpToOneHundredPoints() {
        assertThat(tt22ItemMaxima()).hasSize(10);
        assertThat(tt22ItemMaxima().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");

        EvaluationResult result = evaluate(TITLES[0], aFullMarksUnitUnderTt22().build());

        assertThat(result.generation().id()).isEqualTo("TT22_2020");
        assertThat(result.verdict().maxPoints()).isEqualByComparingTo("100");
        assertThat(result.verdict().totalPoints()).isEqualByComparingTo("100");
        assertThat(result.criteria()).hasSize(10).allMatch(outcome -> outcome.status() == PASSED);
    }

    @DisplayName("Xếp loại: Tốt ≥ 85, Khá ≥ 70, Trung bình ≥ 50, dưới 50 Chưa đạt")
    @ParameterizedTest(name = "tổng {0} điểm → {1}")
    @CsvSource({"100, TOT, RECOGNISED", "85, TOT, RECOGNISED", "84.5, KHA, RECOGNISED", "70, KHA, RECOGNISED",
            "69.5, TRUNG_BINH, RECOGNISED", "50, TRUNG_BINH, RECOGNISED", "49.5, KHONG_DAT, NOT_RECOGNISED",
            "0, KHONG_DAT, NOT_RECOGNISED"})
    void rankBoundaries(BigDecimal total, String rank, OutcomeKind outcome) {
        for (String title : TITLES) {
            EvaluationResult result = evaluate(title, aUnitUnderTt22WithTotal(total).build());

            assertThat(result.verdict().totalPoints()).as(title).isEqualByComparingTo(total);
            assertThat(result.verdict().rankCode()).as(title).isEqualTo(rank);
            assertThat(result.verdict().outcome()).as(title).isEqualTo(outcome);
            assertThat(result.verdict().level()).isNull();
        }
    }

    @Test
    void rankLabelsAreTheOfficialVietnameseNames() {
        assertThat(evaluate(TITLES[0], aUnitUnderTt22WithTotal(new BigDecimal(85)).build()).verdict().rankLabel())
                .isEqualTo("Tốt");
        assertThat(evaluate(TITLES[0], aUnitUnderTt22WithTotal(new BigDecimal(70)).build()).verdict().rankLabel())
                .isEqualTo("Khá");
        assertThat(evaluate(TITLES[0], aUnitUnderTt22WithTotal(new BigDecimal(50)).build()).verdict().rankLabel())
                .isEqualTo("Trung bình");
        assertThat(evaluate(TITLES[0], aUnitUnderTt22WithTotal(new BigDecimal("49.5")).build()).verdict().rankLabel())
                .as("Điều 6: chưa đạt; the code KHONG_DAT stays for stored decisions").isEqualTo("Chưa đạt");
    }

    @DisplayName("Mỗi mục: đủ điểm tối đa → đạt; một phần → đạt một phần; 0 điểm → không đạt")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"learningPlanPoints, LU22-C1.1", "encouragementRulesPoints, LU22-C1.2", "resourcesPoints, LU22-C1.3",
            "selfStudyPlansPoints, LU22-C2.1", "labourDisciplinePoints, LU22-C2.2", "mandatoryTrainingPoints, LU22-C2.3",
            "advancedWorkersPoints, LU22-C2.4", "learningCitizenCompetencesPoints, LU22-C3.1",
            "collectiveTitlePoints, LU22-C3.2", "knowledgeSharingPoints, LU22-C3.3"})
    void itemPointsUpToTheirMaximum(String field, String criterion) {
        BigDecimal max = tt22ItemMaxima().get(field);
        BigDecimal partial = max.subtract(new BigDecimal("0.5"));

        EvaluationResult full = evaluate(TITLES[0], aFullMarksUnitUnderTt22().build());
        EvaluationResult someOff = evaluate(TITLES[0], aFullMarksUnitUnderTt22().with(field, partial).build());
        EvaluationResult none = evaluate(TITLES[0], aFullMarksUnitUnderTt22().with(field, BigDecimal.ZERO).build());

        assertStatus(full, criterion, PASSED);
        assertThat(criterion(full, criterion).maxPoints()).isEqualByComparingTo(max);
        assertStatus(someOff, criterion, PARTIAL);
        assertThat(criterion(someOff, criterion).pointsAwarded()).isEqualByComparingTo(partial);
        assertThat(someOff.verdict().totalPoints()).isEqualByComparingTo("99.5");
        assertThat(someOff.verdict().rankCode()).isEqualTo("TOT");
        assertStatus(none, criterion, FAILED);
        assertThat(none.verdict().totalPoints()).isEqualByComparingTo(new BigDecimal(100).subtract(max));
    }

    @DisplayName("Điểm vượt điểm tối đa của mục hoặc âm bị từ chối (OUT_OF_RANGE)")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"learningPlanPoints", "labourDisciplinePoints", "learningCitizenCompetencesPoints",
            "knowledgeSharingPoints"})
    void valueAboveTheItemMaximumIsRefused(String field) {
        BigDecimal aboveMax = tt22ItemMaxima().get(field).add(new BigDecimal("0.5"));

        for (BigDecimal wrong : new BigDecimal[] {aboveMax, new BigDecimal("-1")}) {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> evaluate(TITLES[1], aFullMarksUnitUnderTt22().with(field, wrong).build()));

            assertThat(error).as("%s = %s", field, wrong).isNotNull();
            assertThat(error.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("facts." + field);
                assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
            });
        }
    }

    @DisplayName("Thông tư 22/2020 áp dụng từ 21/09/2020 đến 25/01/2024; Thông tư 24/2023 từ 26/01/2024")
    @ParameterizedTest(name = "ngày tham chiếu {0} → {1}")
    @CsvSource({"2020-09-21, TT22_2020", "2024-01-25, TT22_2020", "2024-01-26, TT24_2023"})
    void generationByReferenceDate(LocalDate date, String generation) {
        for (String title : TITLES) {
            assertThat(KjarUnderTest.ruleset().schema(title, date)).get()
                    .satisfies(schema -> assertThat(schema.generationId()).isEqualTo(generation));
        }
        if (generation.equals("TT22_2020")) {
            EvaluationResult result = KjarUnderTest.evaluate(TITLES[0], date, aFullMarksUnitUnderTt22().build());
            assertThat(result.generation().id()).isEqualTo(generation);
            assertThat(result.verdict().rankCode()).isEqualTo("TOT");
        }
    }

    @Test
    void noLearningUnitCriteriaBeforeTt22TookEffect() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLES[0], LocalDate.of(2020, 9, 20), aFullMarksUnitUnderTt22().build()));

        assertThat(error.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("referenceDate");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE);
        });
    }

    @DisplayName("Điều 1 khoản 2: cơ quan tham mưu của Đảng, cơ quan thuộc UBND, Mặt trận và tổ chức chính trị - xã hội")
    @ParameterizedTest(name = "{0} → xếp loại")
    @ValueSource(strings = {"PARTY_ADVISORY_BODY", "PEOPLES_COMMITTEE_AGENCY",
            "FATHERLAND_FRONT_OR_SOCIO_POLITICAL_ORGANISATION"})
    void theUnitsInTheCircularsScopeAreRanked(String unitType) {
        for (String title : TITLES) {
            EvaluationResult result = evaluate(title, aFullMarksUnitUnderTt22().with("unitType", unitType).build());

            assertThat(result.verdict().rankCode()).as(title).isEqualTo("TOT");
        }
    }

    @DisplayName("Trường học, đơn vị sự nghiệp công lập khác, doanh nghiệp: ngoài phạm vi Thông tư 22/2020 — bị từ chối")
    @ParameterizedTest(name = "{0} → NOT_ALLOWED")
    @ValueSource(strings = {"EDUCATION_INSTITUTION", "OTHER_PUBLIC_SERVICE_UNIT", "ENTERPRISE"})
    void otherUnitsAreRefusedNamingTheCircularsScope(String unitType) {
        for (String title : TITLES) {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> evaluate(title, aFullMarksUnitUnderTt22().with("unitType", unitType).build()));

            assertThat(error).as(title).isNotNull();
            assertThat(error.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("facts.unitType");
                assertThat(e.reason()).isEqualTo(FieldError.Reason.NOT_ALLOWED);
                assertThat(e.message()).contains(unitType, "outside the scope of Thông tư 22/2020/TT-BGDĐT, Điều 1 khoản 2",
                        "Thông tư 24/2023/TT-BGDĐT");
            });
        }
    }

    @Test
    void theKindOfUnitIsRequiredAndPublishedWithItsWording() {
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(TITLES[0], aFullMarksUnitUnderTt22().without("unitType").build()));
        var unitType = KjarUnderTest.ruleset().schema(TITLES[0], "TT22_2020").field("unitType").orElseThrow();

        assertThat(missing.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.unitType");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
        assertThat(unitType.description()).contains("Điều 1 khoản 2");
        assertThat(unitType.allowedValues()).extracting(AllowedValue::code).containsExactly("PARTY_ADVISORY_BODY",
                "PEOPLES_COMMITTEE_AGENCY", "FATHERLAND_FRONT_OR_SOCIO_POLITICAL_ORGANISATION", "EDUCATION_INSTITUTION",
                "OTHER_PUBLIC_SERVICE_UNIT", "ENTERPRISE");
    }

    @Test
    void aSchoolRefusedUnderTt22IsAssessedUnderTt24FromItsFirstDay() {
        var tt24 = KjarUnderTest.ruleset().schema(TITLES[0], LocalDate.of(2024, 1, 26)).orElseThrow();

        assertThat(tt24.generationId()).isEqualTo("TT24_2023");
        assertThat(tt24.field("unitType").orElseThrow().allowedValues()).extracting(AllowedValue::code)
                .contains("LOWER_SECONDARY_SCHOOL", "ECONOMIC_ORGANISATION", "PUBLIC_SERVICE_UNIT");
    }
}
