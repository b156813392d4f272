package vn.hoctap.api.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.assessment;
import static vn.hoctap.api.support.Assessments.citizenFacts;
import static vn.hoctap.api.support.Assessments.communeFacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Chain heads broken on purpose in {@code decision_heads} — a lost update, a deleted head, heads written without
 * {@code subjectKey}, a head naming the previous decision at the current revision, a head without decisions — make
 * the commune roll-up of Xã Hòa An and the query for current decisions wrong, until the reconciler rebuilds them from
 * the decisions. The start-up run is off in this context (so that no report exists at first) and called directly.
 * <pre>
 * citizens of Xã Hòa An (T7X1, 10 in the registry), assessment year 2024, all recognised at their current revision:
 *   Nguyễn Văn An          untouched
 *   Trần Thị Bình          revision 1 not recognised, revision 2 recognised; head put back to revision 1 (BEHIND)
 *   Lê Minh Chính          head deleted (MISSING)
 *   Phạm Thị Dung, Hoàng Văn Em   heads without subjectKey (OUTDATED_SHAPE; counted as one subject)
 *   Đặng Thị Phương        revision 2 current; head at revision 2 naming revision 1's decision (WRONG_DECISION)
 *   a head for "Vũ Văn Ma" with no decision at all (ORPHAN)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoctap.decisions.reconcile-heads-at-startup=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadReconciliationIntegrationTests {

    /** Tỉnh Kiểm thử, its district and Xã Hòa An, before the 2025 reform. */
    private static final String AREAS = """
            code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens
            T7,Tỉnh Kiểm thử,PROVINCE,Tỉnh,,2016-01-01,2025-06-30,,,,,,
            T7H1,Huyện Kiểm thử,DISTRICT,Huyện,T7,2016-01-01,2025-06-30,,,,,,
            T7X1,Xã Hòa An,COMMUNE,Xã,T7H1,2016-01-01,2025-06-30,,,,,,10
            """;
    private static final String PATH = "/api/v1/integrity/head-reconciliation";
    private static final String RECOGNISED_CITIZENS =
            "/api/v1/decisions?title=LEARNING_CITIZEN&area=T7X1&year=2024&outcome=RECOGNISED";
    private static final String ORPHAN = "LEARNING_CITIZEN|T7X1|cd-ma|2024";
    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @Autowired
    HeadReconciler reconciler;

    @Autowired
    DecisionWriter writer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    private ApiClient api;
    private final Map<String, JsonNode> decided = new LinkedHashMap<>();

    @BeforeAll
    void importTheCommune() {
        api = ApiClient.on(port);
        assertThat(api.admin().post("/api/v1/areas/import", "text/csv", AREAS).status()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void beforeAnyRunThereIsNoReportAndOnlyAnAdminMayRunOne() {
        ApiClient.Response none = api.admin().get(PATH);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().path("type").asText()).isEqualTo("/problems/not-found");
        assertThat(none.json().path("instance").asText()).isEqualTo(PATH);

        for (ApiClient client : List.of(api.auditor(), api.editor(), api.submitter())) {
            ApiClient.Response refused = client.post(PATH, "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asText()).isEqualTo("/problems/forbidden");
            assertThat(client.get(PATH).status()).isEqualTo(403);
        }
        assertThat(api.post(PATH, "").status()).isEqualTo(401);
        assertThat(api.admin().get(PATH).status()).as("a refused run stores no report").isEqualTo(404);
        assertThat(api.get("/v3/api-docs").json().path("paths").path(PATH).has("post")).isTrue();
    }

    @Test
    @Order(2)
    void brokenHeadsMakeTheCountWrongAndTheReconcilerRebuildsThem() {
        citizen("an", "Nguyễn Văn An", 8);
        citizen("binh", "Trần Thị Bình", 7);
        Document binhFirstHead = head(chainKey("binh"));
        citizen("binh", "Trần Thị Bình", 8);
        citizen("chinh", "Lê Minh Chính", 9);
        citizen("dung", "Phạm Thị Dung", 8);
        citizen("em", "Hoàng Văn Em", 8);
        citizen("phuong", "Đặng Thị Phương", 6);
        Document phuongFirstHead = head(chainKey("phuong"));
        citizen("phuong", "Đặng Thị Phương", 8);
        assertThat(recognisedCitizens()).isEqualTo(6);
        assertThat(communeCount()).isEqualTo(6);

        heads().replaceOne(Filters.eq("_id", chainKey("binh")), binhFirstHead);
        heads().deleteOne(Filters.eq("_id", chainKey("chinh")));
        heads().updateOne(Filters.eq("_id", chainKey("dung")), Updates.unset("subjectKey"));
        heads().updateOne(Filters.eq("_id", chainKey("em")), Updates.unset("subjectKey"));
        heads().replaceOne(Filters.eq("_id", chainKey("phuong")), new Document(phuongFirstHead).append("revision", 2));
        heads().insertOne(new Document("_id", ORPHAN).append("decisionId", UUID.randomUUID().toString())
                .append("revision", 1).append("titleCode", "LEARNING_CITIZEN"));

        assertThat(recognisedCitizens()).as("Bình, Chính and Phương are not current").isEqualTo(3);
        assertThat(communeCount()).as("Dung and Em merge into one subject").isEqualTo(2);

        ApiClient.Response ran = api.admin().post(PATH, "");
        assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
        JsonNode report = ran.json();
        assertThat(report.path("trigger").asText()).isEqualTo("REQUEST");
        assertThat(report.path("requestedBy").asText()).isEqualTo("admin");
        assertThat(report.path("chainsExamined").asLong()).isEqualTo(7);
        assertThat(report.path("headsExamined").asLong()).isEqualTo(7);
        assertThat(report.path("repaired").asLong()).isEqualTo(5);
        assertThat(report.path("repairedByReason").path("MISSING").asLong()).isEqualTo(1);
        assertThat(report.path("repairedByReason").path("BEHIND").asLong()).isEqualTo(1);
        assertThat(report.path("repairedByReason").path("WRONG_DECISION").asLong()).isEqualTo(1);
        assertThat(report.path("repairedByReason").path("OUTDATED_SHAPE").asLong()).isEqualTo(2);
        assertThat(report.path("skipped").asLong()).isZero();
        assertThat(report.path("orphans").asLong()).isEqualTo(1);
        assertThat(report.path("orphanChains").get(0).asText()).isEqualTo(ORPHAN);
        assertThat(repairs(report)).containsOnly(
                Map.entry(chainKey("binh"), "BEHIND " + id("binh") + "@2"),
                Map.entry(chainKey("chinh"), "MISSING " + id("chinh") + "@1"),
                Map.entry(chainKey("dung"), "OUTDATED_SHAPE " + id("dung") + "@1"),
                Map.entry(chainKey("em"), "OUTDATED_SHAPE " + id("em") + "@1"),
                Map.entry(chainKey("phuong"), "WRONG_DECISION " + id("phuong") + "@2"));
        assertThat(report.path("durationMillis").asLong()).isNotNegative();
        assertThat(api.admin().get(PATH).json()).isEqualTo(report);

        assertThat(recognisedCitizens()).isEqualTo(6);
        assertThat(communeCount()).isEqualTo(6);
        assertThat(head(chainKey("dung")).getString("subjectKey")).isEqualTo("T7X1|cd-dung");
        assertThat(head(ORPHAN)).as("an orphan is reported, not deleted").isNotNull();

        JsonNode again = api.admin().post(PATH, "").json();
        assertThat(again.path("repaired").asLong()).isZero();
        assertThat(again.path("repairs")).isEmpty();
        assertThat(again.path("orphans").asLong()).isEqualTo(1);
        assertThat(again.path("chainsExamined").asLong()).as("the commune's revisions are one chain").isEqualTo(7);
        assertThat(again.path("headsExamined").asLong()).isEqualTo(8);
        assertThat(api.admin().get(PATH).json().path("id").asText()).isEqualTo(again.path("id").asText());
    }

    @Test
    @Order(3)
    void replayingASubmissionWithItsIdempotencyKeyRepairsTheHeadOfItsChain() {
        ApiClient keyed = api.submitter().with("Idempotency-Key", "head-replay-" + UUID.randomUUID());
        Map<String, Object> body = citizenBody("giang", "Ngô Thị Giang", 8);
        ApiClient.Response first = keyed.post("/api/v1/assessments", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String chain = first.json().path("chainKey").asText(chainKey("giang"));
        heads().deleteOne(Filters.eq("_id", chain));
        assertThat(recognisedCitizens()).isEqualTo(6);

        ApiClient.Response replay = keyed.post("/api/v1/assessments", body);

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(head(chain).getString("decisionId")).isEqualTo(first.json().path("id").asText());
        assertThat(recognisedCitizens()).isEqualTo(7);
    }

    @Test
    @Order(4)
    void theStartUpRunRepairsABrokenHeadAndSuspectChainsAreExposed() {
        heads().updateOne(Filters.eq("_id", chainKey("an")), Updates.combine(Updates.unset("subjectKey"),
                Updates.unset("areaVersions")));

        HeadReconciler atStartup = new HeadReconciler(mongo, new HeadRepairs(mongo, new StaticListableBeanFactory().getBeanProvider(HeadsObserver.class)), writer, java.time.Clock.systemUTC(),
                new DecisionProperties(true), new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        atStartup.onReady();

        HeadReconciliation report = reconciler.last().orElseThrow();
        assertThat(report.trigger()).isEqualTo("STARTUP");
        assertThat(report.repaired()).isEqualTo(1);
        assertThat(report.repairedByReason()).containsEntry("OUTDATED_SHAPE", 1L);
        assertThat(report.repairs()).extracting(HeadReconciliation.Repair::chainKey).containsExactly(chainKey("an"));
        assertThat(head(chainKey("an")).getString("subjectKey")).isEqualTo("T7X1|cd-an");
        assertThat(communeCount()).isEqualTo(7);

        HeadReconciler off = new HeadReconciler(mongo, new HeadRepairs(mongo, new StaticListableBeanFactory().getBeanProvider(HeadsObserver.class)), writer, java.time.Clock.systemUTC(),
                new DecisionProperties(false), new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        off.onReady();
        assertThat(reconciler.last().orElseThrow().id()).as("switched off: no run").isEqualTo(report.id());

        assertThat(meters.get("hoctap.decisions.heads.suspect").gauge().value()).isZero();
        JsonNode health = api.get("/actuator/health").json().path("components").path("decisionHeads");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("suspectChains").asInt()).isZero();
        assertThat(health.path("details").path("lastReconciliation").path("repaired").asInt()).isEqualTo(1);
    }

    /**
     * A head the store refuses (here: a unique index on {@code subjectKey} someone added, which the citizen's second
     * chain, for 2025, breaks): the decision is stored and answered, the chain is counted as suspect in the gauge and
     * the health details, and replaying the submission with its Idempotency-Key repairs the head and clears it.
     */
    @Test
    @Order(5)
    void aHeadTheStoreRefusesLeavesItsChainSuspectUntilTheReplayRepairsIt() {
        heads().createIndex(Indexes.ascending("subjectKey"), new IndexOptions().unique(true).sparse(true)
                .name("foreign_unique_subject"));
        ApiClient keyed = api.submitter().with("Idempotency-Key", "head-refused-" + UUID.randomUUID());
        Map<String, Object> body = assessment("LEARNING_CITIZEN", "cd-an", "Nguyễn Văn An", "T7X1", 2025, "2025-05-10",
                citizenFacts(9));
        String chain = "LEARNING_CITIZEN|T7X1|cd-an|2025";

        ApiClient.Response stored = keyed.post("/api/v1/assessments", body);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(head(chain)).isNull();
        assertThat(meters.get("hoctap.decisions.heads.suspect").gauge().value()).isEqualTo(1);
        assertThat(api.get("/actuator/health").json().at("/components/decisionHeads/details/suspectChains").asInt())
                .isEqualTo(1);

        heads().dropIndex("foreign_unique_subject");
        ApiClient.Response replay = keyed.post("/api/v1/assessments", body);

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(head(chain).getString("decisionId")).isEqualTo(stored.json().path("id").asText());
        assertThat(meters.get("hoctap.decisions.heads.suspect").gauge().value()).isZero();
    }

    private void citizen(String key, String name, int pointsEach) {
        ApiClient.Response response = api.submitter().post("/api/v1/assessments", citizenBody(key, name, pointsEach));
        assertThat(response.status()).as(key + ": " + response.body()).isEqualTo(201);
        assertThat(response.json().path("outcome").asText()).as(name)
                .isEqualTo(pointsEach >= 8 ? "RECOGNISED" : "NOT_RECOGNISED");
        decided.put(key, response.json());
    }

    private static Map<String, Object> citizenBody(String key, String name, int pointsEach) {
        return assessment("LEARNING_CITIZEN", "cd-" + key, name, "T7X1", 2024, "2024-12-10", citizenFacts(pointsEach));
    }

    /** Submits Xã Hòa An's 2024 assessment (a new revision each time) and answers its counted citizens. */
    private long communeCount() {
        Map<String, Object> facts = communeFacts();
        facts.put("citizensWithTechnicalTraining", 4);
        facts.put("citizensWithUniversityDegree", 1);
        Map<String, Object> body = assessment("COMMUNE_LEARNING_COMMUNITY", "xa-T7X1", "Xã Hòa An", "T7X1", 2024,
                "2025-02-20", facts);
        body.put("requestedLevel", 1);
        ApiClient.Response response = api.submitter().post("/api/v1/assessments", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        for (JsonNode figure : response.json().path("rollups")) {
            if (figure.path("field").asText().equals("citizensWithLearningCitizenTitle")) {
                return figure.path("count").asLong();
            }
        }
        throw new AssertionError("no citizens roll-up in " + response.json().path("rollups"));
    }

    private long recognisedCitizens() {
        return api.auditor().get(RECOGNISED_CITIZENS).json().path("totalItems").asLong();
    }

    private String id(String key) {
        return decided.get(key).path("id").asText();
    }

    private static String chainKey(String key) {
        return "LEARNING_CITIZEN|T7X1|cd-" + key + "|2024";
    }

    private Document head(String chainKey) {
        return heads().find(Filters.eq("_id", chainKey)).first();
    }

    private MongoCollection<Document> heads() {
        return mongo.getCollection("decision_heads");
    }

    private static Map<String, String> repairs(JsonNode report) {
        Map<String, String> found = new LinkedHashMap<>();
        report.path("repairs").forEach(repair -> found.put(repair.path("chainKey").asText(), repair.path("reason")
                .asText() + " " + repair.path("decisionId").asText() + "@" + repair.path("revision").asInt()));
        return found;
    }
}
