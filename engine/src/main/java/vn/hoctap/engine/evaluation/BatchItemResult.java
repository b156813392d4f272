package vn.hoctap.engine.evaluation;

import java.util.List;
import vn.hoctap.engine.schema.FieldError;

/**
 * The result of one item of a batch: either an evaluation result or the field errors that prevented it.
 *
 * @param index position of the item in the batch, from 0
 */
public record BatchItemResult(int index, EvaluationResult result, List<FieldError> errors) {

    public BatchItemResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean evaluated() {
        return result != null;
    }
}
