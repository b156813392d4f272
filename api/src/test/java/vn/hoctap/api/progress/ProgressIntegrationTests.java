package vn.hoctap.api.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.assessment;
import static vn.hoctap.api.support.Assessments.communeFacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.Csv;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Progress against plan targets end to end through the HTTP API, on a fixture province (Tỉnh Thử nghiệm Tám, T8) with
 * two communes imported into the area registry, and decisions made by the service:
 * <pre>
 * citizens (Công dân học tập, QĐ 324: ≥ 80 points, no indicator below 5), assessment year 2025
 *   Xã Hòa An (T8X1, 4 citizens, 10 households in the registry): 3 recognised (90, 80, 80 points), 1 not (70)
 *   Xã Hòa Bình (T8X2, 5 citizens, no household count): 1 recognised (80), 1 not (60)
 *   the province has no counts of its own: its citizens are the sum 4 + 5 = 9, its households unknown
 * communes (Cộng đồng học tập cấp xã, TT 25/2023), 2025: T8X1 Mức độ 1 (3/4 citizens counted); T8X2 not recognised
 * families (Gia đình học tập, QĐ 448): not decidable nationally, so none is recognised
 * targets (imported as ADMIN): T8 citizens 50 % by 2025; T8X2 citizens 30 % by 2026 and 60 % by 2030; T8 communes at
 *   Mức độ 1 or higher 50 % by 2025; the country's (bundled seed): families 70 % by 2025 (QĐ 387), citizens 60 % by
 *   2030 (QĐ 1373, UNCONFIRMED)
 * </pre>
 * Every expected figure is worked out by hand below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final String AREAS = """
            code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens
            T8,Tỉnh Thử nghiệm Tám,PROVINCE,Tỉnh,,2016-01-01,,,,,,,
            T8X1,Xã Hòa An,COMMUNE,Xã,T8,2016-01-01,,10,,,,,4
            T8X2,Xã Hòa Bình,COMMUNE,Xã,T8,2016-01-01,,,,,,,5
            """;
    private static final String PLAN = "Kế hoạch thử nghiệm 01/KH-UBND";
    private static final String TARGETS_CSV = "\uFEFF"
            + "planNumber,planTitle,issuer,issuedOn,sourceUrl,source,confirmed,note,areaCode,areaValidFrom,titleCode,"
            + "measure,indicator,horizonYear,targetMin,targetMax,level\n"
            + PLAN + ",\"Kế hoạch xây dựng xã hội học tập, tỉnh Thử nghiệm Tám\",Ủy ban nhân dân tỉnh Thử nghiệm Tám,"
            + "2022-05-06,https://example.org/kh-01,,true,,T8,2016-01-01,LEARNING_CITIZEN,CITIZENS,"
            + "Tỷ lệ công dân đạt danh hiệu \"\"Công dân học tập\"\",2025,50,,\n"
            + PLAN + ",,Ủy ban nhân dân xã Hòa Bình,,https://example.org/kh-01,,true,,T8X2,,LEARNING_CITIZEN,CITIZENS,"
            + ",2026,30,,\n"
            + PLAN + ",,Ủy ban nhân dân xã Hòa Bình,,https://example.org/kh-01,,true,,T8X2,,LEARNING_CITIZEN,CITIZENS,"
            + ",2030,60,,\n";

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeAll
    void buildTheProvince() {
        api = ApiClient.on(port);
        assertThat(api.admin().post("/api/v1/areas/import", "text/csv", AREAS).status()).isEqualTo(200);
        citizen("cd-1", "Nguyễn Văn Một", "T8X1", 9);
        citizen("cd-2", "Trần Thị Hai", "T8X1", 8);
        citizen("cd-3", "Lê Văn Ba", "T8X1", 8);
        citizen("cd-4", "Phạm Thị Bốn", "T8X1", 7);
        citizen("cd-5", "Hoàng Văn Năm", "T8X2", 8);
        citizen("cd-6", "Vũ Thị Sáu", "T8X2", 6);
        assertThat(commune("T8X1", "Xã Hòa An", Map.of()).path("level").asInt()).isEqualTo(1);
        assertThat(commune("T8X2", "Xã Hòa Bình", Map.of("annualPlanIssued", false)).path("outcome").asText())
                .isEqualTo("NOT_RECOGNISED");
        family("hgd-1", "Đỗ Văn Bảy", "T8X1");

        ApiClient.Response csv = api.admin().post("/api/v1/plan-targets", "text/csv", TARGETS_CSV);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().path("imported").asInt()).isEqualTo(3);
        Map<String, Object> communes = new LinkedHashMap<>();
        communes.put("planNumber", PLAN);
        communes.put("issuer", "Ủy ban nhân dân tỉnh Thử nghiệm Tám");
        communes.put("sourceUrl", "https://example.org/kh-01");
        communes.put("confirmed", true);
        communes.put("areaCode", "T8");
        communes.put("titleCode", "COMMUNE_LEARNING_COMMUNITY");
        communes.put("measure", "COMMUNES");
        communes.put("horizonYear", 2025);
        communes.put("targetMin", new BigDecimal("50"));
        communes.put("level", 1);
        ApiClient.Response json = api.admin().post("/api/v1/plan-targets", List.of(communes));
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void citizensAreCountedPerCommuneAndSummedForTheProvinceAgainstTheMostSpecificTarget() {
        ApiClient.Response answer = api.auditor().get("/api/v1/progress?area=T8&year=2025&title=LEARNING_CITIZEN");
        assertThat(answer.body()).as("rates with 2 decimals").contains("\"rate\":44.44", "\"rate\":75.00",
                "\"rate\":20.00", "\"gap\":-25.00");
        JsonNode report = answer.json();
        assertThat(report.path("areaVersion").asText()).isEqualTo("T8@2016-01-01");
        assertThat(report.path("countingDate").asText()).isEqualTo("2025-12-31");
        JsonNode title = title(report, "LEARNING_CITIZEN");
        assertThat(title.path("title").asText()).isEqualTo("Công dân học tập");
        assertThat(title.path("measure").asText()).isEqualTo("CITIZENS");
        assertThat(title.path("eligibleSubjects").asText()).isEqualTo("công dân");

        JsonNode province = title.path("total");
        assertFigures(province, 4, 6, 9, "CHILDREN_SUM", rate(4, 9), "50", "BELOW");
        assertThat(province.path("target").path("scope").asText()).isEqualTo("AREA");
        assertThat(province.path("target").path("planNumber").asText()).isEqualTo(PLAN);
        assertThat(province.path("target").path("sourceUrl").asText()).isEqualTo("https://example.org/kh-01");
        assertThat(province.path("notes").toString()).contains("cộng từ 2 đơn vị trực thuộc");

        JsonNode hoaAn = child(title, "T8X1");
        assertFigures(hoaAn, 3, 4, 4, "REGISTRY", rate(3, 4), "50", "MET");
        assertThat(hoaAn.path("target").path("scope").asText()).isEqualTo("PROVINCE");
        JsonNode hoaBinh = child(title, "T8X2");
        assertFigures(hoaBinh, 1, 2, 5, "REGISTRY", rate(1, 5), "30", "BELOW");
        assertThat(hoaBinh.path("target").path("scope").asText()).isEqualTo("AREA");
        assertThat(hoaBinh.path("target").path("horizonYear").asInt()).isEqualTo(2026);
    }

    @Test
    void laterYearsTakeTheNearestHorizonAndFallBackToTheNationalTargetWithItsStatus() {
        JsonNode title = title(api.auditor().get("/api/v1/progress?area=T8&year=2027&title=LEARNING_CITIZEN").json(),
                "LEARNING_CITIZEN");
        JsonNode province = title.path("total");
        // no assessment in 2027, but the 2025 recognitions have no end of validity and still count on 31/12/2027
        assertFigures(province, 4, 0, 9, "CHILDREN_SUM", rate(4, 9), "60", "BELOW");
        JsonNode national = province.path("target");
        assertThat(national.path("scope").asText()).isEqualTo("NATIONAL");
        assertThat(national.path("planNumber").asText()).isEqualTo("1373/QĐ-TTg");
        assertThat(national.path("horizonYear").asInt()).isEqualTo(2030);
        assertThat(national.path("confirmed").asBoolean()).isFalse();
        assertThat(national.path("note").asText()).contains("UNCONFIRMED");
        JsonNode hoaBinh = child(title, "T8X2");
        assertThat(hoaBinh.path("target").path("scope").asText()).isEqualTo("AREA");
        assertThat(hoaBinh.path("target").path("targetMin").decimalValue()).isEqualByComparingTo("60");
    }

    @Test
    void communesAreCountedFromTheRegistryAtTheTargetsLevelAndFamiliesWithoutAPopulationAreSaidSo() {
        JsonNode report = api.submitter().get("/api/v1/progress?area=T8&year=2025").json();
        JsonNode communes = title(report, "COMMUNE_LEARNING_COMMUNITY");
        assertThat(communes.path("measure").asText()).isEqualTo("COMMUNES");
        assertFigures(communes.path("total"), 1, 2, 2, "REGISTRY_AREAS", rate(1, 2), "50", "MET");
        assertThat(communes.path("total").path("minLevel").asInt()).isEqualTo(1);
        assertFigures(child(communes, "T8X1"), 1, 1, 1, "REGISTRY_AREAS", rate(1, 1), "50", "MET");
        assertFigures(child(communes, "T8X2"), 0, 1, 1, "REGISTRY_AREAS", rate(0, 1), "50", "BELOW");

        JsonNode families = title(report, "LEARNING_FAMILY");
        JsonNode province = families.path("total");
        assertThat(province.path("assessed").asLong()).isEqualTo(1);
        assertThat(province.path("recognised").asLong()).isZero();
        assertThat(province.path("eligible").isMissingNode()).isTrue();
        assertThat(province.path("status").asText()).isEqualTo("NO_POPULATION");
        assertThat(province.path("notes").toString()).contains("1/2 đơn vị trực thuộc");
        JsonNode hoaAn = child(families, "T8X1");
        assertFigures(hoaAn, 0, 1, 10, "REGISTRY", rate(0, 10), "70", "BELOW");
        assertThat(hoaAn.path("target").path("planNumber").asText()).isEqualTo("387/QĐ-TTg");
        assertThat(hoaAn.path("target").path("scope").asText()).isEqualTo("NATIONAL");
        assertThat(hoaAn.path("target").path("sourceUrl").asText()).contains("baoyenbai.com.vn");
        assertThat(child(families, "T8X2").path("status").asText()).isEqualTo("NO_POPULATION");
    }

    @Test
    void theCsvHasTheSameFiguresWithAByteOrderMarkAndVietnameseHeaders() throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/progress?area=T8&year=2025")).header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:hoctap-auditor".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"tien-do-T8-2025.csv\"");
        byte[] bytes = answer.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> records = Csv.records(new String(bytes, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        assertThat(header).contains("Số được công nhận", "Tổng số đối tượng", "Tỷ lệ (%)", "Chỉ tiêu (%)",
                "Chênh lệch (điểm %)", "Tình trạng");
        Map<String, String> hoaAn = row(records, "LEARNING_CITIZEN", "T8X1");
        assertThat(hoaAn).containsEntry("Phạm vi", "Đơn vị trực thuộc").containsEntry("Tên địa bàn", "Xã Hòa An")
                .containsEntry("Số được công nhận", "3").containsEntry("Tổng số đối tượng", "4")
                .containsEntry("Tỷ lệ (%)", rate(3, 4).toPlainString()).containsEntry("Chỉ tiêu (%)", "50")
                .containsEntry("Chênh lệch (điểm %)", new BigDecimal("50").subtract(rate(3, 4)).toPlainString())
                .containsEntry("Mã tình trạng", "MET").containsEntry("Tình trạng", "Đạt chỉ tiêu");
        Map<String, String> province = row(records, "LEARNING_CITIZEN", "T8");
        assertThat(province).containsEntry("Phạm vi", "Toàn địa bàn").containsEntry("Số được công nhận", "4")
                .containsEntry("Tổng số đối tượng", "9").containsEntry("Tỷ lệ (%)", "44.44")
                .containsEntry("Chênh lệch (điểm %)", "5.56").containsEntry("Kế hoạch", PLAN
                        + " (Ủy ban nhân dân tỉnh Thử nghiệm Tám)");
        assertThat(row(records, "LEARNING_FAMILY", "T8X2")).containsEntry("Mã tình trạng", "NO_POPULATION")
                .containsEntry("Tỷ lệ (%)", "");
        long titles = title(api.auditor().get("/api/v1/progress?area=T8&year=2025").json(), null).size();
        assertThat(records).hasSize(1 + (int) titles * 3);
    }

    @Test
    void badTargetRowsAreRefusedNamingRowAndFieldAndNothingIsWritten() {
        String csv = "planNumber,issuer,sourceUrl,confirmed,note,areaCode,titleCode,measure,horizonYear,targetMin\n"
                + "X/KH,Ủy ban,https://example.org/x,true,,T8,LEARNING_CITIZEN,CITIZENS,2025,\"75,5\"\n"
                + "X/KH,Ủy ban,https://example.org/x,true,,T8,LEARNING_CITIZEN,PEOPLE,2025,75\n"
                + "X/KH,Ủy ban,https://example.org/x,true,,T8Z,LEARNING_CITIZEN,CITIZENS,2025,75\n"
                + "X/KH,Ủy ban,https://example.org/x,false,,T8,LEARNING_FAMILY,CITIZENS,2025,101\n";
        ApiClient.Response refused = api.admin().post("/api/v1/plan-targets", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asText()).endsWith("/problems/validation");
        Map<String, String> errors = new LinkedHashMap<>();
        refused.json().path("errors").forEach(error -> errors.put(error.path("field").asText(),
                error.path("reason").asText()));
        assertThat(errors).containsEntry("rows[0].targetMin", "WRONG_TYPE").containsEntry("rows[1].measure", "NOT_ALLOWED")
                .containsEntry("rows[2].areaCode", "UNKNOWN_AREA").containsEntry("rows[3].note", "MISSING")
                .containsEntry("rows[3].titleCode", "NOT_ALLOWED").containsEntry("rows[3].targetMin", "OUT_OF_RANGE");
        assertThat(api.auditor().get("/api/v1/plan-targets?area=T8").json()).hasSize(2);

        ApiClient.Response header = api.admin().post("/api/v1/plan-targets", "text/csv", "planNumber,issuer\nX,Y\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.json().path("errors").get(0).path("field").asText()).isEqualTo("header");
        assertThat(api.submitter().post("/api/v1/plan-targets", "text/csv", TARGETS_CSV).status()).isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/v1/progress?area=T8&year=2025").status()).isEqualTo(401);
    }

    @Test
    void anUnknownAreaOrTitleIsAProblemNamingTheParameterInJsonAndCsvAlike() {
        ApiClient.Response area = api.auditor().get("/api/v1/progress?area=T8Z&year=2025");
        assertThat(area.status()).isEqualTo(404);
        assertThat(area.contentType()).startsWith("application/problem+json");
        assertThat(area.json().path("errors").get(0).path("field").asText()).isEqualTo("area");
        ApiClient.Response title = api.auditor().with("Accept", "text/csv")
                .get("/api/v1/progress?area=T8&year=2025&title=NO_SUCH_TITLE");
        assertThat(title.status()).isEqualTo(400);
        assertThat(title.contentType()).startsWith("application/problem+json");
        assertThat(title.json().path("errors").get(0).path("field").asText()).isEqualTo("title");
        assertThat(title.json().path("errors").get(0).path("reason").asText()).isEqualTo("UNKNOWN_TITLE");
        ApiClient.Response before = api.auditor().get("/api/v1/progress?area=T8&year=2025&on=2015-12-31");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().path("errors").get(0).path("field").asText()).isEqualTo("on");
        assertThat(api.auditor().get("/api/v1/progress?area=T8&year=2025&on=2025-06-01").json().path("areaOn").asText())
                .isEqualTo("2025-06-01");
        ApiClient.Response year = api.auditor().get("/api/v1/progress?area=T8&year=1900");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.json().path("errors").get(0).path("field").asText()).isEqualTo("year");
    }

    @Test
    void theBundledSeedHoldsTheNationalAndProvincialTargetsWithTheirSources() {
        JsonNode families = api.submitter().get("/api/v1/plan-targets?area=VN&title=LEARNING_FAMILY&year=2025").json();
        assertThat(families).hasSize(1);
        assertThat(families.get(0).path("planNumber").asText()).isEqualTo("387/QĐ-TTg");
        assertThat(families.get(0).path("targetMin").decimalValue()).isEqualByComparingTo("70");
        assertThat(families.get(0).path("confirmed").asBoolean()).isTrue();
        assertThat(families.get(0).path("issuedOn").asText()).isEqualTo("2022-03-25");
        assertThat(families.get(0).path("sourceUrl").asText()).startsWith("http://baoyenbai.com.vn/");
        JsonNode clans = api.submitter().get("/api/v1/plan-targets?area=27&title=LEARNING_CLAN&year=2025").json();
        assertThat(clans).hasSize(1);
        assertThat(clans.get(0).path("planNumber").asText()).isEqualTo("267/KH-UBND");
        assertThat(clans.get(0).path("areaVersion").asText()).isEqualTo("27@2016-01-01");
        assertThat(clans.get(0).path("targetMin").decimalValue()).isEqualByComparingTo("70");
        assertThat(clans.get(0).path("targetMax").decimalValue()).isEqualByComparingTo("75");
        // Phú Thọ (25) and Bà Rịa – Vũng Tàu (77) are not in the bundled area sample: their plans are left out
        assertThat(api.submitter().get("/api/v1/plan-targets?area=25").json()).isEmpty();
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocumentAndAnUnservedMediaTypeIsAProblem() {
        JsonNode paths = api.auditor().get("/v3/api-docs").json().path("paths");
        assertThat(paths.has("/api/v1/progress")).isTrue();
        assertThat(paths.has("/api/v1/plan-targets")).isTrue();
        assertThat(paths.path("/api/v1/progress").path("get").path("responses").path("200").path("content").has("text/csv"))
                .isTrue();
        ApiClient.Response xml = api.auditor().with("Accept", "application/xml").get("/api/v1/progress?area=T8&year=2025");
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/problem+json");
    }

    private static void assertFigures(JsonNode figures, long recognised, long assessed, long eligible, String from,
            BigDecimal rate, String target, String status) {
        assertThat(figures.path("recognised").asLong()).as("recognised " + figures).isEqualTo(recognised);
        assertThat(figures.path("assessed").asLong()).as("assessed " + figures).isEqualTo(assessed);
        assertThat(figures.path("eligible").asLong()).as("eligible " + figures).isEqualTo(eligible);
        assertThat(figures.path("eligibleFrom").asText()).isEqualTo(from);
        assertThat(figures.path("rate").decimalValue()).as("rate " + figures).isEqualByComparingTo(rate);
        assertThat(figures.path("target").path("targetMin").decimalValue()).isEqualByComparingTo(target);
        assertThat(figures.path("gap").decimalValue()).as("gap " + figures)
                .isEqualByComparingTo(new BigDecimal(target).subtract(rate));
        assertThat(figures.path("status").asText()).isEqualTo(status);
    }

    /** The rate worked out by hand: recognised × 100 ÷ eligible, 2 decimals, half up. */
    private static BigDecimal rate(long recognised, long eligible) {
        return BigDecimal.valueOf(recognised * 100).divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_UP);
    }

    /** The title's entry, or (code null) the list of titles. */
    private static JsonNode title(JsonNode report, String code) {
        if (code == null) {
            return report.path("titles");
        }
        for (JsonNode title : report.path("titles")) {
            if (title.path("titleCode").asText().equals(code)) {
                return title;
            }
        }
        throw new AssertionError("no title " + code + " in " + report);
    }

    private static JsonNode child(JsonNode title, String code) {
        for (JsonNode child : title.path("children")) {
            if (child.path("areaCode").asText().equals(code)) {
                return child;
            }
        }
        throw new AssertionError("no child area " + code + " in " + title);
    }

    private static Map<String, String> row(List<List<String>> records, String title, String area) {
        List<String> header = records.get(0);
        for (List<String> record : records.subList(1, records.size())) {
            if (record.get(header.indexOf("Mã danh hiệu")).equals(title)
                    && record.get(header.indexOf("Mã địa bàn")).equals(area)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                return row;
            }
        }
        throw new AssertionError("no CSV row for " + title + " in " + area);
    }

    private void citizen(String key, String name, String area, int pointsEach) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("targetGroup", "INTELLECTUAL_WORKER");
        Assessments.CITIZEN_INDICATORS.forEach(indicator -> facts.put(indicator, pointsEach));
        ApiClient.Response decided = api.submitter().post("/api/v1/assessments",
                assessment("LEARNING_CITIZEN", key, name, area, 2025, "2025-12-10", facts));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().path("outcome").asText()).as(name)
                .isEqualTo(pointsEach >= 8 ? "RECOGNISED" : "NOT_RECOGNISED");
    }

    private JsonNode commune(String area, String name, Map<String, Object> changes) {
        Map<String, Object> facts = communeFacts();
        facts.put("citizensWithTechnicalTraining", 4);
        facts.put("citizensWithUniversityDegree", 1);
        facts.putAll(changes);
        Map<String, Object> body = assessment("COMMUNE_LEARNING_COMMUNITY", "xa-" + area, name, area, 2025,
                "2026-02-20", facts);
        body.put("requestedLevel", 1);
        body.put("decisionDate", "2026-03-15");
        ApiClient.Response decided = api.submitter().post("/api/v1/assessments", body);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return decided.json();
    }

    private void family(String key, String head, String area) {
        Map<String, Object> father = new LinkedHashMap<>();
        father.put("fullName", head);
        father.put("birthDate", "1979-05-02");
        father.put("literacyLevel", 2);
        father.put("learningContentsThisYear", 2);
        father.put("inUniversalEducationAge", false);
        father.put("pupil", false);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("members", new ArrayList<>(List.of(father)));
        facts.put("childrenHonestPoliteAndActive", true);
        ApiClient.Response decided = api.submitter().post("/api/v1/assessments",
                assessment("LEARNING_FAMILY", key, "Hộ ông " + head, area, 2025, "2025-11-30", facts));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().path("outcome").asText()).isEqualTo("NOT_DECIDABLE");
    }
}
