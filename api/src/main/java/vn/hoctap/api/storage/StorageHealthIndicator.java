package vn.hoctap.api.storage;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers and takes durable writes: a {@code ping} within two seconds (mongo-java-server does not
 * know {@code hello}, which Spring's own MongoDB indicator sends), and, on the embedded store, whether it refuses
 * writes and why. Part of the readiness group: a DOWN store takes the instance out of service.
 */
@Component("storage")
class StorageHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final MongoTemplate mongo;
    private final Optional<EmbeddedStorage> embedded;

    StorageHealthIndicator(MongoTemplate mongo, ObjectProvider<EmbeddedStorage> embedded) {
        super("Storage health check failed");
        this.mongo = mongo;
        this.embedded = Optional.ofNullable(embedded.getIfAvailable());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        embedded.ifPresent(storage -> builder.withDetail("kind", "embedded").withDetail("file", storage.file().toString()));
        EmbeddedStorage.Fault fault = embedded.map(EmbeddedStorage::fault).orElse(null);
        try {
            CompletableFuture.supplyAsync(() -> mongo.executeCommand(new Document("ping", 1)))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            builder.down().withDetail("reason", "the database does not answer a ping within " + TIMEOUT.toSeconds()
                    + " s: " + e.getClass().getSimpleName());
            return;
        }
        if (fault != null) {
            builder.down().withDetail("reason", "writes are refused: " + fault.reason()).withDetail("since",
                    fault.since().toString());
            return;
        }
        builder.up();
    }
}
