package vn.hoctap.api.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Writes and reads the audit log of ruleset actions ({@link RulesetAuditDocument}). */
@Service
public class RulesetAudit {

    private final MongoTemplate mongo;
    private final Clock clock;

    RulesetAudit(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(String actor, String action, String versionId, String fromVersionId, String scope, String comment,
            Map<String, Object> detail) {
        mongo.insert(new RulesetAuditDocument(UUID.randomUUID().toString(), Instant.now(clock), actor, action, versionId,
                fromVersionId, scope, comment, detail == null ? Map.of() : detail));
    }

    /** Newest first, optionally of one version. */
    public List<RulesetAuditDocument> read(String versionId, int limit) {
        Query query = new Query(versionId == null ? new Criteria()
                : new Criteria().orOperator(Criteria.where("versionId").is(versionId),
                        Criteria.where("fromVersionId").is(versionId)))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, RulesetAuditDocument.class);
    }
}
