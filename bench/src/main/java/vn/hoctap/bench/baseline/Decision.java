package vn.hoctap.bench.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.evaluation.OutcomeKind;

/** The baseline's verdict: outcome, level or rank reached, total points, reasons and end of validity. */
public record Decision(OutcomeKind outcome, Integer level, String levelCode, String rankCode, BigDecimal totalPoints,
        BigDecimal maxPoints, List<String> reasons, LocalDate validUntil) {
}
