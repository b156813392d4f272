package vn.hoctap.api.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;
import vn.hoctap.api.assessment.AssessmentService;
import vn.hoctap.api.assessment.BatchItemResult;
import vn.hoctap.api.assessment.BatchSubmitter;

/**
 * Submits each chunk of an uploaded batch ({@link BatchSubmitter#submitChunk}: bounded worker pool, bulk writes), keeps
 * the chunk's item results ({@link AssessmentBatchUploads#saveResults}) and publishes the counts by status. Item
 * {@code i} of batch {@code b} is submitted under the idempotency key {@code b#i} of its own namespace, so a chunk
 * done again after a crash replays instead of storing twice.
 */
class UploadWriter implements ItemStreamWriter<UploadReader.Item> {

    private static final String STATE = "upload.counts";

    private final BatchSubmitter submitter;
    private final AssessmentBatchUploads uploads;
    private final Runs runs;
    private final String runId;
    private StepExecution step;
    private String requestedBy;
    private long done;
    private final Map<String, Long> counts = new TreeMap<>();

    UploadWriter(BatchSubmitter submitter, AssessmentBatchUploads uploads, Runs runs, String runId) {
        this.submitter = submitter;
        this.uploads = uploads;
        this.runs = runs;
        this.runId = runId;
    }

    @BeforeStep
    void step(StepExecution execution) {
        this.step = execution;
    }

    @Override
    public void open(ExecutionContext context) {
        requestedBy = runs.require(runId).requestedBy();
        counts.clear();
        done = 0;
        if (context.containsKey(STATE)) {
            for (String entry : context.getString(STATE).split(",")) {
                if (!entry.isEmpty()) {
                    String[] pair = entry.split("=");
                    counts.put(pair[0], Long.parseLong(pair[1]));
                    done += Long.parseLong(pair[1]);
                }
            }
        }
    }

    @Override
    public void write(Chunk<? extends UploadReader.Item> chunk) {
        List<JsonNode> nodes = new ArrayList<>(chunk.size());
        chunk.forEach(item -> nodes.add(item.node()));
        int first = chunk.getItems().get(0).index();
        List<BatchItemResult> results = submitter.submitChunk(first, nodes, requestedBy,
                index -> new AssessmentService.IdempotencyKey("async-batch", runId + "#" + index));
        uploads.saveResults(runId, first, results);
        results.forEach(result -> counts.merge(result.status(), 1L, Long::sum));
        done += results.size();
        if (!runs.progress(runId, Runs.NO_PROVINCE, done, counts.getOrDefault("CREATED", 0L),
                done - counts.getOrDefault("CREATED", 0L), Map.of(), counts, List.of())) {
            step.setTerminateOnly();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        StringBuilder state = new StringBuilder();
        counts.forEach((status, count) -> state.append(state.isEmpty() ? "" : ",").append(status).append('=').append(count));
        context.putString(STATE, state.toString());
    }
}
