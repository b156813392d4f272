package vn.hoctap.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.evaluation.Verdict;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.ruleset.DecisionDefinition;
import vn.hoctap.engine.ruleset.LevelDefinition;
import vn.hoctap.engine.ruleset.RankDefinition;
import vn.hoctap.engine.support.Decimals;

/**
 * Applies a generation's decision rule to its criterion outcomes. Levels: a level is reached when every criterion
 * judged at that level is passed or not applicable. Points: the total is placed in the ranks whose minimum points are
 * dated parameters. Anything resting on a criterion that could not be evaluated, or on a decision parameter with no
 * value in force, is "not decidable" — never guessed.
 */
final class VerdictCalculator {

    private VerdictCalculator() {
    }

    static Verdict decide(DecisionDefinition decision, List<CriterionOutcome> outcomes,
            Map<String, ResolvedParameter> parameters, EvaluationRequest request) {
        LocalDate decisionDate = request.effectiveDecisionDate();
        List<CriterionOutcome> counted = outcomes.stream().filter(outcome -> !outcome.informative()).toList();
        boolean unconfirmed = counted.stream().anyMatch(CriterionOutcome::unconfirmed)
                || counted.stream().flatMap(outcome -> outcome.parameters().stream()).anyMatch(p -> p.unconfirmed());
        if (counted.isEmpty()) {
            String reason = decision.undecidableReason() != null ? decision.undecidableReason()
                    : "Bộ quy tắc không có chỉ tiêu nào cho danh hiệu này";
            return new Verdict(OutcomeKind.NOT_DECIDABLE, null, null, null, null, null, null, null, List.of(reason),
                    List.of(), true, null);
        }
        return switch (decision.method()) {
            case LEVELS -> requested(levels(decision, counted, parameters, decisionDate, unconfirmed), decision,
                    counted, parameters, request, unconfirmed);
            case POINTS -> points(decision, counted, parameters, decisionDate, unconfirmed);
        };
    }

    private static Verdict levels(DecisionDefinition decision, List<CriterionOutcome> counted,
            Map<String, ResolvedParameter> parameters, LocalDate decisionDate, boolean unconfirmed) {
        LevelDefinition reached = null;
        List<String> reasons = new ArrayList<>();
        boolean undecidable = false;
        for (LevelDefinition level : decision.levels()) {
            List<CriterionOutcome> atLevel = counted.stream()
                    .filter(outcome -> Objects.equals(outcome.level(), level.level())).toList();
            List<String> failed = keys(atLevel, CriterionStatus.FAILED, CriterionStatus.PARTIAL);
            List<String> unevaluated = keys(atLevel, CriterionStatus.NOT_EVALUATED);
            if (atLevel.isEmpty()) {
                reasons.add(level.label() + ": không có chỉ tiêu nào để đánh giá");
                undecidable |= reached == null;
                break;
            }
            if (!failed.isEmpty()) {
                reasons.add(level.label() + " chưa đạt: không đạt " + String.join(", ", failed));
                break;
            }
            if (!unevaluated.isEmpty()) {
                reasons.add(level.label() + " chưa thể kết luận: chưa đánh giá được " + String.join(", ", unevaluated));
                undecidable |= reached == null;
                break;
            }
            reached = level;
            reasons.add(level.label() + ": đạt tất cả " + atLevel.size() + " chỉ tiêu");
        }
        OutcomeKind outcome = reached != null ? OutcomeKind.RECOGNISED
                : undecidable ? OutcomeKind.NOT_DECIDABLE : OutcomeKind.NOT_RECOGNISED;
        Collections.reverse(reasons);
        return new Verdict(outcome, reached == null ? null : reached.level(), reached == null ? null : reached.code(),
                reached == null ? null : reached.label(), null, null, null, null, reasons, List.of(), unconfirmed,
                reached == null ? null : validUntil(decision, parameters, decisionDate));
    }

    /**
     * Hồ sơ đề nghị công nhận mức độ … — a dossier asks for one level. The level asked for is granted when it is
     * reached (a higher level reached is not granted unasked); when it is not, the subject is not recognised at that
     * level, and a lower level reached is granted only when the dossier also asks for it.
     */
    private static Verdict requested(Verdict reached, DecisionDefinition decision, List<CriterionOutcome> counted,
            Map<String, ResolvedParameter> parameters, EvaluationRequest request, boolean unconfirmed) {
        Integer asked = request.requestedLevel();
        if (asked == null || reached.outcome() == OutcomeKind.NOT_DECIDABLE && reached.level() == null) {
            return reached;
        }
        LevelDefinition level = decision.levels().stream().filter(l -> l.level() == asked).findFirst().orElseThrow();
        List<String> reasons = new ArrayList<>();
        if (reached.level() != null && reached.level() >= asked) {
            reasons.add("Đạt " + level.label() + " theo hồ sơ đề nghị công nhận " + level.label());
            if (reached.level() > asked) {
                reasons.add("Hồ sơ chỉ đề nghị " + level.label() + "; không công nhận mức cao hơn khi không có đề nghị");
            }
            reasons.addAll(reached.reasons());
            return new Verdict(OutcomeKind.RECOGNISED, level.level(), level.code(), level.label(), null, null, null, null,
                    reasons, List.of(), unconfirmed, validUntil(decision, parameters, request.effectiveDecisionDate()));
        }
        String notReached = "Không được công nhận " + level.label() + " theo hồ sơ đề nghị";
        if (reached.level() != null && request.acceptLowerLevel()) {
            reasons.add(notReached + "; công nhận " + reached.levelLabel() + " vì hồ sơ đề nghị cả mức thấp hơn");
            reasons.addAll(reached.reasons());
            return new Verdict(OutcomeKind.RECOGNISED, reached.level(), reached.levelCode(), reached.levelLabel(), null,
                    null, null, null, reasons, List.of(), unconfirmed, reached.validUntil());
        }
        reasons.add(notReached + (reached.level() != null ? " (đạt " + reached.levelLabel()
                + " nhưng hồ sơ không đề nghị mức này)" : ""));
        reasons.addAll(reached.reasons());
        OutcomeKind outcome = reached.level() == null ? reached.outcome() : undecidableAbove(counted, reached.level())
                ? OutcomeKind.NOT_DECIDABLE : OutcomeKind.NOT_RECOGNISED;
        return new Verdict(outcome, null, null, null, null, null, null, null, reasons, List.of(), unconfirmed, null);
    }

    /** Whether the level above {@code level} stopped on a criterion that could not be evaluated rather than a failure. */
    private static boolean undecidableAbove(List<CriterionOutcome> counted, int level) {
        List<CriterionOutcome> next = counted.stream().filter(outcome -> Objects.equals(outcome.level(), level + 1)).toList();
        return keys(next, CriterionStatus.FAILED, CriterionStatus.PARTIAL).isEmpty()
                && !keys(next, CriterionStatus.NOT_EVALUATED).isEmpty();
    }

    private static Verdict points(DecisionDefinition decision, List<CriterionOutcome> counted,
            Map<String, ResolvedParameter> parameters, LocalDate decisionDate, boolean unconfirmed) {
        BigDecimal total = counted.stream().map(CriterionOutcome::pointsAwarded).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = counted.stream().allMatch(outcome -> outcome.maxPoints() != null)
                ? counted.stream().map(CriterionOutcome::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        List<String> reasons = new ArrayList<>();
        List<String> unevaluated = keys(counted, CriterionStatus.NOT_EVALUATED);
        if (!unevaluated.isEmpty()) {
            reasons.add("Chưa đánh giá được " + unevaluated.size() + " chỉ tiêu (" + String.join(", ", unevaluated)
                    + "), nên tổng điểm chưa đầy đủ");
        }
        List<String> missing = decision.ranks().stream().map(RankDefinition::minPointsParameter)
                .filter(name -> !parameters.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            reasons.add("Thiếu tham số quyết định (chưa có giá trị hiệu lực): " + String.join(", ", missing));
        }
        if (decision.undecidableReason() != null && (decision.ranks().isEmpty() || !missing.isEmpty())) {
            reasons.add(decision.undecidableReason());
        }
        boolean usesUnconfirmed = unconfirmed || decision.ranks().stream().map(RankDefinition::minPointsParameter)
                .map(parameters::get).filter(Objects::nonNull).anyMatch(ResolvedParameter::unconfirmed);
        if (!reasons.isEmpty() || decision.ranks().isEmpty()) {
            return new Verdict(OutcomeKind.NOT_DECIDABLE, null, null, null, null, null, total, max, reasons, missing,
                    usesUnconfirmed, null);
        }
        List<String> failed = keys(counted, CriterionStatus.FAILED);
        if (decision.requireNoFailedCriterion() && !failed.isEmpty()) {
            reasons.add("Không đạt: chỉ tiêu không đạt mức tối thiểu " + String.join(", ", failed));
            return rejected(decision, total, max, reasons, usesUnconfirmed);
        }
        for (RankDefinition rank : decision.ranks()) {
            ResolvedParameter minimum = parameters.get(rank.minPointsParameter());
            if (total.compareTo(minimum.value() instanceof BigDecimal decimal ? decimal : BigDecimal.ZERO) >= 0) {
                reasons.add("Tổng điểm " + Decimals.vietnamese(total) + " ≥ " + minimum.display() + ": " + rank.label());
                return new Verdict(OutcomeKind.RECOGNISED, null, null, null, rank.code(), rank.label(), total, max,
                        reasons, List.of(), usesUnconfirmed, validUntil(decision, parameters, decisionDate));
            }
        }
        ResolvedParameter lowest = parameters.get(decision.ranks().get(decision.ranks().size() - 1).minPointsParameter());
        reasons.add("Tổng điểm " + Decimals.vietnamese(total) + " thấp hơn mức tối thiểu " + lowest.display());
        return rejected(decision, total, max, reasons, usesUnconfirmed);
    }

    private static Verdict rejected(DecisionDefinition decision, BigDecimal total, BigDecimal max, List<String> reasons,
            boolean unconfirmed) {
        RankDefinition failing = decision.failingRank();
        return new Verdict(OutcomeKind.NOT_RECOGNISED, null, null, null, failing == null ? null : failing.code(),
                failing == null ? null : failing.label(), total, max, reasons, List.of(), unconfirmed, null);
    }

    /** Kết quả được bảo lưu … năm kể từ năm công nhận: 31 December of the decision's year plus the retention years. */
    private static LocalDate validUntil(DecisionDefinition decision, Map<String, ResolvedParameter> parameters,
            LocalDate decisionDate) {
        ResolvedParameter years = decision.retentionYearsParameter() == null ? null
                : parameters.get(decision.retentionYearsParameter());
        if (years == null || !(years.value() instanceof BigDecimal count)) {
            return null;
        }
        return LocalDate.of(decisionDate.getYear() + count.intValue(), 12, 31);
    }

    private static List<String> keys(List<CriterionOutcome> outcomes, CriterionStatus... statuses) {
        List<CriterionStatus> wanted = List.of(statuses);
        return outcomes.stream().filter(outcome -> wanted.contains(outcome.status())).map(CriterionOutcome::key).toList();
    }
}
