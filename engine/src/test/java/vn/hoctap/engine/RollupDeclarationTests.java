package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;

/**
 * A kjar's roll-up declarations ({@code rollups:} of a generation) are checked at load: the descriptor's own shape
 * (no field declared twice, a child tier for child areas, an area count for a registry denominator, no denominator for
 * a date), and against the input record and the titles (the field exists, is optional and of the type its measure
 * fills, the denominator is a whole-number field, the titles counted exist and have the minimum level).
 */
class RollupDeclarationTests {

    @Test
    void aRollupMustFillAnOptionalFieldOfItsMeasuresTypeAndCountKnownTitlesAtAKnownLevel() {
        RulesetRejectedException refused = refused("1.6.0", """
                rollups:
                  - field: readers
                    label: Số thành viên đọc thường xuyên (đếm)
                    measure: COUNT
                    of: [READING_CLUB]
                    relation: MEMBERS
                    source: Quy định thử nghiệm 1/2020, Điều 4
                  - field: leader
                    label: Người phụ trách (đếm)
                    measure: COUNT
                    of: [NO_SUCH_TITLE]
                    relation: MEMBERS
                    denominator: {field: leader, from: DECLARED}
                    source: Quy định thử nghiệm 1/2020, Điều 4
                  - field: noSuchField
                    label: Không có
                    measure: EARLIEST_DECISION_DATE
                    of: [READING_CLUB]
                    minLevel: 3
                    relation: SAME_SUBJECT
                    source: Quy định thử nghiệm 1/2020, Điều 4
                """);

        assertThat(refused.problems()).allSatisfy(problem ->
                assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.CONTRACT));
        assertThat(refused.problems()).extracting(RulesetProblem::message).contains(
                "READING_CLUB/CLUB_2020 rollup readers: must be an optional INTEGER field (a reference type such as "
                        + "Long or LocalDate), is required INTEGER",
                "READING_CLUB/CLUB_2020 rollup leader: must be an optional INTEGER field (a reference type such as "
                        + "Long or LocalDate), is TEXT",
                "READING_CLUB/CLUB_2020 rollup leader: denominator leader must be an INTEGER field of the input record",
                "READING_CLUB/CLUB_2020 rollup leader: counts unknown title NO_SUCH_TITLE",
                "READING_CLUB/CLUB_2020 rollup noSuchField: the input record has no such field",
                "READING_CLUB/CLUB_2020 rollup noSuchField: no generation of READING_CLUB has level 3");
    }

    @Test
    void theDescriptorRefusesARollupDeclaredTwiceOrMissingWhatItsRelationOrDenominatorNeeds() {
        assertThat(message("1.6.1", """
                rollups:
                  - {field: books, label: A, measure: COUNT, of: [READING_CLUB], relation: MEMBERS, source: S}
                  - {field: books, label: B, measure: COUNT, of: [READING_CLUB], relation: MEMBERS, source: S}
                """)).contains("rollup books: declared twice");
        assertThat(message("1.6.2", """
                rollups:
                  - {field: books, label: A, measure: COUNT, of: [READING_CLUB], relation: CHILD_AREAS, source: S}
                """)).contains("rollup books: relation CHILD_AREAS needs childTier");
        assertThat(message("1.6.3", """
                rollups:
                  - field: books
                    label: A
                    measure: COUNT
                    of: [READING_CLUB]
                    relation: WITHIN_AREA
                    denominator: {field: members, from: AREA_COUNT, count: bicycles}
                    source: S
                """)).contains("rollup books: denominator from AREA_COUNT needs count, one of");
        assertThat(message("1.6.4", """
                rollups:
                  - field: books
                    label: A
                    measure: EARLIEST_DECISION_DATE
                    of: [READING_CLUB]
                    relation: SAME_SUBJECT
                    denominator: {field: members, from: DECLARED}
                    source: S
                """)).contains("rollup books: a date has no denominator");
        assertThat(message("1.6.5", """
                rollups:
                  - {field: books, label: A, measure: SUM, of: [READING_CLUB], relation: MEMBERS, source: S}
                """)).contains("measure must be one of");
    }

    private static String message(String version, String rollups) {
        return String.join("\n", refused(version, rollups).problems().stream().map(RulesetProblem::message).toList());
    }

    private static RulesetRejectedException refused(String version, String rollups) {
        return catchThrowableOfType(RulesetRejectedException.class,
                () -> ClubVariants.load(version, rollups, "").close());
    }
}
