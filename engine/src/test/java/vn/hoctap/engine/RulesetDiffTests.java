package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hoctap.engine.fixtures.FixtureKjars;

/** The diff a policy editor reads before activating: files, parameters old → new, fields and criteria. */
class RulesetDiffTests {

    private final RuleEngine engine = new RuleEngine();

    @Test
    void aVersionThatAddsAFieldAndACriterionShowsBothAndItsFiles() {
        try (Ruleset v1 = engine.load(RulesetSource.bytes(FixtureKjars.club("6.0.0"), "v1"));
                Ruleset v2 = engine.load(RulesetSource.bytes(FixtureKjars.club("6.1.0", "club-v2"), "v2"))) {
            RulesetDiff diff = RulesetDiff.between(v1, v2);

            assertThat(diff.fields()).singleElement().satisfies(change -> {
                assertThat(change.where()).isEqualTo("READING_CLUB/CLUB_2020");
                assertThat(change.change()).isEqualTo("ADDED");
                assertThat(change.name()).startsWith("digitalBooks (INTEGER");
            });
            assertThat(diff.criteria()).anySatisfy(change -> {
                assertThat(change.change()).isEqualTo("ADDED");
                assertThat(change.name()).startsWith("RC-04@1");
            });
            assertThat(diff.files()).extracting(RulesetDiff.FileChange::path, RulesetDiff.FileChange::change)
                    .contains(org.assertj.core.groups.Tuple.tuple("vn/hoctap/fixture/club/digital.drl", "ADDED"),
                            org.assertj.core.groups.Tuple.tuple("hoctap/parameters/digital.yaml", "ADDED"));
            assertThat(diff.parameters()).anySatisfy(change -> assertThat(change.change()).isEqualTo("ADDED"));
        }
    }

    @Test
    void aChangedThresholdShowsItsOldAndNewValuesAndTheChangedLine() {
        byte[] v1 = FixtureKjars.club("6.2.0");
        byte[] raised = FixtureKjars.withEntry(v1, "hoctap/parameters/club.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml").replace("value: 150", "value: 160"));
        try (Ruleset before = engine.load(RulesetSource.bytes(v1, "before"));
                Ruleset after = engine.load(RulesetSource.bytes(raised, "after"))) {
            RulesetDiff diff = RulesetDiff.between(before, after);

            assertThat(diff.parameters()).singleElement().satisfies(change -> {
                assertThat(change.name()).isEqualTo("CLUB.minBooks");
                assertThat(change.change()).isEqualTo("CHANGED");
                assertThat(change.before()).anySatisfy(value -> assertThat(value).startsWith("từ 2023-01-01: 150"));
                assertThat(change.after()).anySatisfy(value -> assertThat(value).startsWith("từ 2023-01-01: 160"));
            });
            assertThat(diff.files()).singleElement().satisfies(file -> {
                assertThat(file.path()).isEqualTo("hoctap/parameters/club.yaml");
                assertThat(file.lines()).containsExactly("-21:       value: 150", "+21:       value: 160");
            });
            assertThat(diff.fields()).isEmpty();
            assertThat(diff.criteria()).isEmpty();
        }
    }
}
