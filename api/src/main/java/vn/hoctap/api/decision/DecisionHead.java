package vn.hoctap.api.decision;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The current decision of a chain, with copies of the fields current-decision queries filter on. A derived index
 * kept beside the immutable decisions (one single-document upsert per new decision), not a record of its own: it can
 * be rebuilt from the decisions at any time.
 */
@org.springframework.data.mongodb.core.mapping.Document("decision_heads")
public record DecisionHead(@Id String chainKey, String decisionId, int revision, String titleCode,
        @Indexed List<String> areaPath, String provinceCode, int assessmentYear, String outcome, Integer level,
        String rank, String rulesetVersion, String rulesetSha256, Instant decidedAt) {

    static DecisionHead of(DecisionDocument decision) {
        return new DecisionHead(decision.chainKey(), decision.id(), decision.revision(), decision.titleCode(),
                decision.areaPath(), decision.provinceCode(), decision.assessmentYear(), decision.outcome(),
                decision.level(), decision.rank(), decision.ruleset().version(), decision.ruleset().sha256(),
                decision.decidedAt());
    }
}
