package vn.hoctap.rules.support;

import java.time.LocalDate;
import java.util.Map;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;

/** The kjar of this module, loaded once through the real engine from the test classpath. */
public final class KjarUnderTest {

    private static final Ruleset RULESET = new RuleEngine().load(RulesetSource.classpath(KjarUnderTest.class.getClassLoader()));

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
}
