package vn.hoctap.engine.ruleset;

import java.util.List;
import vn.hoctap.engine.scenario.ScenarioResult;

/**
 * The verdict of the gate on a kjar: whether it may serve, and every reason it may not — compile errors, contract
 * breaches, generations without scenarios, scenarios without expectations, failed scenarios, forbidden calls — each with
 * its file and line where known, and the result of every bundled scenario that ran.
 *
 * @param ruleset identity of the kjar, or null when it could not be loaded at all
 */
public record GateReport(String source, RulesetId ruleset, boolean passed, List<RulesetProblem> problems,
        List<ScenarioResult> scenarios) {

    public GateReport {
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
    }
}
