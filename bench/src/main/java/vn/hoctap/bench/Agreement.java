package vn.hoctap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.hoctap.bench.baseline.Baseline;
import vn.hoctap.bench.baseline.BaselineResult;
import vn.hoctap.bench.baseline.Decision;
import vn.hoctap.bench.baseline.Finding;
import vn.hoctap.bench.baseline.Thresholds;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.Verdict;

/**
 * The agreement check: engine and baseline evaluate the same generated subjects and must agree on every criterion
 * (status, points, observed values, explanation) and on the verdict (outcome, level, rank, points, reasons, validity).
 * It also counts how often each criterion passes and fails, so that the data's realism can be read off.
 */
public final class Agreement {

    private static final int MAX_REPORTED = 20;

    private Agreement() {
    }

    /** The baseline of {@code kind} with the ruleset's thresholds, checked to be the same on every campaign date. */
    public static Baseline baseline(Ruleset ruleset, SubjectKind kind) {
        var first = ruleset.parameters().resolve(Subjects.REFERENCE_DATES.get(0), null);
        var last = ruleset.parameters().resolve(Subjects.REFERENCE_DATES.get(Subjects.REFERENCE_DATES.size() - 1), null);
        first.forEach((name, value) -> {
            if (!Objects.equals(value.value(), last.get(name) == null ? null : last.get(name).value())) {
                throw new IllegalStateException("parameter " + name + " changes during the campaign; the baseline "
                        + "reads one value per parameter");
            }
        });
        return Baseline.of(kind, Thresholds.of(first));
    }

    /** Checks {@code count} subjects of {@code kind} generated from {@code seed}. */
    public static Report check(Ruleset ruleset, SubjectKind kind, int count, long seed) {
        Baseline baseline = baseline(ruleset, kind);
        List<String> differences = new ArrayList<>();
        long differing = 0;
        Map<String, Map<String, Integer>> statuses = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (EvaluationRequest request : Subjects.generate(kind, count, seed)) {
            EvaluationResult engine = ruleset.evaluate(request);
            BaselineResult hand = baseline.evaluate(request);
            List<String> found = compare(engine, hand);
            if (!found.isEmpty()) {
                differing++;
                for (String difference : found) {
                    if (differences.size() < MAX_REPORTED) {
                        differences.add(request.subjectId() + ": " + difference);
                    }
                }
            }
            for (CriterionOutcome outcome : engine.criteria()) {
                statuses.computeIfAbsent(outcome.key(), key -> new TreeMap<>()).merge(outcome.status().name(), 1,
                        Integer::sum);
            }
            Verdict verdict = engine.verdict();
            outcomes.merge(verdict.outcome() + (verdict.level() == null ? "" : " " + verdict.levelCode()), 1, Integer::sum);
        }
        return new Report(kind, count, differing, differences, statuses, outcomes);
    }

    /** Every difference between the engine's result and the baseline's, in words. */
    public static List<String> compare(EvaluationResult engine, BaselineResult hand) {
        List<String> differences = new ArrayList<>();
        Map<String, Finding> expected = hand.criteria();
        if (engine.criteria().size() != expected.size()) {
            differences.add("criteria " + engine.criteria().stream().map(CriterionOutcome::key).toList() + " vs "
                    + expected.keySet());
        }
        for (CriterionOutcome outcome : engine.criteria()) {
            Finding finding = expected.get(outcome.key());
            if (finding == null) {
                differences.add(outcome.key() + ": not in the baseline");
                continue;
            }
            differ(differences, outcome.key() + " status", outcome.status(), finding.status());
            differ(differences, outcome.key() + " points", outcome.pointsAwarded(), finding.points());
            differ(differences, outcome.key() + " observed", outcome.observed(), finding.observed());
            differ(differences, outcome.key() + " explanation", outcome.explanation(), finding.explanation());
        }
        Verdict verdict = engine.verdict();
        Decision decision = hand.decision();
        differ(differences, "outcome", verdict.outcome(), decision.outcome());
        differ(differences, "level", verdict.level(), decision.level());
        differ(differences, "level code", verdict.levelCode(), decision.levelCode());
        differ(differences, "rank", verdict.rankCode(), decision.rankCode());
        differ(differences, "total points", verdict.totalPoints(), decision.totalPoints());
        differ(differences, "max points", verdict.maxPoints(), decision.maxPoints());
        differ(differences, "reasons", verdict.reasons(), decision.reasons());
        differ(differences, "valid until", verdict.validUntil(), decision.validUntil());
        return differences;
    }

    private static void differ(List<String> differences, String what, Object engine, Object baseline) {
        if (!Objects.equals(engine, baseline)) {
            differences.add(what + ": engine " + engine + " ≠ baseline " + baseline);
        }
    }

    /**
     * The result of a check.
     *
     * @param statuses how often each criterion key had each status (engine side)
     * @param outcomes how often each verdict occurred (engine side)
     */
    public record Report(SubjectKind kind, int subjects, long differing, List<String> differences,
            Map<String, Map<String, Integer>> statuses, Map<String, Integer> outcomes) {

        public boolean agrees() {
            return differing == 0;
        }

        /** A readable summary: agreement, verdicts and the share of each criterion's statuses. */
        public String summary() {
            StringBuilder text = new StringBuilder();
            text.append(kind).append(": ").append(subjects).append(" subjects, ").append(differing)
                    .append(" differing\n  verdicts: ").append(outcomes).append('\n');
            statuses.forEach((key, counts) -> text.append("  ").append(key).append(' ').append(counts).append('\n'));
            differences.forEach(difference -> text.append("  DIFFERENCE ").append(difference).append('\n'));
            return text.toString();
        }
    }
}
