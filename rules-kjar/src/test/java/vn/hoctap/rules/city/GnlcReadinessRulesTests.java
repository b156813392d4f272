package vn.hoctap.rules.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.NOT_APPLICABLE;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * Readiness to apply for the UNESCO Global Network of Learning Cities (criteria.md §2.8): not a graded title but a
 * checklist — application signed/endorsed by the mayor, commitment to the guiding documents, endorsement by the National
 * Commission for UNESCO, city profile data (population, area, GDP per capita of city and country, average years of
 * schooling by sex), motivation and implementation actions of at most <b>200 words</b> each, biennial progress reporting —
 * plus an optional self-assessment against the 12 key-feature areas, which informs and never decides.
 */
class GnlcReadinessRulesTests {

    private static final String TITLE = "GNLC_MEMBERSHIP";
    private static final LocalDate FILED = LocalDate.of(2025, 5, 15);
    private static final String[] RATINGS = {"empowermentAndCohesionRating", "economicAndCulturalProsperityRating",
            "sustainableDevelopmentRating", "inclusiveEducationRating", "familiesAndCommunitiesRating",
            "workplaceLearningRating", "learningTechnologiesRating", "learningQualityRating", "learningCultureRating",
            "politicalWillRating", "governanceRating", "resourcesRating"};

    private static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "học"));
    }

    private static Facts aReadyCity() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("mayorSignedApplication", true);
        facts.put("commitsToGuidingDocuments", true);
        facts.put("nationalCommissionEndorsed", true);
        facts.put("biennialReportingCommitment", true);
        facts.put("population", 8_700_000L);
        facts.put("areaSquareKm", new BigDecimal("3359.8"));
        facts.put("gdpPerCapitaCity", new BigDecimal("7200"));
        facts.put("gdpPerCapitaCountry", new BigDecimal("4700"));
        facts.put("averageSchoolingYearsMale", new BigDecimal("11.2"));
        facts.put("averageSchoolingYearsFemale", new BigDecimal("10.9"));
        facts.put("motivation", words(150));
        facts.put("implementationActions", words(180));
        return Facts.of(facts);
    }

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, FILED, facts);
    }

    @Test
    void cityMeetingTheChecklistIsReadyToApply() {
        EvaluationResult result = evaluate(aReadyCity().build());

        assertThat(result.generation().id()).isEqualTo("GNLC_2015");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(result.verdict().levelCode()).isEqualTo("SAN_SANG");
        assertThat(result.criteria().stream().filter(c -> !c.informative())).hasSize(7)
                .allMatch(c -> c.status() == PASSED);
    }

    @DisplayName("Động lực tham gia và các hành động triển khai: mỗi phần có nội dung, tối đa 200 từ")
    @ParameterizedTest(name = "{0}: {1} từ → {2}")
    @CsvSource({"motivation, GNLC-05, 200, PASSED", "motivation, GNLC-05, 201, FAILED", "motivation, GNLC-05, 1, PASSED",
            "motivation, GNLC-05, 0, FAILED", "implementationActions, GNLC-06, 200, PASSED",
            "implementationActions, GNLC-06, 201, FAILED", "implementationActions, GNLC-06, 0, FAILED"})
    void wordLimitOfTheStatements(String field, String criterion, int count, CriterionStatus expected) {
        EvaluationResult result = evaluate(aReadyCity().with(field, words(count)).build());

        assertStatus(result, criterion + "@1", expected);
        assertThat(result.verdict().outcome())
                .isEqualTo(expected == PASSED ? OutcomeKind.RECOGNISED : OutcomeKind.NOT_RECOGNISED);
    }

    @Test
    void missingStatementIsNotReady() {
        EvaluationResult result = evaluate(aReadyCity().without("motivation").build());

        assertStatus(result, "GNLC-05@1", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("Thủ tục gia nhập: Chủ tịch UBND ký, cam kết văn kiện định hướng, Ủy ban Quốc gia UNESCO xác nhận, báo cáo hai năm một lần")
    @ParameterizedTest(name = "{0} = false → {1} không đạt, chưa sẵn sàng")
    @CsvSource({"mayorSignedApplication, GNLC-01", "commitsToGuidingDocuments, GNLC-02",
            "nationalCommissionEndorsed, GNLC-03", "biennialReportingCommitment, GNLC-07"})
    void everyChecklistItemIsRequired(String field, String criterion) {
        EvaluationResult result = evaluate(aReadyCity().with(field, false).build());

        assertStatus(result, criterion + "@1", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.verdict().level()).isNull();
    }

    @DisplayName("Thông tin thành phố trong mẫu đơn: dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới")
    @ParameterizedTest(name = "thiếu {0} → GNLC-04 không đạt")
    @ValueSource(strings = {"population", "areaSquareKm", "gdpPerCapitaCity", "gdpPerCapitaCountry",
            "averageSchoolingYearsMale", "averageSchoolingYearsFemale"})
    void cityProfileDataIsRequired(String field) {
        EvaluationResult result = evaluate(aReadyCity().without(field).build());

        assertStatus(result, "GNLC-04@1", FAILED);
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @DisplayName("Tự đánh giá theo 12 lĩnh vực của Các đặc điểm chính: chỉ để tham khảo, không làm thay đổi kết luận")
    @ParameterizedTest(name = "mọi lĩnh vực tự đánh giá {0}")
    @ValueSource(ints = {1, 3, 5})
    void keyFeatureRatingsNeverChangeTheOutcome(int rating) {
        Facts ready = aReadyCity();
        Facts notReady = aReadyCity().with("nationalCommissionEndorsed", false);
        for (String field : RATINGS) {
            ready.with(field, rating);
            notReady.with(field, rating);
        }

        EvaluationResult readyResult = evaluate(ready.build());
        EvaluationResult notReadyResult = evaluate(notReady.build());

        assertThat(readyResult.criteria().stream().filter(CriterionOutcome::informative)).hasSize(12)
                .allMatch(c -> c.status() == NOT_APPLICABLE);
        assertThat(criterion(readyResult, "GNLC-KF10@1").inputs()).containsEntry("politicalWillRating", rating);
        assertThat(readyResult.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(notReadyResult.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(readyResult.verdict().reasons()).isEqualTo(evaluate(aReadyCity().build()).verdict().reasons());
    }

    @Test
    void withoutSelfAssessmentTheKeyFeaturesAreShownAsNotRated() {
        EvaluationResult result = evaluate(aReadyCity().build());

        assertStatus(result, "GNLC-KF01@1", NOT_APPLICABLE);
        assertThat(criterion(result, "GNLC-KF01@1").informative()).isTrue();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
    }

    @Test
    void ratingOutsideOneToFiveIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> evaluate(aReadyCity().with("governanceRating", 6).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.governanceRating");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
    }
}
