package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.List;
import vn.hoctap.engine.ruleset.GateReport;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetProblem.Kind;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.scenario.Expectation;
import vn.hoctap.engine.scenario.Scenario;
import vn.hoctap.engine.scenario.ScenarioReport;
import vn.hoctap.engine.scenario.ScenarioResult;

/**
 * The checks a loaded kjar must pass before it may serve, none of which can pass vacuously: every generation of every
 * title has at least one bundled scenario that expects a result; every scenario states what it expects; every scenario
 * passes; and no class or DRL file reaches outside the engine ({@link StaticCheck}).
 */
final class Gate {

    private Gate() {
    }

    static GateReport check(Ruleset ruleset, String source) {
        List<RulesetProblem> problems = new ArrayList<>(StaticCheck.check(ruleset.content()));
        coverage(ruleset, problems);
        ScenarioReport report = ScenarioRunner.run(ruleset);
        for (ScenarioResult failure : report.failures()) {
            problems.add(new RulesetProblem(Kind.SCENARIO, failure.file(), 0, "scenario \"" + failure.name() + "\": "
                    + String.join("; ", failure.mismatches())));
        }
        return new GateReport(source, ruleset.id(), problems.isEmpty(), problems, report.results());
    }

    private static void coverage(Ruleset ruleset, List<RulesetProblem> problems) {
        for (Scenario scenario : ruleset.scenarios()) {
            if (!expects(scenario.expect())) {
                problems.add(new RulesetProblem(Kind.SCENARIO, scenario.file(), 0, "scenario \"" + scenario.name()
                        + "\" states no expectation (outcome, level, rank, total points, criteria or input errors)"));
            }
        }
        for (TitleDefinition title : ruleset.titles()) {
            for (GenerationDefinition generation : title.generations()) {
                boolean covered = ruleset.scenarios().stream().anyMatch(scenario -> scenario.titleCode().equals(title.code())
                        && title.generationOn(scenario.referenceDate()).map(GenerationDefinition::id)
                                .filter(generation.id()::equals).isPresent()
                        && expectsAResult(scenario.expect()));
                if (!covered) {
                    problems.add(new RulesetProblem(Kind.SCENARIO, "hoctap/scenarios/", 0, title.code() + "/"
                            + generation.id() + " has no bundled scenario that expects a result: every generation of "
                            + "criteria needs at least one"));
                }
            }
        }
    }

    private static boolean expects(Expectation expect) {
        return expectsAResult(expect) || !expect.errors().isEmpty();
    }

    private static boolean expectsAResult(Expectation expect) {
        return expect.outcome() != null || expect.level() != null || expect.rank() != null
                || expect.totalPoints() != null || !expect.criteria().isEmpty();
    }
}
