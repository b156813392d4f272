package vn.hoctap.api.ruleset;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Kích hoạt — an event that puts a version into service for the whole country or for one province, now or from an
 * effective time. Events are never changed or removed: a rollback is a new event naming an earlier version. The version
 * in service for a scope at a time is the one of the latest event of that scope already in effect.
 *
 * @param scope          {@value #NATIONAL}, or the GSO code of the province whose own rules these are
 * @param versionId      the version, or null for "this province follows the national rules again"
 * @param kind           ACTIVATION, ROLLBACK (to a version that served before) or NATIONAL (a province's own rules end)
 * @param previousVersionId what served in the scope when the event was recorded, or null
 */
@Document("ruleset_activations")
public record RulesetActivationDocument(@Id String id, String scope, String versionId, String kind, Instant effectiveAt,
        Instant recordedAt, String activatedBy, String comment, String previousVersionId) {

    public static final String NATIONAL = "VN";
}
