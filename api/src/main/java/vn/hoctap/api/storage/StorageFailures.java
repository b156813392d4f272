package vn.hoctap.api.storage;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Recognises, in an exception's chain, a database that cannot take a write now — the embedded server refusing it
 * ({@link EmbeddedStorage#ERROR_NAME}), a real MongoDB unreachable, without a primary, or unable to satisfy the write
 * concern — as opposed to a defect of the request or of the service.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable link = failure; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof MongoCommandException command
                    && (command.getErrorCode() == EmbeddedStorage.ERROR_CODE
                            || EmbeddedStorage.ERROR_NAME.equals(command.getErrorCodeName()))) {
                return true;
            }
            if (link instanceof MongoWriteException write && write.getError().getCode() == EmbeddedStorage.ERROR_CODE) {
                return true;
            }
            if (link instanceof MongoSocketException || link instanceof MongoTimeoutException
                    || link instanceof MongoWriteConcernException || link instanceof MongoNotPrimaryException
                    || link instanceof MongoNodeIsRecoveringException
                    || link instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
