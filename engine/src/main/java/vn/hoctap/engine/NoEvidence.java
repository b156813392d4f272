package vn.hoctap.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.schema.InputSchema;

/**
 * Không có minh chứng — judges every criterion that reads a field without evidence as failed with no points, after
 * the rules ran: Thông tư 24/2023 and 25/2023 count a target without suitable evidence as not met, and Thông tư
 * 44/2014, Điều 4 gives "các tiêu chí không có minh chứng phù hợp" no points. A criterion's fields are its rules'
 * {@code @inputs}; the rule's own finding (made on the neutral value the field was bound to) is replaced, never shown
 * as if it were the evidence's. Stateless.
 */
final class NoEvidence {

    static final String REASON = "Không có minh chứng";

    private NoEvidence() {
    }

    /** The outcomes, each one reading a field of {@code withoutEvidence} replaced by its failure. */
    static List<CriterionOutcome> apply(List<CriterionOutcome> outcomes, Set<String> withoutEvidence,
            InputSchema schema) {
        if (withoutEvidence.isEmpty()) {
            return outcomes;
        }
        List<CriterionOutcome> judged = new ArrayList<>(outcomes.size());
        for (CriterionOutcome outcome : outcomes) {
            List<String> missing = outcome.inputs() == null ? List.of()
                    : outcome.inputs().keySet().stream().filter(withoutEvidence::contains).toList();
            judged.add(missing.isEmpty() ? outcome : failed(outcome, missing, schema));
        }
        return judged;
    }

    private static CriterionOutcome failed(CriterionOutcome outcome, List<String> missing, InputSchema schema) {
        List<String> labels = missing.stream()
                .map(name -> schema.field(name).map(field -> field.label() + " (" + name + ")").orElse(name)).toList();
        BigDecimal points = outcome.pointsAwarded() == null && outcome.maxPoints() == null ? null : BigDecimal.ZERO;
        String explanation = REASON + ": " + String.join(", ", labels)
                + " — chỉ tiêu không đạt, không được chấm điểm";
        return new CriterionOutcome(outcome.criterionId(), outcome.level(), outcome.name(), CriterionStatus.FAILED,
                points, outcome.maxPoints(), outcome.observed(), outcome.inputs(), outcome.required(), explanation,
                outcome.ruleName(), outcome.resource(), outcome.legalSource(), outcome.unconfirmed(), outcome.note(),
                outcome.parameters(), outcome.fired(), outcome.informative(), missing, outcome.observedNames());
    }
}
