package vn.hoctap.api.config;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoctap.api.storage.EmbeddedStorage;
import vn.hoctap.api.storage.StorageProperties;

/**
 * The embedded default: without {@code spring.data.mongodb.uri}, an in-process MongoDB wire-protocol server
 * (mongo-java-server) on {@link EmbeddedStorage} — an H2 file in the data directory, committed to disk before every
 * write is acknowledged — bound to the loopback interface. The real MongoDB Java driver talks to it exactly as to a real
 * server. Single-user: any process on this machine can connect to the port (there is no authentication); tamper
 * evidence on decisions detects writes that bypass the service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.data.mongodb", name = "uri", havingValue = "__never__", matchIfMissing = true)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedStorage embeddedStorage(HoctapProperties properties, StorageProperties storage, Clock clock) {
        return new EmbeddedStorage(properties.dataDirectory().resolve("hoctap-mongo.mv.db"),
                storage.minFreeSpace().toBytes(), (int) Math.max(1, storage.embeddedCache().toMegabytes()), clock);
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(EmbeddedStorage storage) {
        MongoServer server = new MongoServer(storage);
        server.bind("127.0.0.1", 0);
        log.info("Embedded MongoDB-compatible server on {} (loopback only) with data in {}", server.getLocalAddress(),
                storage.file());
        return server;
    }

    /** Checks, while the store refuses writes, whether storage works again. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService embeddedStorageProbe(EmbeddedStorage storage, StorageProperties properties) {
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hoctap-storage-probe");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.probeInterval().toMillis();
        probe.scheduleWithFixedDelay(storage::probe, interval, interval, TimeUnit.MILLISECONDS);
        return probe;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoServer server,
            @Value("${spring.data.mongodb.database:hoctap}") String database) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> connection;
    }
}
