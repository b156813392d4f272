package vn.hoctap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Batches: the synchronous batch read as a stream (a malformed or oversized body is refused before anything is
 * stored; items are stored in chunks with bulk writes), and asynchronous batches (202, progress, counts, every item's
 * result, retry by idempotency key, visibility, cancellation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBatchIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
        registry.add("hoctap.jobs.poll-interval", () -> "200ms");
        registry.add("hoctap.http.max-async-batch-items", () -> "3000");
        // a list binds from one source only: the local profile's users again, and a second submitter
        String[][] users = {{"submitter", "SUBMITTER"}, {"auditor", "AUDITOR"}, {"submitter2", "SUBMITTER"}};
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i];
            registry.add("hoctap.security.users[" + i + "].username", () -> user[0]);
            registry.add("hoctap.security.users[" + i + "].password", () -> "{noop}hoctap-" + user[0]);
            registry.add("hoctap.security.users[" + i + "].roles", () -> user[1]);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aLargeSynchronousBatchIsStoredInChunksWithEveryItemAnswered() {
        List<Object> items = households("dong-bo", 1_100);
        items.add(7, Map.of("titleCode", "LEARNING_FAMILY", "màu", "đỏ"));
        items.add(900, "không phải hồ sơ");
        long before = mongo.getCollection("decisions").countDocuments();

        ApiClient.Response batch = ApiClient.on(port).submitter().with("Idempotency-Key", "dong-bo-1")
                .post("/api/v1/assessments/batch", Map.of("items", items));

        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        JsonNode result = batch.json();
        assertThat(result.get("received").asInt()).isEqualTo(1_102);
        assertThat(result.get("created").asInt()).isEqualTo(1_100);
        assertThat(result.get("rejected").asInt()).isEqualTo(2);
        for (int i = 0; i < 1_102; i++) {
            assertThat(result.get("items").get(i).get("index").asInt()).isEqualTo(i);
        }
        assertThat(result.get("items").get(7).get("status").asText()).isEqualTo("REJECTED");
        assertThat(result.get("items").get(7).get("errors").toString()).contains("màu");
        assertThat(result.get("items").get(900).get("status").asText()).isEqualTo("REJECTED");
        assertThat(mongo.getCollection("decisions").countDocuments()).isEqualTo(before + 1_100);

        JsonNode again = ApiClient.on(port).submitter().with("Idempotency-Key", "dong-bo-1")
                .post("/api/v1/assessments/batch", Map.of("items", items)).json();
        assertThat(again.get("replayed").asInt()).isEqualTo(1_100);
        assertThat(again.get("items").get(500).get("decisionId").asText())
                .isEqualTo(result.get("items").get(500).get("decisionId").asText());
        assertThat(mongo.getCollection("decisions").countDocuments()).isEqualTo(before + 1_100);
    }

    @Test
    void aBatchMalformedAfterItsFirstItemsStoresNothing() {
        String good = households("hong", 600).stream().map(AssessmentBatchIntegrationTests::json).reduce((a, b) -> a + "," + b).orElseThrow();
        long before = mongo.getCollection("decisions").countDocuments();

        ApiClient.Response broken = ApiClient.on(port).submitter().post("/api/v1/assessments/batch", "application/json",
                "{\"items\": [" + good + ", {\"titleCode\": }]}");

        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().get("detail").asText()).contains("Malformed JSON at line 1");
        assertThat(mongo.getCollection("decisions").countDocuments()).isEqualTo(before);
    }

    @Test
    void anAsynchronousBatchReportsProgressCountsAndEveryItem() throws InterruptedException {
        List<Object> items = households("khong-dong-bo", 1_200);
        items.add(3, communeBaDinh("khong-dong-bo-xa", 6_500));
        items.add(1_000, Map.of("titleCode", "LEARNING_FAMILY"));
        ApiClient submitter = ApiClient.on(port).submitter().with("Idempotency-Key", "khong-dong-bo-1");

        ApiClient.Response accepted = submitter.post("/api/v1/assessment-batches", Map.of("items", items));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String location = accepted.header("Location");
        String id = accepted.json().get("id").asText();
        assertThat(location).isEqualTo("/api/v1/assessment-batches/" + id);
        assertThat(accepted.json().get("total").asInt()).isEqualTo(1_202);

        ApiClient.Response retried = submitter.post("/api/v1/assessment-batches", Map.of("items", items));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("id").asText()).isEqualTo(id);

        JsonNode done = awaitEnd(submitter, location);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("done").asInt()).isEqualTo(1_202);
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("counts").get("CREATED").asInt()).isEqualTo(1_201);
        assertThat(done.get("counts").get("REJECTED").asInt()).isEqualTo(1);

        JsonNode page = submitter.get(location + "/items?from=950&size=100").json();
        assertThat(page.get("items")).hasSize(100);
        Set<Integer> indexes = new HashSet<>();
        page.get("items").forEach(item -> indexes.add(item.get("index").asInt()));
        assertThat(indexes).hasSize(100).allMatch(index -> index >= 950 && index < 1_050);
        JsonNode rejected = page.get("items").get(50);
        assertThat(rejected.get("index").asInt()).isEqualTo(1_000);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("errors").toString()).contains("subject");
        String decisionId = page.get("items").get(0).get("decisionId").asText();
        assertThat(ApiClient.on(port).auditor().get("/api/v1/decisions/" + decisionId).status()).isEqualTo(200);

        assertThat(ApiClient.on(port).as("submitter2", "hoctap-submitter2").get(location).status()).isEqualTo(404);
        assertThat(ApiClient.on(port).auditor().get(location).status()).isEqualTo(200);
    }

    @Test
    void anAsynchronousBatchIsCheckedBeforeItIsAccepted() {
        ApiClient submitter = ApiClient.on(port).submitter();
        ApiClient.Response malformed = submitter.post("/api/v1/assessment-batches", "application/json",
                "{\"items\": [" + json(familyInVuNinh("kiem-tra-1", "Ngô Văn Lực")) + ",]}");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.json().get("type").asText()).endsWith("/malformed-request");

        ApiClient.Response tooMany = submitter.post("/api/v1/assessment-batches",
                Map.of("items", households("qua-nhieu", 3_001)));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(413);
        assertThat(tooMany.json().get("type").asText()).endsWith("/batch-too-large");

        ApiClient.Response empty = submitter.post("/api/v1/assessment-batches", Map.of("items", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().toString()).contains("items");
        assertThat(mongo.getCollection("assessment_batches.files").countDocuments(
                new org.bson.Document("metadata.submittedBy", "submitter"))).isEqualTo(
                        mongo.getCollection("job_runs").countDocuments(new org.bson.Document("kind", "ASSESSMENT_BATCH")));
    }

    private static List<Object> households(String prefix, int count) {
        List<Object> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(familyInVuNinh(prefix + "-" + i, "Nguyễn Văn " + (char) ('A' + i % 26)));
        }
        return items;
    }

    private static JsonNode awaitEnd(ApiClient client, String location) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode batch = client.get(location).json();
        while (batch.get("status").asText().equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            batch = client.get(location).json();
        }
        return batch;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
