package vn.hoctap.api.job;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoctap.api.assessment.BatchItemResult;
import vn.hoctap.api.assessment.BatchSubmitter;
import vn.hoctap.api.support.JsonBson;

/**
 * The bodies of asynchronous batches of assessments, as uploaded (GridFS bucket {@code assessment_batches}), and
 * their item results, one document per chunk in {@code assessment_batch_items} ({@code _id = <run>:<first item>},
 * replaced if the chunk is done again after a crash).
 */
@Component
class AssessmentBatchUploads {

    static final String RESULTS = "assessment_batch_items";

    private final MongoTemplate mongo;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    AssessmentBatchUploads(MongoTemplate mongo, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    /** Stores a body as it streams in; returns its id once it is durable. */
    String store(InputStream body, String submitter) {
        ObjectId id = bucket().uploadFromStream("assessment-batch.json", body, new GridFSUploadOptions()
                .metadata(new Document("contentType", "application/json").append("submittedBy", submitter)));
        return id.toHexString();
    }

    InputStream open(String id) {
        return bucket().openDownloadStream(new ObjectId(id));
    }

    void delete(String id) {
        bucket().delete(new ObjectId(id));
    }

    void saveResults(String runId, int first, List<BatchItemResult> results) {
        List<Object> items = new ArrayList<>(results.size());
        results.forEach(result -> items.add(JsonBson.toDocument(json.valueToTree(result))));
        mongo.getCollection(RESULTS).replaceOne(Filters.eq("_id", runId + ":" + first), new Document("_id",
                runId + ":" + first).append("runId", runId).append("first", first).append("items", items),
                new ReplaceOptions().upsert(true));
    }

    /** The results of items {@code from} to {@code from + size - 1} that are done, in order. */
    List<BatchItemResult> results(String runId, int from, int size) {
        List<BatchItemResult> found = new ArrayList<>();
        for (Document chunk : mongo.getCollection(RESULTS).find(Filters.and(Filters.eq("runId", runId),
                Filters.gt("first", from - BatchSubmitter.CHUNK), Filters.lt("first", from + size))).sort(Sorts.ascending("first"))) {
            for (Object item : chunk.getList("items", Object.class)) {
                BatchItemResult result = json.convertValue(JsonBson.toNode((Document) item), BatchItemResult.class);
                if (result.index() >= from && result.index() < from + size) {
                    found.add(result);
                }
            }
        }
        return found;
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), "assessment_batches");
    }
}
