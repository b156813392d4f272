package vn.hoctap.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.api.integrity.Seal;
import vn.hoctap.api.support.JsonBson;

/**
 * A decision as the API shows it. The summary fields are always present; {@code input} and {@code result} (the whole
 * trace: verdict, every criterion with observed values, requirement, parameters, rule, DRL resource and legal source,
 * and the rule firings) only when a single decision is read.
 *
 * @param current      whether no later decision supersedes it
 * @param supersededBy the decision that superseded it, if any
 * @param integrity    its seal: ledger position, hashes, key id and MAC ({@code GET …/verification} checks it)
 * @param sealStatus   the seal checked when the decision was read: VALID, or what is wrong (full view only)
 * @param decisionDate   ngày quyết định công nhận, from which {@code validUntil} runs
 * @param requestedLevel the level the dossier asked for, or null
 * @param areaVersions   the versions ({@code code@validFrom}) of the areas in {@code areaPath}
 * @param rollups        the figures counted from stored lower-level decisions, with how they were counted
 * @param procedure      hạn nộp hồ sơ và ra quyết định, and whether the filing and the decision kept them, or null
 */
public record DecisionView(String id, String assessmentId, int revision, String reason, String supersedes,
        String supersededBy, boolean current, String titleCode, String titleName, SubjectRef subject,
        List<String> areaPath, int assessmentYear, LocalDate referenceDate, String generationId, String outcome,
        Integer level, String levelLabel, String rank, String rankLabel, LocalDate validUntil, RulesetRef ruleset,
        Instant decidedAt, String decidedBy, String inputSha256, Seal integrity, String sealStatus, LocalDate decisionDate,
        Integer requestedLevel, List<String> areaVersions, List<RollupFigure> rollups, ProcedureCheck procedure,
        JsonNode input, JsonNode result) {

    /** The full view, with the seal's status, input snapshot and trace ({@link DecisionStore#trace}). */
    public static DecisionView full(DecisionDocument decision, String supersededBy, String sealStatus, JsonNode trace) {
        return of(decision, supersededBy, sealStatus, JsonBson.toNode(decision.input()), trace);
    }

    /** The summary view, without input snapshot and trace. */
    public static DecisionView summary(DecisionDocument decision, String supersededBy) {
        return of(decision, supersededBy, null, null, null);
    }

    private static DecisionView of(DecisionDocument decision, String supersededBy, String sealStatus, JsonNode input,
            JsonNode result) {
        return new DecisionView(decision.id(), decision.assessmentId(), decision.revision(), decision.reason(),
                decision.supersedes(), supersededBy, supersededBy == null, decision.titleCode(), decision.titleName(),
                decision.subject(), decision.areaPath(), decision.assessmentYear(), decision.referenceDate(),
                decision.generationId(), decision.outcome(), decision.level(), decision.levelLabel(), decision.rank(),
                decision.rankLabel(), decision.validUntil(), decision.ruleset(), decision.decidedAt(),
                decision.decidedBy(), decision.inputSha256(), decision.integrity(), sealStatus, decision.decisionDate(),
                decision.requestedLevel(), decision.areaVersions(), decision.rollups(), decision.procedure(), input, result);
    }
}
