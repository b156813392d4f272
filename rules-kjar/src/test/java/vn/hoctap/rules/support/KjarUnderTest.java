package vn.hoctap.rules.support;

import java.time.LocalDate;
import java.util.Map;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;

/** The kjar of this module, loaded once through the real engine from the test classpath. */
public final class KjarUnderTest {

    private static final Ruleset RULESET = load();

    private KjarUnderTest() {
    }

    public static Ruleset ruleset() {
        return RULESET;
    }

    /** Evaluates a subject with no province variant. */
    public static EvaluationResult evaluate(String title, LocalDate referenceDate, Map<String, Object> facts) {
        return evaluate(title, referenceDate, null, facts);
    }

    public static EvaluationResult evaluate(String title, LocalDate referenceDate, String provinceCode,
            Map<String, Object> facts) {
        return RULESET.evaluate(new EvaluationRequest(title, "test-subject", referenceDate, referenceDate.getYear() - 1,
                provinceCode, facts));
    }

    private static Ruleset load() {
        try {
            return new RuleEngine().load(RulesetSource.classpath(KjarUnderTest.class.getClassLoader()));
        } catch (RulesetRejectedException e) {
            StringBuilder problems = new StringBuilder("The kjar was refused:");
            for (RulesetProblem problem : e.problems()) {
                problems.append("\n  ").append(problem);
            }
            throw new IllegalStateException(problems.toString(), e);
        }
    }
}
