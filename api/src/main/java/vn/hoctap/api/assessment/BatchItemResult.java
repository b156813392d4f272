package vn.hoctap.api.assessment;

import java.util.List;
import vn.hoctap.api.web.FieldProblem;

/**
 * The fate of one item of a batch.
 *
 * @param status     CREATED (stored and decided), REPLAYED (an earlier identical submission under the same key),
 *                   REJECTED (field errors; nothing stored), CONFLICT (idempotency key reused for another body) or
 *                   ERROR (an unexpected failure of this item only; logged)
 * @param errors     the item's field problems, paths relative to the item
 * @param detail     a sentence for CONFLICT and ERROR
 */
public record BatchItemResult(int index, String status, String assessmentId, String decisionId, String outcome,
        Integer level, String rank, List<FieldProblem> errors, String detail) {
}
