package vn.hoctap.engine.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision the criteria lead to.
 *
 * @param level              highest level reached (LEVELS titles), or null
 * @param rankCode           rank reached (POINTS titles), e.g. {@code TOT}, or null
 * @param totalPoints        total points awarded (POINTS titles), or null
 * @param maxPoints          total of the known maximum points, or null
 * @param reasons            why the outcome is what it is, in Vietnamese, most important first
 * @param missingParameters  decision parameters with no value in force (why an outcome is not decidable)
 * @param restsOnUnconfirmed whether any criterion or parameter the decision used is marked unconfirmed
 * @param validUntil         end of the retention period of a recognition, or null
 */
public record Verdict(OutcomeKind outcome, Integer level, String levelCode, String levelLabel, String rankCode,
        String rankLabel, BigDecimal totalPoints, BigDecimal maxPoints, List<String> reasons,
        List<String> missingParameters, boolean restsOnUnconfirmed, LocalDate validUntil) {

    public Verdict {
        reasons = List.copyOf(reasons);
        missingParameters = List.copyOf(missingParameters);
    }
}
