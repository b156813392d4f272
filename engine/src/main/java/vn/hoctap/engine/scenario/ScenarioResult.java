package vn.hoctap.engine.scenario;

import java.util.List;

/**
 * The run of one scenario.
 *
 * @param mismatches every expectation that was not met, in words; empty when the scenario passed
 */
public record ScenarioResult(String name, String file, List<String> mismatches) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
