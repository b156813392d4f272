package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.rules.commune.CommuneCommunities.aLevel2CommuneUnderTt25;
import static vn.hoctap.rules.commune.CommuneRankings.aCommuneScoring;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * One commune judged under two generations of criteria (criteria.md §1.2 "Supersession timeline": TT 44/2014 for the
 * commune learning community until TT 25/2023 repealed it from <b>12/02/2024</b>; §2.5.1, §2.5.2). The reference date
 * selects the generation, its input schema and its decision rule: 2024-02-11 is the last day of TT 44, 2024-02-12 the
 * first day of TT 25.
 */
class GenerationByReferenceDateTests {

    private static final String TITLE = "COMMUNE_LEARNING_COMMUNITY";
    private static final String COMMUNE = "xa-vu-thu-thai-binh";
    private static final LocalDate IN_2019 = LocalDate.of(2019, 12, 15);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 2, 20);

    private static EvaluationResult evaluate(LocalDate referenceDate, Map<String, Object> facts) {
        return KjarUnderTest.ruleset().evaluate(new EvaluationRequest(TITLE, COMMUNE, referenceDate,
                referenceDate.getYear() - 1, "34", facts));
    }

    private static InputSchema schemaOn(LocalDate date) {
        return KjarUnderTest.ruleset().schema(TITLE, date).orElseThrow(() -> new AssertionError("no schema on " + date));
    }

    @Test
    void theSameCommuneIsRankedGoodUnderTt44In2019AndRecognisedUnderTt25In2025() {
        EvaluationResult in2019 = evaluate(IN_2019, aCommuneScoring("6").build());
        EvaluationResult in2025 = evaluate(IN_2025, aLevel2CommuneUnderTt25().build());

        assertThat(in2019.subjectId()).isEqualTo(COMMUNE).isEqualTo(in2025.subjectId());
        assertThat(in2019.generation().id()).isEqualTo("TT44_2014");
        assertThat(in2019.generation().document()).isEqualTo("Thông tư 44/2014/TT-BGDĐT");
        assertThat(in2019.generation().decisionMethod()).isEqualTo("POINTS");
        assertThat(in2019.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(in2019.verdict().rankCode()).as("90 points, no criterion at 0: Loại tốt").isEqualTo("TOT");
        assertThat(in2019.verdict().totalPoints()).isEqualByComparingTo("90");
        assertThat(in2019.criteria()).allMatch(c -> c.criterionId().startsWith("CCL44-"));

        assertThat(in2025.generation().id()).isEqualTo("TT25_2023");
        assertThat(in2025.generation().document()).isEqualTo("Thông tư 25/2023/TT-BGDĐT");
        assertThat(in2025.generation().decisionMethod()).isEqualTo("LEVELS");
        assertThat(in2025.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(in2025.verdict().level()).as("level 1 decided 15/03/2024, less than 12 months before").isEqualTo(1);
        assertThat(in2025.verdict().totalPoints()).isNull();
        assertThat(in2025.criteria()).allMatch(c -> c.criterionId().startsWith("CCL25-"));
    }

    @Test
    void eachReferenceDateSelectsItsOwnInputSchema() {
        InputSchema tt44 = schemaOn(IN_2019);
        InputSchema tt25 = schemaOn(IN_2025);

        assertThat(tt44.generationId()).isEqualTo("TT44_2014");
        assertThat(tt44.typeName()).isEqualTo("vn.hoctap.rules.commune.tt44.CommuneRanking");
        assertThat(tt44.fields()).hasSize(15);
        assertThat(tt44.field("leadershipPoints")).isPresent();
        assertThat(tt44.field("citizensWithLearningCitizenTitle")).isEmpty();

        assertThat(tt25.generationId()).isEqualTo("TT25_2023");
        assertThat(tt25.typeName()).isEqualTo("vn.hoctap.rules.commune.tt25.CommuneAssessment");
        assertThat(tt25.field("citizensWithLearningCitizenTitle")).isPresent();
        assertThat(tt25.field("leadershipPoints")).isEmpty();
    }

    @DisplayName("Thông tư 44/2014 áp dụng đến hết 11/02/2024; Thông tư 25/2023 từ 12/02/2024")
    @ParameterizedTest(name = "ngày tham chiếu {0} → {1}")
    @CsvSource({"2015-06-01, TT44_2014", "2024-02-11, TT44_2014", "2024-02-12, TT25_2023", "2026-02-20, TT25_2023"})
    void theRepealDateSeparatesTheGenerations(LocalDate date, String generation) {
        assertThat(schemaOn(date).generationId()).isEqualTo(generation);

        Map<String, Object> facts = generation.equals("TT44_2014") ? aCommuneScoring("6").build()
                : aLevel2CommuneUnderTt25().without("level1DecisionDate").build();
        assertThat(evaluate(date, facts).generation().id()).isEqualTo(generation);
    }

    @DisplayName("Hồ sơ theo mẫu của thế hệ khác bị từ chối: mỗi ngày tham chiếu có lược đồ dữ liệu riêng")
    @ParameterizedTest(name = "hồ sơ mẫu {1} nộp với ngày tham chiếu {0} → UNKNOWN_FIELD")
    @CsvSource({"2024-02-11, TT25_2023", "2024-02-12, TT44_2014"})
    void aDossierShapedForTheOtherGenerationIsRefused(LocalDate date, String shapedFor) {
        Map<String, Object> facts = shapedFor.equals("TT25_2023") ? aLevel2CommuneUnderTt25().build()
                : aCommuneScoring("6").build();

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> evaluate(date, facts));

        assertThat(error).isNotNull();
        assertThat(error.errors()).extracting(FieldError::reason).contains(FieldError.Reason.UNKNOWN_FIELD);
        assertThat(error.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo(
                shapedFor.equals("TT25_2023") ? "facts.citizensWithLearningCitizenTitle" : "facts.leadershipPoints"));
    }
}
