package vn.hoctap.bench.baseline;

import java.math.BigDecimal;
import java.util.Map;
import vn.hoctap.engine.evaluation.CriterionStatus;

/** What the baseline found for one criterion: status, observed values by label, explanation, points (or null). */
public record Finding(CriterionStatus status, Map<String, Object> observed, String explanation, BigDecimal points) {
}
