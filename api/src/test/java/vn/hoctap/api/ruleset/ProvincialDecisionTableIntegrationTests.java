package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.KjarWorkshop;
import vn.hoctap.engine.DecisionTableWorkbook;

/**
 * A province's own criteria, written as a decision table, put into service through the HTTP API the honest way: the
 * bundled kjar plus a workbook of criteria, a provincial pass mark and scenarios is uploaded, passes the gate, and is
 * activated for that province only. A household there is then decided on both sides of the pass mark, while the same
 * household in a real province stays "not decidable" under the national rules.
 *
 * <p>The province is a <b>test fixture</b>: code 99, "Tỉnh Thử nghiệm", is not a GSO code, and every number of its
 * table and pass mark is a test number, not law. It lives under {@code src/test/resources/fixtures/tinh-thu-nghiem-99}
 * and never in the shipped kjar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvincialDecisionTableIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final String FIXTURE = "/fixtures/tinh-thu-nghiem-99/";
    private static final String FAMILY = "hoctap/parameters/learning-family.yaml";
    private static final String SCENARIOS = "hoctap/scenarios/learning-family/qd448-2016/";
    static final String TABLE = "vn/hoctap/rules/family/qd448/gia-dinh-hoc-tap-tinh-99.drl.xlsx";

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    /**
     * The bundled kjar as {@code version}, with the fixture province's workbook of criteria (written from its CSV),
     * its pass mark of 80 points and its two scenarios.
     */
    static KjarWorkshop withTestProvince(String version) {
        return KjarWorkshop.bundled(version)
                .put(TABLE, DecisionTableWorkbook.fromCsv(fixture("gia-dinh-hoc-tap-tinh-99.csv"), "Tiêu chí"))
                .put(SCENARIOS + "tinh-99-dat-90-diem.yaml", fixture("tinh-99-dat-90-diem.yaml"))
                .put(SCENARIOS + "tinh-99-khong-dat-60-diem.yaml", fixture("tinh-99-khong-dat-60-diem.yaml"))
                .text(FAMILY, yaml -> yaml.stripTrailing() + """

                          provinces:
                            "99":
                              - from: 2016-01-01
                                value: 80
                                source: Bộ tiêu chí thử nghiệm của "Tỉnh Thử nghiệm" (mã 99, không phải mã GSO) — số liệu kiểm thử, không phải văn bản pháp luật
                        """);
    }

    @Test
    void aProvincesDecisionTableDecidesItsHouseholdsWhileTheNationalRulesStayUndecidable() {
        ApiClient api = ApiClient.on(port);
        Response areas = api.admin().post("/api/v1/areas/import", "text/csv; charset=utf-8", """
                code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens
                99,Tỉnh Thử nghiệm,PROVINCE,Tỉnh,,2016-01-01,,1200,12,6,6,,4800
                99101,Xã Thử nghiệm,COMMUNE,Xã,99,2016-01-01,,600,6,3,3,,2400
                """);
        assertThat(areas.status()).as(areas.toString()).isEqualTo(200);

        Response uploaded = api.editor().send("POST", "/api/v1/rulesets?name=tinh-99.jar", "application/java-archive",
                withTestProvince("1.0.0-tinh-99").bytes());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().at("/gate/passed").asBoolean()).isTrue();
        String provincial = uploaded.json().get("id").asText();
        Response activated = api.admin().post("/api/v1/rulesets/" + provincial + "/activations",
                Map.of("comment", "Tỉnh Thử nghiệm áp dụng bảng tiêu chí thử nghiệm", "province", "99"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
        awaitProvince(api, "99", provincial);

        JsonNode recognised = decide(api, inTestProvince("ho-99-dat", true));
        assertThat(recognised.get("outcome").asText()).as(recognised.toString()).isEqualTo("RECOGNISED");
        assertThat(recognised.at("/ruleset/sha256").asText()).isEqualTo(provincial);
        assertThat(recognised.at("/result/verdict/totalPoints").decimalValue()).isEqualByComparingTo("90");
        JsonNode fromTable = criterion(recognised, "FAM99-C3");
        assertThat(fromTable.get("status").asText()).isEqualTo("PASSED");
        assertThat(fromTable.get("name").asText())
                .isEqualTo("Gia đình có nếp sống học tập, trẻ em tích cực tham gia hoạt động chung (thử nghiệm)");
        assertThat(fromTable.get("resource").asText()).isEqualTo(TABLE + "!Tiêu chí!A10");
        assertThat(fromTable.get("legalSource").asText()).contains("Tỉnh Thử nghiệm");
        assertThat(recognised.at("/result/criteria").findValuesAsText("criterionId")).as("replaced by the table")
                .doesNotContain("FAM448-C2.3", "FAM448-C3", "FAM448-C4").contains("FAM448-C1.1", "FAM99-C4");

        JsonNode notRecognised = decide(api, inTestProvince("ho-99-khong-dat", false));
        assertThat(notRecognised.get("outcome").asText()).as(notRecognised.toString()).isEqualTo("NOT_RECOGNISED");
        assertThat(notRecognised.at("/result/verdict/totalPoints").decimalValue()).isEqualByComparingTo("60");
        assertThat(criterion(notRecognised, "FAM99-C3").get("status").asText()).isEqualTo("FAILED");

        JsonNode bacNinh = decide(api, Assessments.familyInVuNinh("ho-bac-ninh", "Nguyễn Văn Thắng"));
        assertThat(bacNinh.get("outcome").asText()).as(bacNinh.toString()).isEqualTo("NOT_DECIDABLE");
        assertThat(bacNinh.at("/ruleset/sha256").asText()).isNotEqualTo(provincial);
    }

    /** The Vũ Ninh household of the other tests, moved to the fixture province's commune. */
    private static Map<String, Object> inTestProvince(String subjectId, boolean childrenActive) {
        Map<String, Object> body = Assessments.familyInVuNinh(subjectId, "Nguyễn Văn Thắng");
        body.put("subject", Map.of("id", subjectId, "name", "Hộ ông Nguyễn Văn Thắng", "areaCode", "99101"));
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) body.get("facts");
        facts.put("childrenHonestPoliteAndActive", childrenActive);
        return body;
    }

    private static JsonNode decide(ApiClient api, Map<String, Object> body) {
        Response created = api.submitter().post("/api/v1/assessments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode criterion(JsonNode decision, String id) {
        for (JsonNode criterion : decision.at("/result/criteria")) {
            if (criterion.get("criterionId").asText().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id + " in " + decision);
    }

    private static void awaitProvince(ApiClient api, String province, String version) {
        long start = System.nanoTime();
        while (!version.equals(api.auditor().get("/api/v1/rulesets/active").json().at("/provinces/" + province)
                .asText())) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String fixture(String name) {
        try (InputStream in = ProvincialDecisionTableIntegrationTests.class.getResourceAsStream(FIXTURE + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
