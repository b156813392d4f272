package vn.hoctap.api.ruleset;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Phiên bản bộ quy tắc — one uploaded kjar, kept for ever: its coordinates, both identities (the artifact's bytes and
 * the rules' content), where it came from, and the gate's report. Its bytes are in GridFS (bucket {@code kjars}, file
 * name = artifact SHA-256). Written once; whether it serves follows from the activation events.
 *
 * @param id     the SHA-256 of the kjar bytes
 * @param passed whether the gate let it through; a refused version never serves
 * @param origin BUNDLED (the kjar shipped with the service), UPLOAD or WATCHER
 */
@Document("ruleset_versions")
public record RulesetVersionDocument(@Id String id, String groupId, String artifactId, String version,
        String contentSha256, long size, String origin, String uploadedBy, Instant uploadedAt, boolean passed,
        List<Problem> problems, int scenarios, int scenariosPassed, List<String> failedScenarios, List<String> titles) {

    /** One reason the gate gave. */
    public record Problem(String kind, String file, int line, String message) {
    }
}
