package vn.hoctap.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * Quyết định công nhận — one immutable decision: written once, never updated. It holds the input snapshot and its
 * SHA-256 (over canonical JSON), the full evaluation result (every criterion with its evidence, parameters and legal
 * source, and the rule firings), the ruleset's coordinates and checksum, and its place in a chain: the decisions on
 * the same title, subject and assessment year, numbered by {@code revision}; a re-evaluation names the decision it
 * supersedes. The fields outside {@code input} and {@code result} are copies for querying.
 *
 * @param chainKey {@code titleCode|areaCode|subjectId|assessmentYear}
 * @param reason   SUBMISSION, or RE_EVALUATION of the superseded decision's assessment
 */
@org.springframework.data.mongodb.core.mapping.Document("decisions")
@CompoundIndex(name = "chain_revision", def = "{'chainKey': 1, 'revision': 1}", unique = true)
public record DecisionDocument(@Id String id, @Indexed String assessmentId, String chainKey, int revision,
        @Indexed String supersedes, String reason, String titleCode, String titleName, SubjectRef subject,
        @Indexed List<String> areaPath, String provinceCode, int assessmentYear, LocalDate referenceDate,
        String generationId, String outcome, Integer level, String levelLabel, String rank, String rankLabel,
        LocalDate validUntil, RulesetRef ruleset, Document input, String inputSha256, Document result,
        Instant decidedAt, String decidedBy) {
}
