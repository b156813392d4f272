package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.ClubRulesets.V1;
import static vn.hoctap.engine.ClubRulesets.club;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.fixtures.FixtureKjars;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.schema.InvalidInputException;

/** Không có minh chứng: a field without evidence is a judged failure of every criterion reading it, not bad input. */
class NoEvidenceTests {

    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

    private static EvaluationRequest request(Map<String, Object> facts, Set<String> noEvidence) {
        return new EvaluationRequest("READING_CLUB", "clb-doc-sach-phuong-ba-dinh", JUNE_2022, 2022, null, facts, null,
                false, null, noEvidence);
    }

    @Test
    void aRequiredFieldWithoutEvidenceMayBeAbsentAndFailsEveryCriterionReadingIt() {
        Map<String, Object> facts = club(20, 15, 120);
        facts.remove("readers");

        EvaluationResult result = V1.evaluate(request(facts, Set.of("readers")));

        CriterionOutcome readers = result.criterion("RC-01@1").orElseThrow();
        assertThat(readers.status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(readers.noEvidence()).containsExactly("readers");
        assertThat(readers.explanation()).startsWith("Không có minh chứng: Số thành viên đọc thường xuyên (readers)");
        assertThat(readers.pointsAwarded()).isNull();
        assertThat(result.criterion("RC-02@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(result.criterion("RC-02@1").orElseThrow().noEvidence()).isEmpty();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @Test
    void aDeclaredValueWithoutEvidenceDoesNotCount() {
        EvaluationResult withEvidence = V1.evaluate(request(club(20, 15, 120), Set.of()));
        EvaluationResult without = V1.evaluate(request(club(20, 15, 120), Set.of("books")));

        assertThat(withEvidence.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
        assertThat(without.criterion("RC-02@1").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(without.criterion("RC-02@1").orElseThrow().inputs()).containsEntry("books", 120L);
        assertThat(without.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @Test
    void withoutNoEvidenceAnAbsentRequiredFieldIsStillMissing() {
        Map<String, Object> facts = club(20, 15, 120);
        facts.remove("readers");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> V1.evaluate(request(facts, Set.of())));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("facts.readers", Reason.MISSING));
    }

    @Test
    void aFieldTheInputDoesNotHaveIsRefused() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> V1.evaluate(request(club(20, 15, 120), Set.of("colour"))));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("noEvidence.colour");
            assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        });
    }

    @Test
    void aScoredCriterionWithoutEvidenceGetsNoPointsAndTheRankFails() {
        Ruleset scored = pointsClub();
        try {
            Map<String, Object> facts = club(20, 15, 120);
            EvaluationResult full = scored.evaluate(request(facts, Set.of()));
            facts.remove("books");
            EvaluationResult without = scored.evaluate(request(facts, Set.of("books")));

            assertThat(full.verdict().totalPoints()).isEqualByComparingTo("135");
            assertThat(full.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
            CriterionOutcome books = without.criterion("RC-02").orElseThrow();
            assertThat(books.pointsAwarded()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(books.status()).isEqualTo(CriterionStatus.FAILED);
            assertThat(books.explanation()).startsWith("Không có minh chứng: Số đầu sách (books)");
            assertThat(without.verdict().totalPoints()).isEqualByComparingTo("15");
            assertThat(without.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        } finally {
            scored.close();
        }
    }

    /** The club scored: a point per reader and per book, ranked Đạt from 10 points when no criterion failed. */
    private static Ruleset pointsClub() {
        String levels = FixtureKjars.fixture("club-v1", "resources/hoctap/ruleset.yaml");
        String descriptor = levels.substring(0, levels.indexOf("method: LEVELS")) + "method: POINTS\n"
                + "          requireNoFailedCriterion: true\n          ranks:\n            - code: DAT\n"
                + "              label: Đạt\n              minPointsParameter: CLUB.passMark\n";
        String parameters = FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml")
                + "CLUB.passMark:\n  label: Điểm tối thiểu\n  unit: POINTS\n  values:\n    - from: 2020-01-01\n"
                + "      value: 10\n      source: Quy định thử nghiệm\n";
        String rules = "package vn.hoctap.fixture.club\n\nimport vn.hoctap.rules.common.CriterionResult\n\n"
                + "rule \"RC-01 Điểm đọc sách\"\n    @criterionId(\"RC-01\") @inputs(\"readers\") @source(\"Quy định thử nghiệm\")\n"
                + "when\n    $c : ClubAssessment()\nthen\n    insert(CriterionResult.points(\"Điểm đọc sách\", $c.readers()));\nend\n\n"
                + "rule \"RC-02 Điểm đầu sách\"\n    @criterionId(\"RC-02\") @inputs(\"books\") @source(\"Quy định thử nghiệm\")\n"
                + "when\n    $c : ClubAssessment()\nthen\n    insert(CriterionResult.points(\"Điểm đầu sách\", $c.books()));\nend\n";
        byte[] kjar = FixtureKjars.withEntry(FixtureKjars.withEntry(FixtureKjars.withEntry(FixtureKjars.club("1.0.7"),
                "hoctap/ruleset.yaml", descriptor), "hoctap/parameters/club.yaml", parameters),
                "vn/hoctap/fixture/club/club.drl", rules);
        return new RuleEngine().load(RulesetSource.bytes(kjar, "club-points.jar"));
    }
}
