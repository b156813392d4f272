package vn.hoctap.api.decision;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The current decision of a chain, with copies of the fields current-decision queries filter on. A derived index
 * kept beside the immutable decisions (one single-document upsert per new decision), not a record of its own: it can
 * be rebuilt from the decisions at any time. Its compound indexes match the filters of {@code GET /api/v1/decisions}
 * (area, title, year, newest first) and of the jobs (province, title, year, in chain order); a real MongoDB uses them,
 * the embedded server ignores non-unique indexes.
 */
@org.springframework.data.mongodb.core.mapping.Document("decision_heads")
@CompoundIndex(name = "area_title_year_decided", def = "{'areaPath': 1, 'titleCode': 1, 'assessmentYear': 1, 'decidedAt': -1}")
@CompoundIndex(name = "title_year_decided", def = "{'titleCode': 1, 'assessmentYear': 1, 'decidedAt': -1}")
@CompoundIndex(name = "province_title_year", def = "{'provinceCode': 1, 'titleCode': 1, 'assessmentYear': 1, '_id': 1}")
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
