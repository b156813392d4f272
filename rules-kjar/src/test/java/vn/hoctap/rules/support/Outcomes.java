package vn.hoctap.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;

/** Assertions on criterion outcomes by key ({@code id} or {@code id@level}). */
public final class Outcomes {

    private Outcomes() {
    }

    public static CriterionOutcome criterion(EvaluationResult result, String key) {
        return result.criterion(key).orElseThrow(() -> new AssertionError("no criterion " + key + " in "
                + result.criteria().stream().map(CriterionOutcome::key).toList()));
    }

    public static void assertStatus(EvaluationResult result, String key, CriterionStatus expected) {
        CriterionOutcome outcome = criterion(result, key);
        assertThat(outcome.status()).as(key + ": " + outcome.explanation()).isEqualTo(expected);
    }
}
