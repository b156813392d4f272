package vn.hoctap.api.assessment;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.storage.StorageFailures;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.FieldProblems;
import vn.hoctap.api.web.ProblemType;

/**
 * Submits a batch item by item against the rulesets in service when the batch arrived (the same for every item): each valid item is
 * stored and decided whatever happens to the others, each invalid item is answered with its own field problems. With
 * an {@code Idempotency-Key}, item {@code i} uses the key {@code <key>#<i>}, so a retried batch replays.
 */
@Service
class BatchSubmitter {

    private static final Logger log = LoggerFactory.getLogger(BatchSubmitter.class);

    private final AssessmentService assessments;
    private final ActiveRuleset active;
    private final ObjectMapper json;
    private final Validator validator;
    private final HoctapProperties properties;

    BatchSubmitter(AssessmentService assessments, ActiveRuleset active, ObjectMapper json, Validator validator,
            HoctapProperties properties) {
        this.assessments = assessments;
        this.active = active;
        this.json = json;
        this.validator = validator;
        this.properties = properties;
    }

    BatchResult submit(JsonNode body, String submitter, String idempotencyKey) {
        JsonNode items = body == null ? null : body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("items", items == null ? "MISSING" : "WRONG_TYPE",
                    "a non-empty array of assessments is required")));
        }
        int limit = properties.http().maxBatchItems();
        if (items.size() > limit) {
            throw new ApiException(ProblemType.BATCH_TOO_LARGE, "The batch holds " + items.size()
                    + " items; at most " + limit + " are accepted per request");
        }
        List<BatchItemResult> results = new ArrayList<>(items.size());
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            for (int i = 0; i < items.size(); i++) {
                results.add(item(rulesets, i, items.get(i), submitter,
                        AssessmentService.IdempotencyKey.batchItem(idempotencyKey, i)));
            }
        }
        return BatchResult.of(results);
    }

    private BatchItemResult item(ActiveRuleset.Snapshot ruleset, int index, JsonNode node, String submitter,
            AssessmentService.IdempotencyKey key) {
        try {
            return submitItem(ruleset, index, node, submitter, key);
        } catch (RuntimeException e) {
            if (StorageFailures.isUnavailable(e)) {
                return new BatchItemResult(index, "UNAVAILABLE", null, null, null, null, null, List.of(),
                        "The database cannot store this item now; nothing was stored for it. Retry the batch with the "
                                + "same Idempotency-Key: stored items replay, the others are stored");
            }
            log.error("Batch item {} failed unexpectedly", index, e);
            return new BatchItemResult(index, "ERROR", null, null, null, null, null, List.of(),
                    "An unexpected error stopped this item; items before and after it are unaffected");
        }
    }

    private BatchItemResult submitItem(ActiveRuleset.Snapshot ruleset, int index, JsonNode node, String submitter,
            AssessmentService.IdempotencyKey key) {
        if (node == null || !node.isObject()) {
            return rejected(index, List.of(new FieldProblem("", "WRONG_TYPE", "each item must be an assessment object")));
        }
        SubmitAssessmentRequest request;
        try {
            request = json.treeToValue(node, SubmitAssessmentRequest.class);
        } catch (JsonMappingException e) {
            FieldProblem problem = FieldProblems.of(e);
            return rejected(index, List.of(problem != null ? problem
                    : new FieldProblem("", "WRONG_TYPE", "each item must be an assessment object")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return rejected(index, List.of(new FieldProblem("", "WRONG_TYPE", e.getOriginalMessage())));
        }
        List<FieldProblem> violations = validator.validate(request).stream().map(FieldProblems::of).toList();
        if (!violations.isEmpty()) {
            return rejected(index, violations);
        }
        try {
            AssessmentService.Submission submission = assessments.submit(ruleset, request, submitter, key);
            DecisionDocument decision = submission.decision();
            return new BatchItemResult(index, submission.replayed() ? "REPLAYED" : "CREATED", decision.assessmentId(),
                    decision.id(), decision.outcome(), decision.level(), decision.rank(), List.of(), null);
        } catch (ApiException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return rejected(index, e.errors());
            }
            if (e.type() == ProblemType.IDEMPOTENCY_CONFLICT) {
                return new BatchItemResult(index, "CONFLICT", null, null, null, null, null, List.of(), e.getMessage());
            }
            throw e;
        }
    }

    private static BatchItemResult rejected(int index, List<FieldProblem> errors) {
        return new BatchItemResult(index, "REJECTED", null, null, null, null, null, errors, null);
    }
}
