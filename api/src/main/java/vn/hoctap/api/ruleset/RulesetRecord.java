package vn.hoctap.api.ruleset;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ruleset the service has put into service, keyed by the SHA-256 of its kjar; decisions name it by version and
 * checksum. Written once per activation of a kjar never seen before.
 */
@Document("rulesets")
public record RulesetRecord(@Id String sha256, String groupId, String artifactId, String version, String source,
        List<String> titles, Instant firstActivatedAt) {
}
