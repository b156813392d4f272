package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import vn.hoctap.engine.fixtures.FixtureKjars;
import vn.hoctap.engine.ruleset.GateReport;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetProblem.Kind;

/**
 * The gate a kjar must pass before it may serve cannot pass vacuously: it refuses compile errors, failing scenarios,
 * a kjar without scenarios, a scenario without expectations, and rules or classes that reach outside the engine, each
 * with its reason and place; and it identifies a kjar by its rules, not by its build.
 */
class GateTests {

    private static final String SCENARIO = "hoctap/scenarios/dat.yaml";

    private final RuleEngine engine = new RuleEngine();

    private GateReport gate(byte[] kjar) {
        return ClubRulesets.gate(engine, kjar);
    }

    @Test
    void aSoundKjarPassesWithEveryScenarioRun() {
        GateReport report = gate(FixtureKjars.club("5.0.0"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.scenarios()).singleElement().satisfies(result -> assertThat(result.passed()).isTrue());
        assertThat(report.ruleset().contentSha256()).hasSize(64);
    }

    @Test
    void aCompileErrorIsRefusedWithItsFileAndLine() {
        byte[] broken = FixtureKjars.withEntry(FixtureKjars.club("5.0.1"), "vn/hoctap/fixture/club/club.drl",
                FixtureKjars.fixture("broken-drl", "resources/vn/hoctap/fixture/club/club.drl"));

        GateReport report = gate(broken);

        assertThat(report.passed()).isFalse();
        assertThat(report.ruleset()).isNull();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.COMPILATION);
            assertThat(problem.file()).isEqualTo("vn/hoctap/fixture/club/club.drl");
            assertThat(problem.line()).isEqualTo(9);
        });
    }

    @Test
    void aFailingScenarioIsRefusedNamingIt() {
        GateReport report = gate(FixtureKjars.club("5.0.2", "failing-scenario"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.SCENARIO);
            assertThat(problem.message()).contains("expected");
        });
    }

    @Test
    void aKjarWithoutScenariosIsRefused() {
        GateReport report = gate(FixtureKjars.without(FixtureKjars.club("5.0.3"), SCENARIO));

        assertThat(report.passed()).isFalse();
        assertThat(report.scenarios()).isEmpty();
        assertThat(report.problems()).extracting(RulesetProblem::message)
                .anySatisfy(message -> assertThat(message).contains("READING_CLUB/CLUB_2020 has no bundled scenario"));
    }

    @Test
    void aScenarioWithoutExpectationsIsRefused() {
        String empty = "name: Không kỳ vọng gì\ntitle: READING_CLUB\nreferenceDate: 2022-06-01\ninput:\n  members: 20\n"
                + "  readers: 10\n  books: 100\nexpect: {}\n";

        GateReport report = gate(FixtureKjars.withEntry(FixtureKjars.club("5.0.4"), SCENARIO, empty));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).extracting(RulesetProblem::message)
                .anySatisfy(message -> assertThat(message).contains("\"Không kỳ vọng gì\" states no expectation"))
                .anySatisfy(message -> assertThat(message).contains("has no bundled scenario that expects a result"));
    }

    @Test
    void aRuleThatOpensAFileIsRefusedNamingTheRuleAndLine() {
        GateReport report = gate(FixtureKjars.club("5.0.5", "forbidden-drl"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).filteredOn(problem -> problem.kind() == Kind.FORBIDDEN)
                .anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo("vn/hoctap/fixture/club/peek.drl");
                    assertThat(problem.line()).isEqualTo(9);
                    assertThat(problem.message()).contains("rule \"RC-90 Đọc tệp cấu hình máy chủ\"")
                            .contains("java.io.File");
                });
    }

    @Test
    void aClassThatStartsAProcessIsRefusedNamingTheClassMethodAndLine() {
        GateReport report = gate(FixtureKjars.club("5.0.6", "forbidden-class"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).filteredOn(problem -> problem.kind() == Kind.FORBIDDEN).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("vn/hoctap/fixture/club/Shell.class");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("vn.hoctap.fixture.club.Shell.run calls java.lang.Runtime.getRuntime");
        });
    }

    @Test
    void activationRunsTheWholeGate() {
        Ruleset forbidden = engine.load(RulesetSource.bytes(FixtureKjars.club("5.0.7", "forbidden-class"), "shell.jar"));

        assertThatThrownBy(() -> engine.activate(forbidden)).hasMessageContaining("FORBIDDEN");
        assertThat(engine.active()).isEmpty();
        forbidden.close();
    }

    @Test
    void twoBuildsOfTheSameSourcesHaveOneIdentityAndAnotherRuleAnother() throws Exception {
        byte[] first = FixtureKjars.club("5.1.0");
        Thread.sleep(1100);
        byte[] second = FixtureKjars.club("5.1.0");
        byte[] changed = FixtureKjars.withEntry(first, "hoctap/parameters/club.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml").replace("value: 150", "value: 160"));

        String identity = KjarContent.fromArchive(first).contentSha256();
        assertThat(KjarContent.fromArchive(second).contentSha256()).isEqualTo(identity);
        assertThat(KjarContent.fromArchive(changed).contentSha256()).isNotEqualTo(identity);
        assertThat(KjarContent.fromArchive(FixtureKjars.withEntry(first, "META-INF/MANIFEST.MF", "Built-By: ai đó\n"))
                .contentSha256()).as("build metadata is not part of the rules").isEqualTo(identity);
    }

    @Test
    void aRetiredRulesetClosesWhenItsLastLeaseEndsAndLeavesTheRepository() {
        Ruleset ruleset = engine.load(RulesetSource.bytes(FixtureKjars.club("5.2.0"), "club-5.2.0"));
        var releaseId = KieServices.get().newReleaseId("vn.hoctap.fixture", "club", "5.2.0");

        try (Ruleset.Lease lease = ruleset.lease()) {
            ruleset.retire();
            assertThat(ruleset.isClosed()).as("a lease still holds it").isFalse();
            assertThat(lease.ruleset().evaluate(ClubRulesets.request(java.time.LocalDate.of(2022, 6, 1), null,
                    ClubRulesets.club(20, 10, 100))).verdict()).isNotNull();
        }

        assertThat(ruleset.isClosed()).isTrue();
        assertThat(KieServices.get().getRepository().getKieModule(releaseId)).isNull();
        assertThatThrownBy(ruleset::lease).isInstanceOf(IllegalStateException.class);
        assertThat(ruleset.isRetired()).isTrue();
    }
}
