package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.scenario.Expectation;
import vn.hoctap.engine.scenario.Scenario;
import vn.hoctap.engine.scenario.ScenarioReport;
import vn.hoctap.engine.scenario.ScenarioResult;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;

/** Runs a ruleset's bundled scenarios and lists, per scenario, every expectation that was not met. */
final class ScenarioRunner {

    private ScenarioRunner() {
    }

    static ScenarioReport run(Ruleset ruleset) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : ruleset.scenarios()) {
            results.add(new ScenarioResult(scenario.name(), scenario.file(), mismatches(ruleset, scenario)));
        }
        return new ScenarioReport(ruleset.id().gav(), results);
    }

    private static List<String> mismatches(Ruleset ruleset, Scenario scenario) {
        EvaluationRequest request = new EvaluationRequest(scenario.titleCode(), scenario.subjectId(),
                scenario.referenceDate(), scenario.assessmentYear(), scenario.provinceCode(), scenario.input());
        Expectation expect = scenario.expect();
        List<String> mismatches = new ArrayList<>();
        try {
            EvaluationResult result = ruleset.evaluate(request);
            if (!expect.errors().isEmpty()) {
                mismatches.add("expected input errors " + expect.errors() + " but the input was accepted");
                return mismatches;
            }
            compare(mismatches, "generation", expect.generation(), result.generation().id());
            compare(mismatches, "outcome", expect.outcome(), result.verdict().outcome().name());
            compare(mismatches, "level", expect.level(), result.verdict().level());
            compare(mismatches, "rank", expect.rank(), result.verdict().rankCode());
            if (expect.totalPoints() != null && (result.verdict().totalPoints() == null
                    || expect.totalPoints().compareTo(result.verdict().totalPoints()) != 0)) {
                mismatches.add("totalPoints: expected " + expect.totalPoints() + ", got " + result.verdict().totalPoints());
            }
            for (Map.Entry<String, String> criterion : expect.criteria().entrySet()) {
                String actual = result.criterion(criterion.getKey()).map(CriterionOutcome::status).map(Enum::name)
                        .orElse("absent");
                compare(mismatches, criterion.getKey(), criterion.getValue(), actual);
            }
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> error : expect.errors()) {
                boolean found = e.errors().stream().anyMatch(actual -> actual.field().equals(error.getKey())
                        && actual.reason().name().equals(error.getValue()));
                if (!found) {
                    mismatches.add("expected error " + error.getKey() + " " + error.getValue());
                }
            }
            if (expect.errors().isEmpty()) {
                mismatches.add("input refused: " + e.errors().stream().map(FieldError::toString).toList());
            }
        } catch (RuntimeException e) {
            mismatches.add("evaluation failed: " + e);
        }
        return mismatches;
    }

    private static void compare(List<String> mismatches, String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
