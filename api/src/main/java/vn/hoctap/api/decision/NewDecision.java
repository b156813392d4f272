package vn.hoctap.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.evaluation.EvaluationResult;

/**
 * What the store needs to record a decision.
 *
 * @param input        the input snapshot (title, subject, assessment year, reference date, facts)
 * @param inputSha256  SHA-256 of the snapshot's canonical JSON
 * @param areaPath     the subject's area and its ancestors on the reference date, province first
 * @param supersedes   for a re-evaluation, the decision it must supersede (it must still be current); null for a
 *                     submission, which supersedes whatever decision of the chain is current
 * @param areaVersions the versions ({@code code@validFrom}) of {@code areaPath}
 * @param decisionDate the recognition decision's date
 * @param requestedLevel the level the dossier asked for, or null
 * @param rollups      the figures counted from stored lower-level decisions
 * @param procedure    the dossier's filing and decision deadlines, or null
 * @param evidence     the evidence the assessment cites, by input field name (empty when it cites none)
 */
public record NewDecision(String assessmentId, SubjectRef subject, List<String> areaPath, JsonNode input,
        String inputSha256, EvaluationResult result, String decidedBy, String supersedes, List<String> areaVersions,
        LocalDate decisionDate, Integer requestedLevel, List<RollupFigure> rollups, ProcedureCheck procedure,
        java.util.Map<String, DecisionTrace.FieldEvidence> evidence) {

    public NewDecision {
        evidence = evidence == null ? java.util.Map.of() : java.util.Map.copyOf(evidence);
    }

    /** The ids of the evidence files cited, sorted; null when none (the decision's {@code evidenceIds}). */
    List<String> evidenceIds() {
        List<String> ids = evidence.values().stream().filter(field -> field.files() != null)
                .flatMap(field -> field.files().stream()).map(DecisionTrace.EvidenceFile::id).distinct().sorted()
                .toList();
        return ids.isEmpty() ? null : ids;
    }

    String chainKey() {
        return result.titleCode() + "|" + subject.areaCode() + "|" + subject.id() + "|" + result.assessmentYear();
    }
}
