package vn.hoctap.engine.ruleset;

import java.util.Objects;

/**
 * Identity of a loaded ruleset: its Maven coordinates and the SHA-256 of the kjar it was loaded from. Two rulesets
 * with the same coordinates but different bytes have different checksums; decisions record both.
 *
 * @param sha256 lower-case hex SHA-256 of the kjar bytes (for a kjar loaded from a folder: of its files, see
 *               {@code docs/kjar-contract.md})
 */
public record RulesetId(String groupId, String artifactId, String version, String sha256) {

    public RulesetId {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
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
