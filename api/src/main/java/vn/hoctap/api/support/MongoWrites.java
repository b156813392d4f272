package vn.hoctap.api.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;

/** Bulk writes whose duplicate keys mean "already there", not a failure. */
public final class MongoWrites {

    private MongoWrites() {
    }

    /**
     * Inserts every document not stored yet, in one unordered bulk insert: a document whose id is already taken (by a
     * retry or another writer storing the same content) is skipped; any other write error is thrown.
     */
    public static void insertNew(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!onlyDuplicates(e)) {
                throw e;
            }
        }
    }

    /** Whether every error of a bulk write is a duplicate key. */
    public static boolean onlyDuplicates(MongoBulkWriteException e) {
        return e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
}
