package vn.hoctap.api.decision;

import vn.hoctap.engine.ruleset.RulesetId;

/** The exact ruleset that decided: Maven coordinates and the SHA-256 of the kjar. */
public record RulesetRef(String groupId, String artifactId, String version, String sha256) {

    public static RulesetRef of(RulesetId id) {
        return new RulesetRef(id.groupId(), id.artifactId(), id.version(), id.sha256());
    }
}
