package vn.hoctap.api.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.assessment;
import static vn.hoctap.api.support.Assessments.citizenFacts;
import static vn.hoctap.api.support.Assessments.communeFacts;
import static vn.hoctap.api.support.Assessments.districtFacts;
import static vn.hoctap.api.support.Assessments.provinceFacts;
import static vn.hoctap.api.support.Assessments.unitFacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.MovableClock;
import vn.hoctap.api.support.MovableClockConfiguration;

/**
 * Higher levels decided from the decisions stored below them, end to end through the HTTP API, on a fixture province
 * imported into the area registry (Tỉnh Thử nghiệm, two districts, five communes; before the 2025 reform):
 * <pre>
 * citizens (Công dân học tập, QĐ 324: ≥ 80 points, no indicator below 5)
 *   Xã An Bình (X1, 5 citizens in the registry): Lê Văn An, Phạm Thị Bích, Đỗ Văn Cường recognised; Vũ Thị Dung not
 *   Xã Bình Minh (X2, 1 citizen): Hoàng Văn Em recognised
 *   An and Bích, and Dung, are members of the unit "Phòng Giáo dục và Đào tạo huyện Thử nghiệm Một"
 * communes (Cộng đồng học tập cấp xã, TT 25/2023), assessment year 2024
 *   X1 asks Level 1: 3/5 = 60 % citizens holding the title (counted) → Mức độ 1
 *   X2 recognised Level 1 for 2023 (decided 25/02/2024); asks Level 2 for 2024 on 20/02/2025: 11 months → not recognised
 *      at Level 2; its 2023 recognition still counts
 *   X3 asks Level 2 with a Level-1 decision of 01/12/2023 made outside the system (declared) → Mức độ 2
 *   X4 asks Level 1, no annual plan → not recognised;  X5 never assessed
 * districts (TT 25/2023), 2024: H1 (X1, X2, X3): 3/3 at Level 1 or higher, 1/3 at Level 2 → Mức độ 1;
 *   H2 (X4, X5): 0/2 → not recognised
 * province, 2024: 1/2 districts → not recognised (C4.T1 needs 90 %)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollupIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final String AREAS = """
            code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens
            T9,Tỉnh Thử nghiệm,PROVINCE,Tỉnh,,2016-01-01,2025-06-30,,,,,,
            T9H1,Huyện Thử nghiệm Một,DISTRICT,Huyện,T9,2016-01-01,2025-06-30,,,,,,
            T9H2,Huyện Thử nghiệm Hai,DISTRICT,Huyện,T9,2016-01-01,2025-06-30,,,,,,
            T9X1,Xã An Bình,COMMUNE,Xã,T9H1,2016-01-01,2025-06-30,3,,,,,5
            T9X2,Xã Bình Minh,COMMUNE,Xã,T9H1,2016-01-01,2025-06-30,1,,,,,1
            T9X3,Xã Cẩm Phú,COMMUNE,Xã,T9H1,2016-01-01,2025-06-30,,,,,,
            T9X4,Xã Đông Hòa,COMMUNE,Xã,T9H2,2016-01-01,2025-06-30,,,,,,
            T9X5,Xã Yên Hưng,COMMUNE,Xã,T9H2,2016-01-01,2025-06-30,,,,,,
            """;
    private static final String UNIT = "pgd-thu-nghiem-mot";

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private ApiClient api;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void buildTheProvince() {
        api = ApiClient.on(port);
        assertThat(api.admin().post("/api/v1/areas/import", "text/csv", AREAS).status()).isEqualTo(200);
        citizen("cd-an", "Lê Văn An", "T9X1", 8, List.of(UNIT));
        citizen("cd-bich", "Phạm Thị Bích", "T9X1", 8, List.of(UNIT));
        citizen("cd-cuong", "Đỗ Văn Cường", "T9X1", 9, null);
        citizen("cd-dung", "Vũ Thị Dung", "T9X1", 7, List.of(UNIT));
        citizen("cd-em", "Hoàng Văn Em", "T9X2", 8, null);
        commune("X1", "T9X1", "Xã An Bình", 2024, "2025-02-20", "2025-03-15", 1, Map.of());
        commune("X2-2023", "T9X2", "Xã Bình Minh", 2023, "2024-02-20", "2024-02-25", 1,
                Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 700));
        commune("X2", "T9X2", "Xã Bình Minh", 2024, "2025-02-20", "2025-03-15", 2, Map.of());
        commune("X3", "T9X3", "Xã Cẩm Phú", 2024, "2025-02-20", "2025-03-15", 2,
                Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850, "level1DecisionDate", "2023-12-01"));
        commune("X4", "T9X4", "Xã Đông Hòa", 2024, "2025-02-20", "2025-03-15", 1,
                Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850, "annualPlanIssued", false));
    }

    @Test
    @Order(1)
    void citizensAreDecidedAndCountedIntoTheirCommune() {
        JsonNode x1 = decision("X1");
        assertThat(x1.path("outcome").asText()).isEqualTo("RECOGNISED");
        assertThat(x1.path("level").asInt()).isEqualTo(1);
        assertThat(x1.path("requestedLevel").asInt()).isEqualTo(1);
        assertThat(x1.path("decisionDate").asText()).isEqualTo("2025-03-15");
        assertThat(x1.path("validUntil").asText()).isEqualTo("2028-12-31");
        JsonNode citizens = figure(x1, "citizensWithLearningCitizenTitle");
        assertThat(citizens.path("mode").asText()).isEqualTo("COUNTED");
        assertThat(citizens.path("count").asLong()).isEqualTo(3);
        assertThat(citizens.path("denominator").asLong()).isEqualTo(5);
        assertThat(citizens.path("denominatorFrom").asText()).isEqualTo("AREA_COUNT");
        assertThat(citizens.path("relation").asText()).isEqualTo("WITHIN_AREA");
        assertThat(citizens.path("scope").asText()).isEqualTo("T9X1@2016-01-01");
        assertThat(citizens.path("countingDate").asText()).isEqualTo("2024-12-31");
        assertThat(citizens.path("decisionsCounted").asInt()).isEqualTo(3);
        JsonNode criterion = criterion(x1, "CCL25-C5.T1", 1);
        assertThat(criterion.path("status").asText()).isEqualTo("PASSED");
        assertThat(observed(criterion)).containsEntry("Tỷ lệ công dân đạt danh hiệu Công dân học tập — số đạt", "3")
                .containsEntry("Tỷ lệ công dân đạt danh hiệu Công dân học tập — tổng số", "5");
        assertThat(criterion(x1, "CCL25-C5.T1", 2).path("status").asText()).isEqualTo("FAILED");
        JsonNode procedure = x1.path("procedure");
        assertThat(procedure.path("filingDate").asText()).isEqualTo("2025-02-20");
        assertThat(procedure.path("filingBy").asText()).isEqualTo("2025-02-28");
        assertThat(procedure.path("decidedBy").asText()).isEqualTo("2025-03-31");
        assertThat(procedure.path("filedLate").asBoolean()).isFalse();
        assertThat(procedure.path("decidedLate").asBoolean()).isFalse();
        assertThat(procedure.path("parameters").findValuesAsText("source"))
                .containsOnly("Thông tư 25/2023/TT-BGDĐT, Điều 9");

        JsonNode listed = api.auditor().get("/api/v1/decisions/" + ids.get("X1") + "/rollups/citizensWithLearningCitizenTitle").json();
        assertThat(listed.path("intact").asBoolean()).isTrue();
        assertThat(listed.path("totalItems").asInt()).isEqualTo(3);
        assertThat(names(listed)).containsExactlyInAnyOrder("Lê Văn An", "Phạm Thị Bích", "Đỗ Văn Cường");
        assertThat(decisionIds(listed)).containsExactlyInAnyOrder(ids.get("cd-an"), ids.get("cd-bich"), ids.get("cd-cuong"));
        assertThat(listed.path("items").get(0).path("outcome").asText()).isEqualTo("RECOGNISED");
        assertThat(api.auditor().get("/api/v1/decisions/" + ids.get("X1") + "/rollups/noSuchField").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void aLevel2RequestElevenMonthsAfterTheStoredLevel1DecisionIsNotRecognisedAtLevel2() {
        JsonNode x2 = decision("X2");
        assertThat(x2.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(x2.path("level").isNull() || x2.path("level").isMissingNode()).isTrue();
        JsonNode level1 = figure(x2, "level1DecisionDate");
        assertThat(level1.path("mode").asText()).isEqualTo("COUNTED");
        assertThat(level1.path("date").asText()).isEqualTo("2024-02-25");
        assertThat(level1.path("relation").asText()).isEqualTo("SAME_SUBJECT");
        JsonNode listed = api.auditor().get("/api/v1/decisions/" + ids.get("X2") + "/rollups/level1DecisionDate").json();
        assertThat(decisionIds(listed)).containsExactly(ids.get("X2-2023"));
        JsonNode condition = criterion(x2, "CCL25-L2-DK", 2);
        assertThat(condition.path("status").asText()).isEqualTo("FAILED");
        assertThat(condition.path("explanation").asText()).contains("11 tháng");
        assertThat(x2.path("result").path("verdict").path("reasons").get(0).asText())
                .startsWith("Không được công nhận Mức độ 2 theo hồ sơ đề nghị");
        assertThat(figure(x2, "citizensWithLearningCitizenTitle").path("count").asLong()).isEqualTo(1);

        JsonNode x3 = decision("X3");
        assertThat(x3.path("level").asInt()).isEqualTo(2);
        JsonNode declared = figure(x3, "level1DecisionDate");
        assertThat(declared.path("mode").asText()).isEqualTo("DECLARED");
        assertThat(declared.path("declaredBy").asText()).isEqualTo("submitter");
        assertThat(figure(x3, "citizensWithLearningCitizenTitle").path("mode").asText()).isEqualTo("DECLARED");
        assertThat(decision("X4").path("outcome").asText()).isEqualTo("NOT_RECOGNISED");
    }

    @Test
    @Order(3)
    void aDistrictCountsItsCommunesRecognisedOnThirtyFirstDecember() {
        district("H1", "T9H1", "Huyện Thử nghiệm Một");
        district("H2", "T9H2", "Huyện Thử nghiệm Hai");
        JsonNode h1 = decision("H1");
        JsonNode level1 = figure(h1, "communesRecognisedLevel1OrHigher");
        assertThat(level1.path("count").asLong()).isEqualTo(3);
        assertThat(level1.path("denominator").asLong()).isEqualTo(3);
        assertThat(level1.path("denominatorFrom").asText()).isEqualTo("CHILD_AREAS");
        assertThat(decisionIds(api.auditor().get("/api/v1/decisions/" + ids.get("H1")
                + "/rollups/communesRecognisedLevel1OrHigher").json()))
                .containsExactlyInAnyOrder(ids.get("X1"), ids.get("X2-2023"), ids.get("X3"));
        JsonNode level2 = figure(h1, "communesRecognisedLevel2");
        assertThat(level2.path("count").asLong()).isEqualTo(1);
        assertThat(decisionIds(api.auditor().get("/api/v1/decisions/" + ids.get("H1")
                + "/rollups/communesRecognisedLevel2").json())).containsExactly(ids.get("X3"));
        assertThat(criterion(h1, "DCL25-C4.T1", 1).path("status").asText()).isEqualTo("PASSED");
        assertThat(criterion(h1, "DCL25-C4.T1", 2).path("status").asText()).isEqualTo("FAILED");
        assertThat(h1.path("outcome").asText()).isEqualTo("RECOGNISED");
        assertThat(h1.path("level").asInt()).isEqualTo(1);
        assertThat(h1.path("procedure").path("filingBy").asText()).isEqualTo("2025-04-30");
        assertThat(h1.path("procedure").path("decidedBy").asText()).isEqualTo("2025-05-31");
        assertThat(h1.path("procedure").path("decidedLate").asBoolean()).isFalse();

        JsonNode h2 = decision("H2");
        assertThat(figure(h2, "communesRecognisedLevel1OrHigher").path("count").asLong()).isZero();
        assertThat(figure(h2, "communesRecognisedLevel1OrHigher").path("denominator").asLong()).isEqualTo(2);
        assertThat(figure(h2, "communesRecognisedLevel1OrHigher").path("decisionsCounted").asInt()).isZero();
        assertThat(h2.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");
    }

    @Test
    @Order(4)
    void theProvinceCountsItsDistrictsAndTheUnitItsMembers() {
        Map<String, Object> facts = provinceFacts();
        submit("P", assessment("PROVINCIAL_LEARNING_COMMUNITY", "tinh-thu-nghiem", "Tỉnh Thử nghiệm", "T9", 2024,
                "2025-06-20", facts), 1, "2025-06-25");
        JsonNode province = decision("P");
        assertThat(figure(province, "districtsRecognisedLevel1OrHigher").path("count").asLong()).isEqualTo(1);
        assertThat(figure(province, "districtsRecognisedLevel1OrHigher").path("denominator").asLong()).isEqualTo(2);
        assertThat(figure(province, "districtsRecognisedLevel2").path("count").asLong()).isZero();
        assertThat(decisionIds(api.auditor().get("/api/v1/decisions/" + ids.get("P")
                + "/rollups/districtsRecognisedLevel1OrHigher").json())).containsExactly(ids.get("H1"));
        assertThat(criterion(province, "PCL25-C4.T1", 1).path("status").asText()).isEqualTo("FAILED");
        assertThat(province.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");

        Map<String, Object> unit = unitFacts(3);
        submit("U", assessment("DISTRICT_LEARNING_UNIT", UNIT, "Phòng Giáo dục và Đào tạo huyện Thử nghiệm Một", "T9H1",
                2024, "2025-01-10", unit), 1, "2025-02-10");
        JsonNode decided = decision("U");
        JsonNode members = figure(decided, "membersWithLearningCitizenTitle");
        assertThat(members.path("count").asLong()).isEqualTo(2);
        assertThat(members.path("relation").asText()).isEqualTo("MEMBERS");
        assertThat(members.path("denominator").asLong()).isEqualTo(3);
        assertThat(decisionIds(api.auditor().get("/api/v1/decisions/" + ids.get("U")
                + "/rollups/membersWithLearningCitizenTitle").json()))
                .containsExactlyInAnyOrder(ids.get("cd-an"), ids.get("cd-bich"));
        assertThat(criterion(decided, "LU24-D-C3.T1", 1).path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    @Order(5)
    void aDeclaredFigureThatContradictsTheCountIsRefusedUnlessAReasonIsGiven() {
        Map<String, Object> facts = unitFacts(3);
        facts.put("membersWithLearningCitizenTitle", 3);
        ApiClient.Response refused = api.submitter().post("/api/v1/assessments", assessment("DISTRICT_LEARNING_UNIT",
                UNIT, "Phòng Giáo dục và Đào tạo huyện Thử nghiệm Một", "T9H1", 2024, "2025-01-10", facts));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("facts.membersWithLearningCitizenTitle").contains("CONFLICTS_WITH_COUNT");

        Map<String, Object> body = assessment("DISTRICT_LEARNING_UNIT", UNIT,
                "Phòng Giáo dục và Đào tạo huyện Thử nghiệm Một", "T9H1", 2024, "2025-01-10", facts);
        body.put("rollupOverrides", Map.of("membersWithLearningCitizenTitle",
                "Một thành viên được công nhận qua hệ thống trực tuyến của Hội Khuyến học"));
        JsonNode accepted = api.submitter().post("/api/v1/assessments", body).json();
        JsonNode members = figure(api.auditor().get("/api/v1/decisions/" + accepted.path("id").asText()).json(),
                "membersWithLearningCitizenTitle");
        assertThat(members.path("mode").asText()).isEqualTo("DECLARED_OVER_COUNTED");
        assertThat(members.path("count").asLong()).isEqualTo(3);
        assertThat(members.path("counted").asLong()).isEqualTo(2);
        assertThat(members.path("reason").asText()).contains("Hội Khuyến học");
    }

    @Test
    @Order(6)
    void anOldDistrictDecisionKeepsItsCountsAndAReEvaluationNamesTheChange() {
        commune("X1-again", "T9X1", "Xã An Bình", 2024, "2025-02-20", "2025-03-20", 1, Map.of("annualPlanIssued", false));
        assertThat(decision("X1-again").path("outcome").asText()).isEqualTo("NOT_RECOGNISED");

        JsonNode old = decision("H1");
        assertThat(figure(old, "communesRecognisedLevel1OrHigher").path("count").asLong()).isEqualTo(3);
        assertThat(old.path("sealStatus").asText()).isEqualTo("VALID");
        assertThat(old.path("level").asInt()).isEqualTo(1);

        JsonNode again = api.editor().post("/api/v1/decisions/" + ids.get("H1") + "/re-evaluations", Map.of()).json();
        JsonNode renewed = api.auditor().get("/api/v1/decisions/" + again.path("id").asText()).json();
        assertThat(renewed.path("supersedes").asText()).isEqualTo(ids.get("H1"));
        JsonNode level1 = figure(renewed, "communesRecognisedLevel1OrHigher");
        assertThat(level1.path("count").asLong()).isEqualTo(2);
        assertThat(level1.path("previous").asText()).isEqualTo("3");
        assertThat(level1.path("changed").asBoolean()).isTrue();
        JsonNode level2 = figure(renewed, "communesRecognisedLevel2");
        assertThat(level2.path("changed").asBoolean()).isFalse();
        assertThat(renewed.path("decisionDate").asText()).isEqualTo("2025-05-20");
        assertThat(renewed.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");
    }

    /**
     * Phường Ba Đình (00004, after the reform) is recognised at Level 1 on 10/03/2026: valid until 31/12/2029 (the year of
     * the decision + 3), whatever the reference date. A Level-2 dossier dated 31/12/2029 still finds that Level-1
     * decision; one dated 20/02/2030 does not (it expired), and is not recognised at Level 2.
     */
    @Test
    @Order(7)
    void anExpiredRecognitionStopsCountingAndValidityRunsFromTheDecisionDate() {
        Map<String, Object> declared = Map.of("citizens", 10000, "citizensWithLearningCitizenTitle", 8500,
                "citizensWithTechnicalTraining", 6500, "citizensWithUniversityDegree", 1600);
        commune("BD-2025", "00004", "Phường Ba Đình", 2025, "2026-02-20", "2026-03-10", 1, declared);
        JsonNode first = decision("BD-2025");
        assertThat(first.path("level").asInt()).isEqualTo(1);
        assertThat(first.path("validUntil").asText()).isEqualTo("2029-12-31");
        assertThat(first.path("areaVersions").toString()).contains("00004@2025-07-01");

        clock.advance(Duration.ofDays(3 * 366 + 120));
        Map<String, Object> belowLevel2 = new LinkedHashMap<>(declared);
        belowLevel2.put("citizensWithLearningCitizenTitle", 7000);
        commune("BD-2028", "00004", "Phường Ba Đình", 2028, "2029-12-31", "2029-12-31", 2, belowLevel2);
        JsonNode lastDay = decision("BD-2028");
        assertThat(figure(lastDay, "level1DecisionDate").path("date").asText()).isEqualTo("2026-03-10");
        assertThat(criterion(lastDay, "CCL25-L2-DK", 2).path("status").asText()).isEqualTo("PASSED");
        assertThat(criterion(lastDay, "CCL25-C5.T1", 2).path("status").asText()).isEqualTo("FAILED");
        assertThat(lastDay.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");

        commune("BD-2029", "00004", "Phường Ba Đình", 2029, "2030-02-20", "2030-02-25", 2, declared);
        JsonNode expired = decision("BD-2029");
        JsonNode none = figure(expired, "level1DecisionDate");
        assertThat(none.path("mode").asText()).isEqualTo("COUNTED");
        assertThat(none.path("date").isNull() || none.path("date").isMissingNode()).isTrue();
        assertThat(none.path("decisionsCounted").asInt()).isZero();
        assertThat(criterion(expired, "CCL25-L2-DK", 2).path("status").asText()).isEqualTo("FAILED");
        assertThat(expired.path("outcome").asText()).isEqualTo("NOT_RECOGNISED");

        String query = "/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&area=00004&year=2025&validOn=";
        assertThat(api.auditor().get(query + "2029-12-31").json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(api.auditor().get(query + "2030-01-01").json().path("totalItems").asInt()).isZero();
    }

    @Test
    @Order(8)
    void aLateDossierAndALateDecisionAreRecordedNotRefused() {
        Map<String, Object> facts = communeFacts();
        facts.putAll(Map.of("citizens", 1000, "citizensWithLearningCitizenTitle", 850,
                "citizensWithTechnicalTraining", 650, "citizensWithUniversityDegree", 160, "annualPlanIssued", false));
        Map<String, Object> body = assessment("COMMUNE_LEARNING_COMMUNITY", "xa-T9X5", "Xã Yên Hưng", "T9X5", 2024,
                "2025-03-05", facts);
        body.put("filingDate", "2025-03-05");
        body.put("decisionDate", "2025-04-10");
        ApiClient.Response late = api.submitter().post("/api/v1/assessments", body);
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        JsonNode procedure = decisionById(late.json().path("id").asText()).path("procedure");
        assertThat(procedure.path("filedLate").asBoolean()).isTrue();
        assertThat(procedure.path("decidedLate").asBoolean()).isTrue();
        List<String> notes = new ArrayList<>();
        procedure.path("notes").forEach(note -> notes.add(note.asText()));
        assertThat(notes).containsExactly("Hồ sơ nộp ngày 05/03/2025, sau hạn nộp 28/02/2025",
                "Quyết định ngày 10/04/2025, sau hạn ra quyết định 31/03/2025");

        body.remove("filingDate");
        body.put("subject", Map.of("id", "xa-T9X5-khong-ngay-nop", "name", "Xã Yên Hưng", "areaCode", "T9X5"));
        JsonNode unknown = decisionById(api.submitter().post("/api/v1/assessments", body).json().path("id").asText())
                .path("procedure");
        assertThat(unknown.has("filedLate")).isFalse();
        assertThat(unknown.path("filingBy").asText()).isEqualTo("2025-02-28");
        assertThat(unknown.path("notes").toString()).contains("Hồ sơ không ghi ngày nộp: chưa kiểm tra được hạn nộp 28/02/2025");

        body.put("filingDate", "2025-04-11");
        ApiClient.Response backwards = api.submitter().post("/api/v1/assessments", body);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("filingDate");
        assertThat(backwards.json().path("errors").get(0).path("reason").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(backwards.json().path("errors").get(0).path("message").asText())
                .contains("filing date 2025-04-11 is after the decision date 2025-04-10");
    }

    private void citizen(String key, String name, String area, int pointsEach, List<String> memberOf) {
        Map<String, Object> body = assessment("LEARNING_CITIZEN", key, name, area, 2024, "2024-12-10",
                citizenFacts(pointsEach));
        if (memberOf != null) {
            Map<String, Object> subject = new LinkedHashMap<>(Map.of("id", key, "name", name, "areaCode", area));
            subject.put("memberOf", memberOf);
            body.put("subject", subject);
        }
        JsonNode decision = api.submitter().post("/api/v1/assessments", body).json();
        assertThat(decision.path("outcome").asText()).as(name).isEqualTo(pointsEach >= 8 ? "RECOGNISED" : "NOT_RECOGNISED");
        ids.put(key, decision.path("id").asText());
    }

    private void commune(String key, String area, String name, int year, String referenceDate, String decisionDate,
            int level, Map<String, Object> changes) {
        Map<String, Object> facts = communeFacts();
        facts.put("citizensWithTechnicalTraining", area.equals("T9X1") ? 4 : area.equals("T9X2") && year == 2024 ? 1 : 650);
        facts.put("citizensWithUniversityDegree", area.equals("T9X1") ? 1 : area.equals("T9X2") && year == 2024 ? 1 : 160);
        facts.putAll(changes);
        submit(key, assessment("COMMUNE_LEARNING_COMMUNITY", "xa-" + area, name, area, year, referenceDate, facts), level,
                decisionDate);
    }

    private void district(String key, String area, String name) {
        Map<String, Object> facts = districtFacts();
        submit(key, assessment("DISTRICT_LEARNING_COMMUNITY", "huyen-" + area, name, area, 2024, "2025-04-20", facts), 1,
                "2025-05-20");
    }

    private void submit(String key, Map<String, Object> body, int level, String decisionDate) {
        body.put("requestedLevel", level);
        body.put("decisionDate", decisionDate);
        body.putIfAbsent("filingDate", body.get("referenceDate"));
        ApiClient.Response response = api.submitter().post("/api/v1/assessments", body);
        assertThat(response.status()).as(key + ": " + response.body()).isEqualTo(201);
        ids.put(key, response.json().path("id").asText());
    }

    private JsonNode decision(String key) {
        return decisionById(ids.get(key));
    }

    private JsonNode decisionById(String id) {
        return api.auditor().get("/api/v1/decisions/" + id).json();
    }

    private static JsonNode figure(JsonNode decision, String field) {
        for (JsonNode figure : decision.path("rollups")) {
            if (figure.path("field").asText().equals(field)) {
                return figure;
            }
        }
        throw new AssertionError("no roll-up " + field + " in " + decision.path("rollups"));
    }

    private static JsonNode criterion(JsonNode decision, String id, int level) {
        for (JsonNode criterion : decision.path("result").path("criteria")) {
            if (criterion.path("criterionId").asText().equals(id) && criterion.path("level").asInt() == level) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id + " at level " + level);
    }

    private static Map<String, String> observed(JsonNode criterion) {
        Map<String, String> values = new LinkedHashMap<>();
        criterion.path("observed").forEach(value -> values.put(value.path("label").asText(), value.path("value").asText()));
        return values;
    }

    private static List<String> names(JsonNode listed) {
        List<String> names = new ArrayList<>();
        listed.path("items").forEach(item -> names.add(item.path("subjectName").asText()));
        return names;
    }

    private static List<String> decisionIds(JsonNode listed) {
        List<String> found = new ArrayList<>();
        listed.path("items").forEach(item -> found.add(item.path("id").asText()));
        return found;
    }
}
