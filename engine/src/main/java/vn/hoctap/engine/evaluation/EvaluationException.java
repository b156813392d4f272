package vn.hoctap.engine.evaluation;

/**
 * A defect of the ruleset found while evaluating (a criterion judged twice, a rule that loops); never caused by the
 * submitted data. Bundled scenarios are meant to catch these before activation.
 */
public class EvaluationException extends RuntimeException {

    public EvaluationException(String message) {
        super(message);
    }
}
