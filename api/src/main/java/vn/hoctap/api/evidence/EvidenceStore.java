package vn.hoctap.api.evidence;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoctap.api.support.CanonicalJson;

/**
 * The evidence files: bytes in the GridFS bucket {@value #BUCKET}, metadata in the collection {@code evidence} under
 * the bytes' SHA-256. Storing is idempotent by content and race-free: the bytes are uploaded under a fresh GridFS id,
 * then the metadata is inserted; if another upload of the same bytes inserted first, this upload's GridFS file is
 * deleted and the first one answers. Nothing is ever updated.
 */
@Component
public class EvidenceStore {

    static final String BUCKET = "evidence";
    /** The stored decisions list the evidence they cite in this field (see {@code DecisionDocument}). */
    static final String CITED_IN = "evidenceIds";

    private final MongoTemplate mongo;
    private final Clock clock;

    EvidenceStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The evidence stored, and whether this call stored it (false: the same bytes were already there). */
    record Stored(EvidenceDocument evidence, boolean created) {
    }

    Stored store(byte[] bytes, String name, String contentType, String uploader) {
        String sha256 = CanonicalJson.sha256(bytes);
        Optional<EvidenceDocument> existing = find(sha256);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        ObjectId file = bucket().uploadFromStream(name, new ByteArrayInputStream(bytes), new GridFSUploadOptions()
                .metadata(new Document("contentType", contentType).append("sha256", sha256)));
        EvidenceDocument evidence = new EvidenceDocument(sha256, name, contentType, bytes.length, sha256,
                file.toHexString(), uploader, Instant.now(clock));
        try {
            return new Stored(mongo.insert(evidence), true);
        } catch (DuplicateKeyException e) {
            bucket().delete(file);
            return new Stored(find(sha256).orElseThrow(() -> e), false);
        }
    }

    /** One evidence file's metadata. */
    public Optional<EvidenceDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EvidenceDocument.class));
    }

    /** The metadata of those of {@code ids} that exist, by id. */
    public Map<String, EvidenceDocument> findAll(Collection<String> ids) {
        Map<String, EvidenceDocument> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(ids)), EvidenceDocument.class)
                    .forEach(evidence -> found.put(evidence.id(), evidence));
        }
        return found;
    }

    InputStream open(EvidenceDocument evidence) {
        return bucket().openDownloadStream(new ObjectId(evidence.gridFsId()));
    }

    /** The ids of the decisions that cite the evidence, oldest first. */
    List<String> citedBy(String id) {
        List<String> decisions = new ArrayList<>();
        mongo.getCollection("decisions").find(Filters.eq(CITED_IN, id)).projection(Projections.include("_id"))
                .forEach(document -> decisions.add(document.getString("_id")));
        return decisions;
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), BUCKET);
    }
}
