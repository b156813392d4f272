package vn.hoctap.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same API contract against a real MongoDB (a single-node replica set in Docker). Skipped, and reported as skipped,
 * where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoApiIntegrationTests extends ApiContractTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @DynamicPropertySource
    static void realMongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("hoctap"));
    }
}
