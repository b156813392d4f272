package vn.hoctap.api.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.area.AreaTier;
import vn.hoctap.api.support.VietnamTime;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.ProblemType;

/**
 * Puts versions into service: for the whole country or one province, now or from an effective date, always by someone
 * other than the version's uploader (four-eyes), always with a comment. A rollback is the activation of a version that
 * served before in that scope — a new event, never a rewrite of history. This instance switches at once; the others
 * within their poll interval.
 */
@Service
public class RulesetActivations {

    private final RulesetCatalog catalog;
    private final ActiveRuleset active;
    private final MongoTemplate mongo;
    private final RulesetAudit audit;
    private final AreaRegistry areas;
    private final Clock clock;

    RulesetActivations(RulesetCatalog catalog, ActiveRuleset active, MongoTemplate mongo, RulesetAudit audit,
            AreaRegistry areas, Clock clock) {
        this.catalog = catalog;
        this.active = active;
        this.mongo = mongo;
        this.audit = audit;
        this.areas = areas;
        this.clock = clock;
    }

    /** Activates {@code versionId} in a scope, now or from {@code effectiveFrom} (00:00 in Vietnam). */
    public RulesetActivationDocument activate(String versionId, String user, String comment, LocalDate effectiveFrom,
            String province) {
        RulesetVersionDocument version = catalog.require(versionId);
        if (!version.passed()) {
            throw new ApiException(ProblemType.RULESET_REFUSED, "Ruleset version " + versionId + " was refused by the gate"
                    + " and cannot serve", List.of(), Map.of("rulesetId", versionId, "problems", version.problems()));
        }
        if (version.uploadedBy().equals(user)) {
            throw new ApiException(ProblemType.FOUR_EYES, "Ruleset version " + versionId + " was uploaded by " + user
                    + "; another POLICY_EDITOR or ADMIN must activate it");
        }
        String scope = scope(province);
        Instant effectiveAt = effectiveAt(effectiveFrom);
        checkComment(comment);
        String previous = active.versions().get(scope);
        boolean servedBefore = mongo.exists(new Query(Criteria.where("scope").is(scope).and("versionId").is(versionId)
                .and("effectiveAt").lte(clock.instant())), RulesetActivationDocument.class);
        String kind = servedBefore && !versionId.equals(previous) ? "ROLLBACK" : "ACTIVATION";
        RulesetActivationDocument event = record(scope, versionId, kind, effectiveAt, user, comment, previous);
        audit.record(user, effectiveAt.isAfter(clock.instant()) ? "SCHEDULED" : kind.equals("ROLLBACK") ? "ROLLED_BACK"
                : "ACTIVATED", versionId, previous, scope, comment, Map.of("effectiveAt", effectiveAt.toString()));
        active.refresh();
        return event;
    }

    /** A province's own rules end: from now (or the effective date) it follows the national version again. */
    public RulesetActivationDocument toNational(String province, String user, String comment, LocalDate effectiveFrom) {
        String scope = scope(province);
        if (scope.equals(RulesetActivationDocument.NATIONAL)) {
            throw ApiException.validation(List.of(new FieldProblem("province", "MISSING", "a province code is required")));
        }
        checkComment(comment);
        Instant effectiveAt = effectiveAt(effectiveFrom);
        String previous = active.versions().get(scope);
        RulesetActivationDocument event = record(scope, null, "NATIONAL", effectiveAt, user, comment, previous);
        audit.record(user, "PROVINCE_TO_NATIONAL", null, previous, scope, comment,
                Map.of("effectiveAt", effectiveAt.toString()));
        active.refresh();
        return event;
    }

    /** Every activation event, newest first. */
    public List<RulesetActivationDocument> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "recordedAt")), RulesetActivationDocument.class);
    }

    private RulesetActivationDocument record(String scope, String versionId, String kind, Instant effectiveAt, String user,
            String comment, String previous) {
        RulesetActivationDocument event = new RulesetActivationDocument(UUID.randomUUID().toString(), scope, versionId,
                kind, effectiveAt, clock.instant(), user, comment.strip(), previous);
        mongo.insert(event);
        return event;
    }

    private String scope(String province) {
        if (province == null || province.isBlank()) {
            return RulesetActivationDocument.NATIONAL;
        }
        boolean known = areas.find(province, VietnamTime.today(clock)).filter(area -> area.tier() == AreaTier.PROVINCE)
                .isPresent();
        if (!known) {
            throw ApiException.validation(List.of(new FieldProblem("province", "UNKNOWN_AREA", "no province " + province
                    + " is valid today")));
        }
        return province;
    }

    private Instant effectiveAt(LocalDate effectiveFrom) {
        Instant now = clock.instant();
        if (effectiveFrom == null) {
            return now;
        }
        if (effectiveFrom.isBefore(VietnamTime.today(clock))) {
            throw ApiException.validation(List.of(new FieldProblem("effectiveFrom", "OUT_OF_RANGE",
                    "an activation cannot take effect in the past")));
        }
        Instant at = effectiveFrom.atStartOfDay(VietnamTime.ZONE).toInstant();
        return at.isBefore(now) ? now : at;
    }

    private static void checkComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw ApiException.validation(List.of(new FieldProblem("comment", "MISSING",
                    "say why (e.g. the circular that changed the rule)")));
        }
        if (comment.length() > 2000) {
            throw ApiException.validation(List.of(new FieldProblem("comment", "OUT_OF_RANGE", "at most 2000 characters")));
        }
    }
}
