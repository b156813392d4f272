package vn.hoctap.api;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.EmbeddedMongoTest;

/** The API contract against the embedded, file-backed MongoDB-compatible server (the default). */
class EmbeddedMongoApiIntegrationTests extends ApiContractTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }
}
