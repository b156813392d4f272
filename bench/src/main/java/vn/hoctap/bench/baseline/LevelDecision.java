package vn.hoctap.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.OutcomeKind;

/**
 * The decision rule of titles with levels (TT 24/2023, TT 25/2023): level 1, then level 2, is reached when every
 * criterion of that level is passed or not applicable; a failed one stops the climb, one not evaluated makes the
 * outcome undecidable unless a lower level was reached. A recognition is valid to 31 December of the reference year
 * plus the retention years.
 */
final class LevelDecision {

    private LevelDecision() {
    }

    /** {@code byLevel}: the findings of level 1 and level 2, each keyed and in natural order of keys. */
    static Decision decide(List<Map<String, Finding>> byLevel, LocalDate referenceDate, int retentionYears) {
        Integer reached = null;
        List<String> reasons = new ArrayList<>();
        boolean undecidable = false;
        for (int i = 0; i < byLevel.size(); i++) {
            int level = i + 1;
            Map<String, Finding> findings = byLevel.get(i);
            List<String> failed = new ArrayList<>();
            List<String> unevaluated = new ArrayList<>();
            findings.forEach((key, finding) -> {
                if (finding.status() == CriterionStatus.FAILED || finding.status() == CriterionStatus.PARTIAL) {
                    failed.add(key);
                } else if (finding.status() == CriterionStatus.NOT_EVALUATED) {
                    unevaluated.add(key);
                }
            });
            if (!failed.isEmpty()) {
                reasons.add("Mức độ " + level + " chưa đạt: không đạt " + String.join(", ", failed));
                break;
            }
            if (!unevaluated.isEmpty()) {
                reasons.add("Mức độ " + level + " chưa thể kết luận: chưa đánh giá được " + String.join(", ", unevaluated));
                undecidable |= reached == null;
                break;
            }
            reached = level;
            reasons.add("Mức độ " + level + ": đạt tất cả " + findings.size() + " chỉ tiêu");
        }
        Collections.reverse(reasons);
        OutcomeKind outcome = reached != null ? OutcomeKind.RECOGNISED
                : undecidable ? OutcomeKind.NOT_DECIDABLE : OutcomeKind.NOT_RECOGNISED;
        return new Decision(outcome, reached, reached == null ? null : "MUC_DO_" + reached, null, null, null, reasons,
                reached == null ? null : LocalDate.of(referenceDate.getYear() + retentionYears, 12, 31));
    }
}
