package vn.hoctap.api.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import vn.hoctap.api.assessment.BatchSubmitter;

/**
 * The items of an uploaded batch of assessments, read one at a time from its stored body (never the whole body). The
 * index of the next item is the step's checkpoint, so a restarted step continues after the last committed chunk.
 */
class UploadReader implements ItemStreamReader<UploadReader.Item> {

    private static final String POSITION = "upload.position";

    /** One item of the upload and its index in the batch. */
    record Item(int index, JsonNode node) {
    }

    private final AssessmentBatchUploads uploads;
    private final Runs runs;
    private final ObjectMapper json;
    private final ObjectReader itemReader;
    private final String runId;
    private InputStream in;
    private JsonParser parser;
    private int position;
    private boolean finished;

    UploadReader(AssessmentBatchUploads uploads, Runs runs, ObjectMapper json, String runId) {
        this.uploads = uploads;
        this.runs = runs;
        this.json = json;
        this.itemReader = BatchSubmitter.itemReader(json);
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext context) {
        RunDocument run = runs.require(runId);
        position = context.getInt(POSITION, 0);
        finished = false;
        try {
            in = uploads.open(run.versionId());
            parser = json.getFactory().createParser(in);
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if ("items".equals(name)) {
                    break;
                }
                parser.skipChildren();
            }
            for (int skipped = 0; skipped < position; skipped++) {
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.started(runId, Runs.NO_PROVINCE, runs.parts(runId).get(0).total());
    }

    @Override
    public Item read() {
        try {
            if (finished) {
                return null;
            }
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                finished = true;
                return null;
            }
            JsonNode node = itemReader.readValue(parser);
            return new Item(position++, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parser = null;
            in = null;
        }
    }
}
