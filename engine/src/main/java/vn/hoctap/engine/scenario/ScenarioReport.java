package vn.hoctap.engine.scenario;

import java.util.List;

/** The run of every bundled scenario of a ruleset. */
public record ScenarioReport(String ruleset, List<ScenarioResult> results) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(ScenarioResult::passed);
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }
}
