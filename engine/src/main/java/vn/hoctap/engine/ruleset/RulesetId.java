package vn.hoctap.engine.ruleset;

import java.util.Objects;

/**
 * Identity of a loaded ruleset: its Maven coordinates, the SHA-256 of the kjar it was loaded from, and the SHA-256 of
 * its content (the rules as written, the same for two builds of the same sources); decisions record all three.
 *
 * @param sha256        lower-case hex SHA-256 of the kjar bytes (for a kjar loaded from a folder: of its files, see
 *                      {@code docs/kjar-contract.md})
 * @param contentSha256 lower-case hex SHA-256 of the rule-bearing entries (DRL, YAML, kmodule, hand-written classes)
 */
public record RulesetId(String groupId, String artifactId, String version, String sha256, String contentSha256) {

    public RulesetId {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }

    /** {@code groupId:artifactId:version}. */
    public String gav() {
        return groupId + ":" + artifactId + ":" + version;
    }

    @Override
    public String toString() {
        return gav() + " (sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + "…)";
    }
}
