package vn.hoctap.api.decision;

import vn.hoctap.engine.ruleset.RulesetId;

/**
 * The exact ruleset that decided: Maven coordinates, the SHA-256 of the kjar (which is also the id of its version in
 * {@code /api/v1/rulesets}) and the SHA-256 of its content (the rules as written, the same for every build of them).
 */
public record RulesetRef(String groupId, String artifactId, String version, String sha256, String contentSha256) {

    public static RulesetRef of(RulesetId id) {
        return new RulesetRef(id.groupId(), id.artifactId(), id.version(), id.sha256(), id.contentSha256());
    }
}
