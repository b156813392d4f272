package vn.hoctap.api.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.assessment;
import static vn.hoctap.api.support.Assessments.citizenFacts;
import static vn.hoctap.api.support.Assessments.communeFacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The progress report read from the tallies kept on write gives exactly the figures of the aggregation over the heads,
 * on a fixture province (T5: districts T5H1 with communes T5X1, T5X2, and T5H2 with T5X3) after a mix of decisions:
 * <pre>
 * citizens: c1 (T5X1) recognised in 2024 and again in 2025 (two chains of one subject); c2 (T5X1) recognised in 2025,
 *   then re-submitted and not recognised; c3 (T5X2) not recognised in 2024; c4 (T5X3) recognised in 2025; c5 (T5X2)
 *   recognised in 2023
 * communes (valid for a limited time): T5X1 Mức độ 2 in 2024, T5X2 Mức độ 1 in 2024, T5X3 not recognised in 2025
 * </pre>
 * Every area of the province, the country, and the years 2022 to 2032 are compared, with the tallies maintained on
 * write, absent (the report aggregates), rebuilt, and marked stale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressTallyIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final String AREAS = """
            code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens
            T5,Tỉnh Thử nghiệm Năm,PROVINCE,Tỉnh,,2016-01-01,,,,,,,
            T5H1,Huyện Năm Một,DISTRICT,Huyện,T5,2016-01-01,,,,,,,
            T5H2,Huyện Năm Hai,DISTRICT,Huyện,T5,2016-01-01,,,,,,,
            T5X1,Xã Năm An,COMMUNE,Xã,T5H1,2016-01-01,,10,,,,,4
            T5X2,Xã Năm Bình,COMMUNE,Xã,T5H1,2016-01-01,,8,,,,,3
            T5X3,Xã Năm Châu,COMMUNE,Xã,T5H2,2016-01-01,,6,,,,,2
            """;
    private static final List<String> AREA_CODES = List.of("VN", "T5", "T5H1", "T5H2", "T5X1", "T5X2", "T5X3");

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Progress progress;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ObjectMapper json;

    private ApiClient api;

    @BeforeAll
    void decide() {
        api = ApiClient.on(port);
        assertThat(api.admin().post("/api/v1/areas/import", "text/csv", AREAS).status()).isEqualTo(200);
        // the communes first: their citizen counts are declared, and no stored citizen decision contradicts them
        assertThat(commune("T5X1", 2024, 2, Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850,
                "level1DecisionDate", "2023-12-01")).path("level").asInt()).isEqualTo(2);
        assertThat(commune("T5X2", 2024, 1, Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850))
                .path("level").asInt()).isEqualTo(1);
        assertThat(commune("T5X3", 2025, 1, Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850,
                "annualPlanIssued", false)).path("outcome").asText())
                .isEqualTo("NOT_RECOGNISED");
        citizen("c1", "T5X1", 2024, 9, "RECOGNISED");
        citizen("c1", "T5X1", 2025, 8, "RECOGNISED");
        citizen("c2", "T5X1", 2025, 8, "RECOGNISED");
        citizen("c2", "T5X1", 2025, 6, "NOT_RECOGNISED");
        citizen("c3", "T5X2", 2024, 6, "NOT_RECOGNISED");
        citizen("c4", "T5X3", 2025, 8, "RECOGNISED");
        citizen("c5", "T5X2", 2023, 9, "RECOGNISED");
    }

    @Test
    @Order(1)
    void theTalliesKeptOnWriteGiveTheFiguresOfTheAggregation() {
        assertThat(mongo.getCollection(ProgressTallies.STATE).find().first().getBoolean("stale")).isFalse();
        assertEveryReportAsAggregated();
        JsonNode t5x1 = report("T5X1", 2025);
        JsonNode citizens = title(t5x1, "LEARNING_CITIZEN").path("total");
        assertThat(citizens.path("recognised").asLong()).as("c1; c2 no longer").isEqualTo(1);
        assertThat(citizens.path("assessed").asLong()).isEqualTo(2);
        JsonNode communes = title(report("T5H1", 2025), "COMMUNE_LEARNING_COMMUNITY").path("total");
        assertThat(communes.path("recognised").asLong()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void theReportReadsTheTallies() {
        String id = ProgressTallies.tallyId("LEARNING_CITIZEN", "T5X1@2016-01-01", 2025);
        mongo.getCollection(ProgressTallies.TALLIES).updateOne(Filters.eq("_id", id), Updates.inc("levels.0", 5));
        JsonNode total = title(report("T5X1", 2025), "LEARNING_CITIZEN").path("total");
        assertThat(total.path("recognised").asLong()).as("the tampered tally").isEqualTo(6);
        mongo.getCollection(ProgressTallies.TALLIES).updateOne(Filters.eq("_id", id), Updates.inc("levels.0", -5));
        assertThat(title(report("T5X1", 2025), "LEARNING_CITIZEN").path("total").path("recognised").asLong())
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void withoutTalliesTheReportAggregatesAndARebuildRestoresThemAndClearsTheFlag() {
        mongo.getCollection(ProgressTallies.TALLIES).drop();
        mongo.getCollection(ProgressTallies.SUBJECTS).drop();
        mongo.getCollection(ProgressTallies.STATE).drop();
        assertEveryReportAsAggregated();
        citizen("c6", "T5X3", 2025, 9, "RECOGNISED");
        assertThat(mongo.getCollection(ProgressTallies.TALLIES).countDocuments()).as("not maintained meanwhile")
                .isZero();
        assertEveryReportAsAggregated();

        ApiClient.Response forbidden = api.auditor().post(ProgressTallyController.PATH, Map.of());
        assertThat(forbidden.status()).isEqualTo(403);
        ApiClient.Response rebuilt = api.admin().post(ProgressTallyController.PATH, Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().path("subjects").asLong()).isEqualTo(9);
        Document state = mongo.getCollection(ProgressTallies.STATE).find().first();
        assertThat(state.getBoolean("stale")).isFalse();
        assertThat(state.getInteger("coveredUntil")).isGreaterThanOrEqualTo(2035);
        assertEveryReportAsAggregated();

        citizen("c7", "T5X2", 2026, 8, "RECOGNISED");
        assertEveryReportAsAggregated();
    }

    @Test
    @Order(4)
    void staleTalliesAreNotReadNorMaintainedUntilTheStartUpRebuild() {
        mongo.getCollection(ProgressTallies.STATE).updateOne(Filters.eq("_id", "state"), Updates.set("stale", true));
        String id = ProgressTallies.tallyId("LEARNING_CITIZEN", "T5X1@2016-01-01", 2025);
        mongo.getCollection(ProgressTallies.TALLIES).updateOne(Filters.eq("_id", id), Updates.inc("levels.0", 5));
        assertThat(title(report("T5X1", 2025), "LEARNING_CITIZEN").path("total").path("recognised").asLong())
                .as("stale: aggregated").isEqualTo(1);
        citizen("c8", "T5X1", 2025, 8, "RECOGNISED");
        assertEveryReportAsAggregated();

        ProgressTallies tallies = new ProgressTallies(mongo, java.time.Clock.systemUTC(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(
                        vn.hoctap.api.storage.EmbeddedStorage.class));
        tallies.onReady();
        assertThat(mongo.getCollection(ProgressTallies.STATE).find().first().getBoolean("stale")).isFalse();
        assertThat(title(report("T5X1", 2025), "LEARNING_CITIZEN").path("total").path("recognised").asLong())
                .isEqualTo(2);
        assertEveryReportAsAggregated();
    }

    @Test
    @Order(5)
    void aYearBeyondTheTalliesIsAggregated() {
        int beyond = mongo.getCollection(ProgressTallies.STATE).find().first().getInteger("coveredUntil") + 1;
        assertThat(body("T5", beyond)).isEqualTo(aggregated("T5", beyond));
        assertThat(title(report("T5X1", beyond), "LEARNING_CITIZEN").path("total").path("recognised").asLong())
                .as("recognitions without an end of validity").isEqualTo(2);
    }

    private void assertEveryReportAsAggregated() {
        for (String area : AREA_CODES) {
            for (int year = 2022; year <= 2032; year++) {
                assertThat(body(area, year)).as(area + " " + year).isEqualTo(aggregated(area, year));
            }
        }
    }

    private JsonNode report(String area, int year) {
        return answer(area, year).json();
    }

    /** The report as the endpoint writes it. */
    private String body(String area, int year) {
        return answer(area, year).body();
    }

    private ApiClient.Response answer(String area, int year) {
        ApiClient.Response answer = api.auditor().get("/api/v1/progress?area=" + area + "&year=" + year);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** The report counted by the aggregation, written by the endpoint's own JSON mapper. */
    private String aggregated(String area, int year) {
        try {
            return json.writeValueAsString(progress.report(area, year, null, null, Progress.Counting.AGGREGATION));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode title(JsonNode report, String code) {
        for (JsonNode title : report.path("titles")) {
            if (title.path("titleCode").asText().equals(code)) {
                return title;
            }
        }
        throw new AssertionError("no " + code + " in " + report);
    }

    private void citizen(String key, String area, int year, int pointsEach, String outcome) {
        ApiClient.Response decided = api.submitter().post("/api/v1/assessments", assessment("LEARNING_CITIZEN", key,
                "Công dân " + key, area, year, year + "-12-10", citizenFacts(pointsEach)));
        assertThat(decided.status()).as(decided.body()).isIn(200, 201);
        assertThat(decided.json().path("outcome").asText()).as(key).isEqualTo(outcome);
    }

    private JsonNode commune(String area, int year, int level, Map<String, Object> changes) {
        Map<String, Object> facts = communeFacts();
        facts.put("citizensWithTechnicalTraining", 650);
        facts.put("citizensWithUniversityDegree", 160);
        facts.putAll(changes);
        Map<String, Object> body = assessment("COMMUNE_LEARNING_COMMUNITY", "xa-" + area, "Xã " + area, area, year,
                (year + 1) + "-02-20", facts);
        body.put("requestedLevel", level);
        body.put("decisionDate", (year + 1) + "-03-15");
        body.put("filingDate", (year + 1) + "-02-20");
        ApiClient.Response decided = api.submitter().post("/api/v1/assessments", body);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return decided.json();
    }
}
