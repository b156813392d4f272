package vn.hoctap.api.config;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: without {@code spring.data.mongodb.uri}, an in-process MongoDB wire-protocol server
 * (mongo-java-server) backed by an H2 file in the data directory, so that data survives a restart. The real MongoDB
 * Java driver talks to it exactly as to a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.data.mongodb", name = "uri", havingValue = "__never__", matchIfMissing = true)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(HoctapProperties properties) {
        Path directory = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + directory, e);
        }
        Path file = directory.resolve("hoctap-mongo.mv.db");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        log.info("Embedded MongoDB-compatible server on {} with data in {}", server.getLocalAddress(), file);
        return server;
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
