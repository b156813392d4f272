package vn.hoctap.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import vn.hoctap.api.integrity.Seal;

/**
 * Quyết định công nhận — one immutable decision: written once, never updated. It holds the input snapshot and its
 * SHA-256 (over canonical JSON), the full evaluation result (every criterion with its evidence, parameters and legal
 * source, and the rule firings), the ruleset's coordinates and checksum, and its place in a chain: the decisions on
 * the same title, subject and assessment year, numbered by {@code revision}; a re-evaluation names the decision it
 * supersedes. The fields outside {@code input} and {@code result} are copies for querying.
 *
 * @param chainKey  {@code titleCode|areaCode|subjectId|assessmentYear}
 * @param reason    SUBMISSION, or RE_EVALUATION of the superseded decision's assessment
 * @param integrity the seal: place in the province's ledger, hashes and MAC ({@link Seal})
 * @param decisionDate   ngày quyết định công nhận: the recognising authority's date, from which {@code validUntil} runs
 *                       (null in decisions stored before it was recorded)
 * @param requestedLevel the level the dossier asked for, or null
 * @param areaVersions   the versions ({@code code@validFrom}) of {@code areaPath}: codes were reused in the 2025 reform
 * @param rollups        the figures counted from stored lower-level decisions (or declared), with how they were counted
 * @param procedure      the dossier's filing and decision deadlines and whether they were kept, or null when the
 *                       generation sets none (and in decisions stored before deadlines were recorded)
 * @param evidenceIds    the evidence files the decision cites (their SHA-256), sorted, for finding the decisions that
 *                       cite a file; null when it cites none
 */
@org.springframework.data.mongodb.core.mapping.Document("decisions")
@CompoundIndex(name = "chain_revision", def = "{'chainKey': 1, 'revision': 1}", unique = true)
@CompoundIndex(name = "area_title_year_decided", def = "{'areaPath': 1, 'titleCode': 1, 'assessmentYear': 1, 'decidedAt': -1}")
@CompoundIndex(name = "ledger_seq", def = "{'integrity.ledger': 1, 'integrity.seq': 1}", unique = true, sparse = true)
public record DecisionDocument(@Id String id, @Indexed String assessmentId, String chainKey, int revision,
        String supersedes, String reason, String titleCode, String titleName, SubjectRef subject,
        @Indexed List<String> areaPath, String provinceCode, int assessmentYear, LocalDate referenceDate,
        String generationId, String outcome, Integer level, String levelLabel, String rank, String rankLabel,
        LocalDate validUntil, RulesetRef ruleset, Document input, String inputSha256, Document result,
        Instant decidedAt, String decidedBy, Seal integrity, LocalDate decisionDate, Integer requestedLevel,
        List<String> areaVersions, List<RollupFigure> rollups, ProcedureCheck procedure,
        @Indexed(sparse = true) List<String> evidenceIds) {

    /** The same decision at its place in its chain and ledger. */
    DecisionDocument placed(int revision, String supersedes, Seal integrity) {
        return new DecisionDocument(id, assessmentId, chainKey, revision, supersedes, reason, titleCode, titleName,
                subject, areaPath, provinceCode, assessmentYear, referenceDate, generationId, outcome, level, levelLabel,
                rank, rankLabel, validUntil, ruleset, input, inputSha256, result, decidedAt, decidedBy, integrity,
                decisionDate, requestedLevel, areaVersions, rollups, procedure, evidenceIds);
    }
}
