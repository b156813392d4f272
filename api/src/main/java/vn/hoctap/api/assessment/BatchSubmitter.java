package vn.hoctap.api.assessment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * Submits a batch against the rulesets in service when the batch arrived (the same for every item): each valid item
 * is stored and decided whatever happens to the others, each invalid item is answered with its own field problems.
 * With an {@code Idempotency-Key}, item {@code i} uses the key {@code <key>#<i>}, so a retried batch replays.
 *
 * <p>The body is read twice as a stream of tokens, never as one tree: a first pass checks that it is well-formed JSON
 * of the expected shape and counts the items (so a malformed or oversized batch is refused before anything is
 * stored); the second reads one item at a time and submits them in chunks of {@value #CHUNK} through
 * {@link AssessmentService#submitAll} (bounded worker pool, unordered bulk writes).
 */
@Service
public class BatchSubmitter {

    /** Items submitted together: by a batch request, and per chunk of an asynchronous batch. */
    public static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(BatchSubmitter.class);

    private final AssessmentService assessments;
    private final ActiveRuleset active;
    private final ObjectMapper json;
    private final ObjectReader itemReader;
    private final Validator validator;
    private final HoctapProperties properties;
    private final Workers workers;

    BatchSubmitter(AssessmentService assessments, ActiveRuleset active, ObjectMapper json, Validator validator,
            HoctapProperties properties, Workers workers) {
        this.assessments = assessments;
        this.active = active;
        this.json = json;
        this.itemReader = itemReader(json);
        this.validator = validator;
        this.properties = properties;
        this.workers = workers;
    }

    /** Reads one item of a batch from a parser placed on its first token (content after it is the batch's). */
    public static ObjectReader itemReader(ObjectMapper json) {
        return json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Submits a whole batch from its body and answers every item. */
    BatchResult submit(Supplier<InputStream> body, String submitter, String idempotencyKey) {
        int count = count(body, properties.http().maxBatchItems());
        List<BatchItemResult> results = new ArrayList<>(count);
        submit(body, 0, submitter, index -> AssessmentService.IdempotencyKey.batchItem(idempotencyKey, index),
                results::addAll);
        return BatchResult.of(results);
    }

    /**
     * Checks that the body is one JSON object whose {@code items} is a non-empty array of at most {@code limit}
     * items; returns how many it holds. Reads the body once, token by token.
     */
    public int count(Supplier<InputStream> body, int limit) {
        try (InputStream in = body.get(); JsonParser parser = json.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    throw malformed("content after the end of the JSON value");
                }
                throw ApiException.validation(List.of(new FieldProblem("items", "MISSING",
                        "a non-empty array of assessments is required")));
            }
            Integer items = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"items".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw ApiException.validation(List.of(new FieldProblem("items", "WRONG_TYPE",
                            "a non-empty array of assessments is required")));
                }
                int counted = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (++counted > limit) {
                        throw new ApiException(ProblemType.BATCH_TOO_LARGE, "The batch holds more than " + limit
                                + " items; at most " + limit + " are accepted per request");
                    }
                    parser.skipChildren();
                }
                items = counted;
            }
            if (parser.nextToken() != null) {
                throw malformed("content after the end of the JSON value");
            }
            if (items == null || items == 0) {
                throw ApiException.validation(List.of(new FieldProblem("items", items == null ? "MISSING" : "WRONG_TYPE",
                        "a non-empty array of assessments is required")));
            }
            return items;
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, e.getLocation() == null ? FieldProblems.reasonOf(e)
                    : "Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + FieldProblems.reasonOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits the items of a body that {@link #count} accepted, from item {@code from} on, one chunk at a time, handing
     * each chunk's results to {@code sink} once they are durable.
     */
    void submit(Supplier<InputStream> body, int from, String submitter,
            java.util.function.IntFunction<AssessmentService.IdempotencyKey> keys, Consumer<List<BatchItemResult>> sink) {
        try (ActiveRuleset.Snapshot rulesets = active.snapshot();
                InputStream in = body.get(); JsonParser parser = json.getFactory().createParser(in)) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"items".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                List<JsonNode> chunk = new ArrayList<>(CHUNK);
                int index = 0;
                int first = from;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (index++ < from) {
                        parser.skipChildren();
                        continue;
                    }
                    chunk.add(itemReader.readValue(parser));
                    if (chunk.size() == CHUNK) {
                        sink.accept(chunk(rulesets, first, chunk, submitter, keys));
                        first += chunk.size();
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    sink.accept(chunk(rulesets, first, chunk, submitter, keys));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits one chunk of a batch, items {@code first …}, against the rulesets in service now; returns their results
     * once they are durable.
     */
    public List<BatchItemResult> submitChunk(int first, List<JsonNode> nodes, String submitter,
            java.util.function.IntFunction<AssessmentService.IdempotencyKey> keys) {
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            return chunk(rulesets, first, nodes, submitter, keys);
        }
    }

    /** One chunk: items {@code first …} of the batch. */
    private List<BatchItemResult> chunk(ActiveRuleset.Snapshot rulesets, int first, List<JsonNode> nodes,
            String submitter, java.util.function.IntFunction<AssessmentService.IdempotencyKey> keys) {
        BatchItemResult[] results = new BatchItemResult[nodes.size()];
        SubmitAssessmentRequest[] requests = new SubmitAssessmentRequest[nodes.size()];
        workers.run(nodes.size(), i -> {
            requests[i] = request(nodes.get(i));
            if (requests[i] == null) {
                results[i] = rejected(first + i, problems(nodes.get(i)));
            }
        });
        List<Integer> valid = new ArrayList<>();
        List<AssessmentService.Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (requests[i] != null) {
                valid.add(i);
                items.add(new AssessmentService.Item(requests[i], keys.apply(first + i)));
            } else if (results[i] == null) {
                results[i] = rejected(first + i, List.of(new FieldProblem("", "WRONG_TYPE",
                        "each item must be an assessment object")));
            }
        }
        List<AssessmentService.ItemOutcome> outcomes;
        try {
            outcomes = assessments.submitAll(rulesets, items, submitter);
        } catch (RuntimeException e) {
            outcomes = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                outcomes.add(new AssessmentService.ItemOutcome(null, e));
            }
        }
        for (int j = 0; j < valid.size(); j++) {
            int i = valid.get(j);
            results[i] = result(first + i, outcomes.get(j));
        }
        return List.of(results);
    }

    /** The item as a valid request, or null when it is not one ({@link #problems} then says why). */
    private SubmitAssessmentRequest request(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            SubmitAssessmentRequest request = json.treeToValue(node, SubmitAssessmentRequest.class);
            return validator.validate(request).isEmpty() ? request : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private List<FieldProblem> problems(JsonNode node) {
        if (node == null || !node.isObject()) {
            return List.of(new FieldProblem("", "WRONG_TYPE", "each item must be an assessment object"));
        }
        try {
            SubmitAssessmentRequest request = json.treeToValue(node, SubmitAssessmentRequest.class);
            return validator.validate(request).stream().map(FieldProblems::of).toList();
        } catch (JsonMappingException e) {
            FieldProblem problem = FieldProblems.of(e);
            return List.of(problem != null ? problem
                    : new FieldProblem("", "WRONG_TYPE", "each item must be an assessment object"));
        } catch (JsonProcessingException e) {
            return List.of(new FieldProblem("", "WRONG_TYPE", e.getOriginalMessage()));
        }
    }

    private static BatchItemResult result(int index, AssessmentService.ItemOutcome outcome) {
        if (outcome.submission() != null) {
            DecisionDocument decision = outcome.submission().decision();
            return new BatchItemResult(index, outcome.submission().replayed() ? "REPLAYED" : "CREATED",
                    decision.assessmentId(), decision.id(), decision.outcome(), decision.level(), decision.rank(),
                    List.of(), null);
        }
        RuntimeException e = outcome.failure();
        if (e instanceof ApiException api && api.type() == ProblemType.VALIDATION) {
            return rejected(index, api.errors());
        }
        if (e instanceof ApiException api && api.type() == ProblemType.IDEMPOTENCY_CONFLICT) {
            return new BatchItemResult(index, "CONFLICT", null, null, null, null, null, List.of(), api.getMessage());
        }
        if (StorageFailures.isUnavailable(e)
                || e instanceof ApiException api && api.type() == ProblemType.SERVICE_UNAVAILABLE) {
            return new BatchItemResult(index, "UNAVAILABLE", null, null, null, null, null, List.of(),
                    "The database cannot store this item now; nothing was stored for it. Retry the batch with the "
                            + "same Idempotency-Key: stored items replay, the others are stored");
        }
        log.error("Batch item {} failed unexpectedly", index, e);
        return new BatchItemResult(index, "ERROR", null, null, null, null, null, List.of(),
                "An unexpected error stopped this item; items before and after it are unaffected");
    }

    private static BatchItemResult rejected(int index, List<FieldProblem> errors) {
        return new BatchItemResult(index, "REJECTED", null, null, null, null, null, errors, null);
    }

    private static ApiException malformed(String reason) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, "Malformed batch: " + reason);
    }
}
