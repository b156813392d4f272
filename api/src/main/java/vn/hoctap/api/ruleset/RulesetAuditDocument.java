package vn.hoctap.api.ruleset;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Nhật ký — one action on rulesets: who, when, on which version, from which version to which, why, and what came of
 * it. Actions: UPLOADED, GATE_PASSED, GATE_REFUSED, PREVIEW_STARTED, PREVIEW_FINISHED, ACTIVATED, SCHEDULED,
 * ROLLED_BACK, PROVINCE_TO_NATIONAL, SERVING (an instance switched), REEVALUATION_STARTED, REEVALUATION_FINISHED,
 * REEVALUATION_CANCELLED. Insert-only.
 */
@Document("ruleset_audit")
public record RulesetAuditDocument(@Id String id, Instant at, String actor, String action, String versionId,
        String fromVersionId, String scope, String comment, Map<String, Object> detail) {
}
