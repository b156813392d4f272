package vn.hoctap.api.decision;

import java.util.List;
import java.util.Map;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;

/** A re-evaluation of a decision that is no longer the current one of its chain. */
public class DecisionSupersededException extends ApiException {

    public DecisionSupersededException(String decisionId, String currentId) {
        super(ProblemType.DECISION_SUPERSEDED, "Decision " + decisionId + " is superseded; the current decision is "
                + currentId, List.of(), Map.of("currentDecisionId", currentId));
    }
}
