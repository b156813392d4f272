package vn.hoctap.engine.ruleset;

import java.util.List;

/**
 * Thrown when a ruleset cannot be put into service: it does not compile, breaks the kjar contract, or fails its
 * bundled scenarios. The ruleset in service, if any, is left untouched.
 */
public class RulesetRejectedException extends RuntimeException {

    private final String ruleset;
    private final List<RulesetProblem> problems;

    public RulesetRejectedException(String ruleset, List<RulesetProblem> problems) {
        super("Ruleset " + ruleset + " rejected: " + summary(problems));
        this.ruleset = ruleset;
        this.problems = List.copyOf(problems);
    }

    /** Coordinates (or a description of the source) of the refused ruleset. */
    public String ruleset() {
        return ruleset;
    }

    /** Every problem found, never empty. */
    public List<RulesetProblem> problems() {
        return problems;
    }

    private static String summary(List<RulesetProblem> problems) {
        if (problems.isEmpty()) {
            return "no detail";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
