package vn.hoctap.api.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.citizenInVuNinh;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.districtUnitBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;
import static vn.hoctap.api.support.Assessments.gnlcHanoi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.assessment.AssessmentService;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.JsonBson;
import vn.hoctap.engine.evaluation.EvaluationResult;

/**
 * Decisions are stored compactly (trace schema 2: the decision's own values, and ids of texts shared by every decision
 * under the ruleset), and {@code GET /api/v1/decisions/{id}} still answers the whole trace, exactly as the engine's
 * evaluation serialises it; a changed shared text breaks the seal of every decision citing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionStorageIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final int HOUSEHOLD_LIMIT = 5 * 1024;
    private static final ObjectMapper CLIENT = new ObjectMapper();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ObjectMapper json;

    @Autowired
    AssessmentService assessments;

    @Autowired
    DecisionStore store;

    @Autowired
    ActiveRuleset active;

    @Test
    void theJoinedTraceIsExactlyTheEvaluationOfEveryKindOfTitle() {
        ApiClient api = ApiClient.on(port);
        List<Map<String, Object>> requests = List.of(familyInVuNinh("storage-ho-1", "Nguyễn Văn Bình"),
                communeBaDinh("storage-xa-1", 6500), districtUnitBaDinh("storage-dv-1"), citizenInVuNinh("storage-cd-1"),
                gnlcHanoi("storage-hn-1", 4100));
        for (Map<String, Object> request : requests) {
            JsonNode answered = api.submitter().post("/api/v1/assessments", request).json();
            JsonNode read = api.auditor().get("/api/v1/decisions/" + answered.get("id").asText()).json();
            DecisionDocument decision = store.find(answered.get("id").asText()).orElseThrow();
            EvaluationResult again;
            try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
                again = assessments.evaluateAgain(rulesets.forProvince(decision.provinceCode()), decision);
            }
            JsonNode expected = asAnswered(again);
            assertThat(decision.result().getInteger("schema")).isEqualTo(StoredTrace.SCHEMA);
            assertThat(read.get("result")).as(request.get("titleCode") + " read back").isEqualTo(expected);
            assertThat(answered.get("result")).as(request.get("titleCode") + " as answered").isEqualTo(expected);
            assertThat(read.get("sealStatus").asText()).as(request.get("titleCode") + " " + api.auditor()
                    .get("/api/v1/decisions/" + decision.id() + "/verification").json()).isEqualTo("VALID");
        }
    }

    @Test
    void aHouseholdDecisionIsUnderFiveKilobytesAndSharesItsTexts() {
        ApiClient api = ApiClient.on(port);
        String first = api.submitter().post("/api/v1/assessments", familyInVuNinh("storage-ho-2", "Lê Thị Hoa")).json()
                .get("id").asText();
        long texts = mongo.getCollection(DecisionTexts.COLLECTION).countDocuments();
        String second = api.submitter().post("/api/v1/assessments", familyInVuNinh("storage-ho-3", "Phạm Văn Đông"))
                .json().get("id").asText();
        assertThat(mongo.getCollection(DecisionTexts.COLLECTION).countDocuments()).isEqualTo(texts);
        for (String id : List.of(first, second)) {
            RawBsonDocument raw = mongo.getCollection("decisions").withDocumentClass(RawBsonDocument.class).find(Filters.eq("_id", id)).first();
            int bytes = raw.getByteBuffer().remaining();
            assertThat(bytes).as("stored bytes of " + id).isLessThan(HOUSEHOLD_LIMIT);
        }
        JsonNode full = api.auditor().get("/api/v1/decisions/" + second).json().get("result");
        assertThat(full.get("criteria")).hasSizeGreaterThan(5);
        assertThat(full.get("criteria").get(0).get("legalSource").asText()).startsWith("Quyết định 448/QĐ-KHVN");
        assertThat(full.get("generation").get("document").asText()).isNotBlank();
    }

    @Test
    void aChangedSharedTextBreaksTheSealOfTheDecisionsCitingIt() {
        ApiClient api = ApiClient.on(port);
        String id = api.submitter().post("/api/v1/assessments", communeBaDinh("storage-xa-2", 6600)).json().get("id")
                .asText();
        Document result = store.find(id).orElseThrow().result();
        String cited = ((Document) result.getList("criteria", Object.class).get(0)).getString(StoredTrace.TEXT);
        Document original = mongo.getCollection(DecisionTexts.COLLECTION).find(Filters.eq("_id", cited)).first();
        try {
            mongo.getCollection(DecisionTexts.COLLECTION).updateOne(Filters.eq("_id", cited),
                    Updates.set("content.legalSource", "Thông tư giả mạo"));
            JsonNode verification = api.auditor().get("/api/v1/decisions/" + id + "/verification").json();
            assertThat(verification.get("status").asText()).isEqualTo("ALTERED");
            assertThat(verification.toString()).contains("cited text " + cited + " was changed");
            mongo.getCollection(DecisionTexts.COLLECTION).deleteOne(Filters.eq("_id", cited));
            assertThat(api.auditor().get("/api/v1/decisions/" + id + "/verification").json().toString())
                    .contains("cited text " + cited + " is missing");
        } finally {
            mongo.getCollection(DecisionTexts.COLLECTION).replaceOne(Filters.eq("_id", cited), original,
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        assertThat(api.auditor().get("/api/v1/decisions/" + id + "/verification").json().get("status").asText())
                .isEqualTo("VALID");
    }

    @Test
    void aDecisionStoredWithTheWholeTraceInsideIsReadAsItWasStored() {
        ApiClient api = ApiClient.on(port);
        String id = api.submitter().post("/api/v1/assessments", familyInVuNinh("storage-ho-4", "Đỗ Văn Hải")).json()
                .get("id").asText();
        DecisionDocument decision = store.find(id).orElseThrow();
        EvaluationResult again;
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            again = assessments.evaluateAgain(rulesets.forProvince(decision.provinceCode()), decision);
        }
        Document legacy = mongo.getCollection("decisions").find(Filters.eq("_id", id)).first();
        legacy.put("_id", "schema-1-decision");
        legacy.put("chainKey", "schema-1-chain");
        legacy.put("result", JsonBson.toDocument(json.valueToTree(again)));
        legacy.remove("integrity");
        mongo.getCollection("decisions").insertOne(legacy);

        JsonNode read = api.auditor().get("/api/v1/decisions/schema-1-decision").json();
        assertThat(read.get("result")).isEqualTo(asAnswered(again));
    }

    @Test
    void aDecisionWhoseTextsPredateMachineNamesIsReadWithNullNames() {
        ApiClient api = ApiClient.on(port);
        String id = api.submitter().post("/api/v1/assessments", communeBaDinh("storage-xa-3", 6600)).json().get("id")
                .asText();
        JsonNode named = api.auditor().get("/api/v1/decisions/" + id).json().get("result");
        Document legacy = mongo.getCollection("decisions").find(Filters.eq("_id", id)).first();
        Document result = legacy.get("result", Document.class);
        for (Object item : result.getList("criteria", Object.class)) {
            Document criterion = (Document) item;
            Document text = mongo.getCollection(DecisionTexts.COLLECTION)
                    .find(Filters.eq("_id", criterion.getString(StoredTrace.TEXT))).first();
            Document content = text.get("content", Document.class);
            content.remove("observedNames");
            String oldId = vn.hoctap.api.support.CanonicalJson.contentId(DecisionTexts.CRITERION, JsonBson.toNode(content));
            mongo.getCollection(DecisionTexts.COLLECTION).replaceOne(Filters.eq("_id", oldId),
                    new Document("_id", oldId).append("kind", DecisionTexts.CRITERION).append("content", content),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
            criterion.put(StoredTrace.TEXT, oldId);
        }
        legacy.put("_id", "pre-names-decision");
        legacy.put("chainKey", "pre-names-chain");
        legacy.remove("integrity");
        mongo.getCollection("decisions").insertOne(legacy);

        JsonNode read = api.auditor().get("/api/v1/decisions/pre-names-decision").json().get("result");
        JsonNode rate = null;
        for (JsonNode criterion : read.get("criteria")) {
            if (criterion.get("criterionId").asText().equals("CCL25-C5.T1") && criterion.get("level").asInt() == 1) {
                rate = criterion;
            }
        }
        assertThat(rate).isNotNull();
        assertThat(rate.at("/observed/0").has("name")).as("no name: absent").isFalse();
        assertThat(rate.at("/observed/0/label").asText()).isEqualTo("Tỷ lệ công dân đạt danh hiệu Công dân học tập (%)");
        assertThat(rate.at("/observed/1/value").asLong()).isEqualTo(6600);
        assertThat(read.get("criteria")).hasSameSizeAs(named.get("criteria"));
        assertThat(named.toString()).contains("\"name\":\"learningCitizenRate\"");
    }

    /** The evaluation as the API writes it, read back as a client reads the answer ({@link ApiClient}'s parser). */
    private JsonNode asAnswered(EvaluationResult result) {
        try {
            return CLIENT.readTree(json.writeValueAsString(result));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
