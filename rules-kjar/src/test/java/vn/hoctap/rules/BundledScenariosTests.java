package vn.hoctap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.scenario.Scenario;
import vn.hoctap.engine.scenario.ScenarioReport;
import vn.hoctap.engine.scenario.ScenarioResult;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * Runs every scenario bundled under {@code hoctap/scenarios/} through the engine — the same gate a new ruleset version
 * must pass before the service activates it — so that a broken scenario fails the build, not the activation.
 */
class BundledScenariosTests {

    private static final ScenarioReport REPORT = new RuleEngine().verify(KjarUnderTest.ruleset());

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioPasses() {
        return REPORT.results().stream().map(result -> DynamicTest.dynamicTest(result.file() + " — " + result.name(),
                () -> assertThat(result.mismatches()).as(result.name()).isEmpty()));
    }

    @Test
    void everyGenerationOfEveryTitleHasBundledScenarios() {
        Map<String, Long> perGeneration = KjarUnderTest.ruleset().scenarios().stream()
                .collect(Collectors.groupingBy(BundledScenariosTests::generationOf, Collectors.counting()));

        for (TitleDefinition title : KjarUnderTest.ruleset().titles()) {
            for (GenerationDefinition generation : title.generations()) {
                assertThat(perGeneration.getOrDefault(title.code() + "/" + generation.id(), 0L))
                        .as("scenarios for %s/%s", title.code(), generation.id()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void theGateRunsAllScenariosAndReportsNone() {
        assertThat(REPORT.results()).hasSize(KjarUnderTest.ruleset().scenarios().size()).isNotEmpty();
        assertThat(REPORT.failures()).extracting(ScenarioResult::name).isEmpty();
    }

    @Test
    void theWholeGateOfTheServicePassesThisKjar() {
        RuleEngine.Gated gated = new RuleEngine().gate(vn.hoctap.engine.RulesetSource.classpath(
                BundledScenariosTests.class.getClassLoader()));

        assertThat(gated.report().problems()).as("gate problems").isEmpty();
        assertThat(gated.report().passed()).isTrue();
        assertThat(gated.report().scenarios()).hasSize(KjarUnderTest.ruleset().scenarios().size());
        gated.ruleset().close();
    }

    private static String generationOf(Scenario scenario) {
        TitleDefinition title = KjarUnderTest.ruleset().title(scenario.titleCode()).orElseThrow();
        return title.code() + "/" + title.generationOn(scenario.referenceDate()).map(GenerationDefinition::id).orElse("none");
    }
}
