package vn.hoctap.api.ruleset;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoctap.api.support.BsonCanonical;

/**
 * The bytes of every kjar version, in GridFS (bucket {@code kjars}), named by their SHA-256: a restarted instance, or
 * another instance on the same database, has every version. A stored file is checked against its name when read.
 */
@Component
class KjarStore {

    private final MongoTemplate mongo;

    KjarStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void put(String sha256, byte[] kjar) {
        if (bucket().find(Filters.eq("filename", sha256)).first() == null) {
            bucket().uploadFromStream(sha256, new ByteArrayInputStream(kjar),
                    new GridFSUploadOptions().metadata(new Document("contentType", "application/java-archive")));
        }
    }

    Optional<byte[]> get(String sha256) {
        if (bucket().find(Filters.eq("filename", sha256)).first() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket().downloadToStream(sha256, out);
        byte[] bytes = out.toByteArray();
        if (!BsonCanonical.hex(sha256(bytes)).equals(sha256)) {
            throw new IllegalStateException("The stored kjar " + sha256 + " does not match its checksum");
        }
        return Optional.of(bytes);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), "kjars");
    }
}
