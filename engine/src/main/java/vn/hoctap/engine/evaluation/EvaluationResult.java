package vn.hoctap.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.trace.RuleFiring;

/**
 * Kết quả đánh giá — the full, self-contained result of evaluating one subject: which ruleset and generation of
 * criteria applied, the decision, every criterion with its evidence, and the rule firings. Immutable.
 */
public record EvaluationResult(String subjectId, String titleCode, String titleName, AppliedGeneration generation,
        LocalDate referenceDate, int assessmentYear, String provinceCode, RulesetId ruleset, Verdict verdict,
        List<CriterionOutcome> criteria, List<RuleFiring> trace) {

    public EvaluationResult {
        criteria = List.copyOf(criteria);
        trace = List.copyOf(trace);
    }

    /** The outcome of a criterion by key ({@code id} or {@code id@level}). */
    public Optional<CriterionOutcome> criterion(String key) {
        return criteria.stream().filter(outcome -> outcome.key().equals(key)).findFirst();
    }
}
