package vn.hoctap.api.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Someone with write access to the database but not the sealing key alters, deletes and forges decisions directly in
 * MongoDB, bypassing the service; verification reports each of them, and a tampered decision is not re-evaluated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperDetectionIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Sealer sealer;

    @Test
    @Order(1)
    void alteredDeletedAndForgedDecisionsAreEachReported() {
        ApiClient api = ApiClient.on(port);
        List<String> hanoi = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            hanoi.add(api.submitter().post("/api/v1/assessments", communeBaDinh("tamper-ha-noi-" + i, 6400 + i)).json()
                    .get("id").asText());
        }
        List<String> bacNinh = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bacNinh.add(api.submitter().post("/api/v1/assessments", familyInVuNinh("tamper-bac-ninh-" + i, "Trần Văn Đức"))
                    .json().get("id").asText());
        }
        assertThat(verifyAll(api).get("problemCount").asInt()).isZero();
        assertThat(api.auditor().get("/api/v1/decisions/" + hanoi.get(0)).json().get("sealStatus").asText()).isEqualTo("VALID");

        MongoCollection<Document> decisions = mongo.getCollection("decisions");
        // 1. the verdict of a decision is rewritten
        decisions.updateOne(Filters.eq("_id", hanoi.get(1)), Updates.combine(Updates.set("outcome", "NOT_RECOGNISED"),
                Updates.set("result.verdict.outcome", "NOT_RECOGNISED")));
        // 2. a decision in the middle of Hà Nội's ledger is deleted
        decisions.deleteOne(Filters.eq("_id", hanoi.get(2)));
        // 3. a decision is forged at the next position of Hà Nội's ledger: the forger knows the published hashing
        //    (bodySha256, hash), but not the key, so the MAC is made up
        Document last = decisions.find(Filters.eq("_id", hanoi.get(4))).first();
        Document forged = new Document(last);
        forged.put("_id", "forged-decision");
        forged.put("chainKey", "forged-chain");
        forged.put("subject", new Document("id", "xa-gia-mao").append("name", "Xã giả mạo").append("areaCode", "00004"));
        forged.put("revision", 1);
        forged.remove("supersedes");
        Document seal = new Document(last.get("integrity", Document.class));
        seal.put("seq", 6L);
        seal.put("previousHash", last.get("integrity", Document.class).getString("hash"));
        seal.put("bodySha256", sealer.bodySha256(forged));
        seal.put("hash", sealer.hash(1, "01", 6, "forged-decision", 1, null, seal.getString("bodySha256"),
                seal.getString("previousHash")));
        seal.put("mac", "0".repeat(64));
        forged.put("integrity", seal);
        decisions.insertOne(forged);
        // 4. a decision carries a seal from a key the service never had
        decisions.updateOne(Filters.eq("_id", hanoi.get(0)), Updates.set("integrity.keyId", "stolen-key"));
        // 5. the last decision of Bắc Ninh's ledger is deleted (the ledger head still names it)
        decisions.deleteOne(Filters.eq("_id", bacNinh.get(2)));
        // 6. a decision without any seal is slipped in
        Document unsealed = new Document(last);
        unsealed.put("_id", "unsealed-decision");
        unsealed.put("chainKey", "unsealed-chain");
        unsealed.remove("integrity");
        decisions.insertOne(unsealed);

        JsonNode report = verifyAll(api);

        assertThat(report.get("decisions").asInt()).isEqualTo(8);
        assertThat(report.at("/byKind/ALTERED").asInt()).isEqualTo(1);
        assertThat(report.at("/byKind/FORGED").asInt()).isEqualTo(1);
        assertThat(report.at("/byKind/UNKNOWN_KEY").asInt()).isEqualTo(1);
        assertThat(report.at("/byKind/UNSEALED").asInt()).isEqualTo(1);
        assertThat(report.at("/byKind/MISSING").asInt()).isEqualTo(2);
        assertThat(report.get("problemCount").asInt()).isEqualTo(6);
        assertThat(problems(report)).contains("ALTERED " + hanoi.get(1), "FORGED forged-decision",
                "UNKNOWN_KEY " + hanoi.get(0), "UNSEALED unsealed-decision", "MISSING 01/3", "MISSING 27/3");

        assertThat(api.auditor().get("/api/v1/decisions/" + hanoi.get(1) + "/verification").json().get("status").asText())
                .isEqualTo("ALTERED");
        assertThat(api.auditor().get("/api/v1/decisions/forged-decision").json().get("sealStatus").asText())
                .isEqualTo("FORGED");
        assertThat(api.auditor().get("/api/v1/decisions/" + hanoi.get(3) + "/verification").json().get("status").asText())
                .isEqualTo("MISSING_PREDECESSOR");
        assertThat(api.auditor().get("/api/v1/decisions/" + hanoi.get(4) + "/verification").json().get("status").asText())
                .isEqualTo("VALID");
        ApiClient.Response reevaluated = api.editor().post("/api/v1/decisions/" + hanoi.get(1) + "/re-evaluations", "");
        assertThat(reevaluated.status()).isEqualTo(409);
        assertThat(reevaluated.json().get("type").asText()).isEqualTo("/problems/integrity-violation");
    }

    @Test
    @Order(2)
    void aCheckpointRecordedEarlierDetectsALedgerCutBackWithItsHead() {
        ApiClient api = ApiClient.on(port);
        String first = api.submitter().post("/api/v1/assessments", familyInVuNinh("checkpoint-1", "Lê Thị Mai")).json()
                .get("id").asText();
        String second = api.submitter().post("/api/v1/assessments", familyInVuNinh("checkpoint-2", "Lê Thị Mai")).json()
                .get("id").asText();
        JsonNode sealed = api.auditor().get("/api/v1/decisions/" + second).json().get("integrity");
        Map<String, Object> checkpoint = Map.of("ledger", sealed.get("ledger").asText(), "seq", sealed.get("seq").asLong(),
                "hash", sealed.get("hash").asText());
        assertThat(api.auditor().post("/api/v1/integrity/verification", Map.of("checkpoints", List.of(checkpoint))).json()
                .at("/byKind/CHECKPOINT_MISMATCH").isMissingNode()).isTrue();

        mongo.getCollection("decisions").deleteOne(Filters.eq("_id", second));
        mongo.getCollection("ledger_heads").updateOne(Filters.eq("_id", sealed.get("ledger").asText()),
                Updates.combine(Updates.set("seq", sealed.get("seq").asLong() - 1), Updates.set("hash",
                        api.auditor().get("/api/v1/decisions/" + first).json().at("/integrity/hash").asText())));

        JsonNode report = api.auditor().post("/api/v1/integrity/verification", Map.of("checkpoints", List.of(checkpoint)))
                .json();
        assertThat(report.at("/byKind/CHECKPOINT_MISMATCH").asInt()).isEqualTo(1);
    }

    private static JsonNode verifyAll(ApiClient api) {
        ApiClient.Response response = api.auditor().post("/api/v1/integrity/verification", "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> problems(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.get("problems").forEach(problem -> found.add(problem.get("kind").asText() + " " + (problem.hasNonNull("decisionId")
                ? problem.get("decisionId").asText() : problem.get("ledger").asText() + "/" + problem.get("seq").asLong())));
        return found;
    }
}
