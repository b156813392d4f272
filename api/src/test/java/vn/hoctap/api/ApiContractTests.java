package vn.hoctap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.Assessments;

/**
 * The end-to-end contract of the service, run against the embedded MongoDB server and, where Docker exists, against a
 * real MongoDB (the same tests, see the two subclasses). Every test uses its own subjects so they can share a store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiContractTests {

    @LocalServerPort
    int port;

    ApiClient api() {
        return ApiClient.on(port);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void submitsAnAssessmentAndReadsBackTheDecisionWithItsWholeTrace() {
        Response created = api().submitter().post("/api/v1/assessments", communeBaDinh(unique("ba-dinh"), 6200));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode decision = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/decisions/" + decision.get("id").asText());
        assertThat(decision.get("outcome").asText()).isEqualTo("RECOGNISED");
        assertThat(decision.get("level").asInt()).isEqualTo(1);
        assertThat(decision.get("generationId").asText()).isEqualTo("TT25_2023");
        assertThat(decision.at("/ruleset/version").asText()).isEqualTo("1.0.0");
        assertThat(decision.at("/ruleset/sha256").asText()).hasSize(64);
        assertThat(decision.get("areaPath")).extracting(JsonNode::asText).containsExactly("01", "00004");
        assertThat(decision.get("inputSha256").asText()).hasSize(64);
        assertThat(decision.at("/result/criteria")).hasSize(31);
        JsonNode rate = criterion(decision, "CCL25-C5.T1", 1);
        assertThat(rate.get("status").asText()).isEqualTo("PASSED");
        assertThat(rate.get("explanation").asText()).contains("62 %").contains("≥ 60 %");
        assertThat(rate.at("/observed/0/name").asText()).isEqualTo("learningCitizenRate");
        assertThat(rate.at("/observed/0/label").asText()).isEqualTo("Tỷ lệ công dân đạt danh hiệu Công dân học tập (%)");
        assertThat(rate.at("/observed/0/value").decimalValue()).isEqualByComparingTo("62");
        assertThat(rate.at("/observed/1/name").asText()).isEqualTo("citizensWithLearningCitizenTitle");
        assertThat(rate.at("/observed/1/value").asLong()).isEqualTo(6200);
        assertThat(rate.at("/observed/2/name").asText()).isEqualTo("citizens");
        assertThat(rate.at("/parameters/0/source").asText()).isEqualTo("Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a");
        assertThat(rate.at("/parameters/0/effectiveFrom").asText()).isEqualTo("2024-02-12");
        assertThat(rate.get("resource").asText()).startsWith("vn/hoctap/rules/commune/tt25/effects.drl:");

        Response read = api().auditor().get("/api/v1/decisions/" + decision.get("id").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("result")).isEqualTo(decision.get("result"));
        assertThat(read.json().get("input")).isEqualTo(decision.get("input"));
        Response assessment = api().auditor().get("/api/v1/assessments/" + decision.get("assessmentId").asText());
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.json().at("/facts/citizensWithLearningCitizenTitle").asLong()).isEqualTo(6200);
        assertThat(assessment.json().get("decisionIds")).extracting(JsonNode::asText).containsExactly(decision.get("id").asText());
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstDecisionAndRefusesADifferentBody() {
        Map<String, Object> body = communeBaDinh(unique("idem"), 6500);
        ApiClient client = api().submitter().with("Idempotency-Key", unique("key"));

        Response first = client.post("/api/v1/assessments", body);
        Response retry = client.post("/api/v1/assessments", body);
        Response changed = client.post("/api/v1/assessments", communeBaDinh(unique("idem-other"), 6500));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().get("type").asText()).isEqualTo("/problems/idempotency-conflict");
        assertThat(changed.json().get("assessmentId")).isEqualTo(first.json().get("assessmentId"));
    }

    @Test
    void concurrentRetriesUnderOneKeyMakeOneDecision() throws Exception {
        Map<String, Object> body = communeBaDinh(unique("retry-race"), 6400);
        ApiClient client = api().submitter().with("Idempotency-Key", unique("race-key"));
        List<Response> responses = concurrently(8, i -> client.post("/api/v1/assessments", body));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(responses.stream().map(response -> response.json().get("id").asText()).distinct()).hasSize(1);
        assertThat(responses).filteredOn(response -> "false".equals(response.header("Idempotent-Replayed"))).hasSize(1);
        String id = responses.get(0).json().get("id").asText();
        assertThat(api().auditor().get("/api/v1/decisions/" + id + "/history").json()).hasSize(1);
    }

    @Test
    void largeNumbersAreKeptExactlyAndUnstorableOnesAreRefusedBeforeTheKeyIsSpent() {
        ApiClient client = api().submitter().with("Idempotency-Key", unique("gnlc-key"));
        String subject = unique("ha-noi");

        Response huge = api().submitter().post("/api/v1/assessments",
                Assessments.gnlcHanoi(unique("ha-noi"), new java.math.BigInteger("99999999999999999999")));
        Response tooPrecise = client.post("/api/v1/assessments",
                Assessments.gnlcHanoi(subject, new java.math.BigDecimal("1.00000000000000000000000000000000001")));
        Response corrected = client.post("/api/v1/assessments", Assessments.gnlcHanoi(subject, 7600));

        assertThat(huge.status()).as(huge.toString()).isEqualTo(201);
        assertThat(huge.json().at("/input/facts/gdpPerCapitaCity").bigIntegerValue())
                .isEqualTo(new java.math.BigInteger("99999999999999999999"));
        JsonNode stored = api().auditor().get("/api/v1/assessments/" + huge.json().get("assessmentId").asText()).json();
        assertThat(stored.at("/facts/gdpPerCapitaCity").bigIntegerValue()).isEqualTo(new java.math.BigInteger("99999999999999999999"));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.json().at("/errors/0/field").asText()).isEqualTo("facts.gdpPerCapitaCity");
        assertThat(tooPrecise.json().at("/errors/0/reason").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    }

    @Test
    void textIsStoredInComposedFormSoDecomposedInputReplaysTheSameRequest() {
        String subject = unique("nfc");
        Map<String, Object> composed = familyInVuNinh(subject, "Nguyễn Văn Hùng");
        Map<String, Object> decomposed = familyInVuNinh(subject, Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFD));
        ApiClient client = api().submitter().with("Idempotency-Key", unique("nfc-key"));

        Response first = client.post("/api/v1/assessments", decomposed);
        Response second = client.post("/api/v1/assessments", composed);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().at("/subject/name").asText()).isEqualTo("Hộ ông Nguyễn Văn Hùng");
        assertThat(first.json().at("/input/facts/members/0/fullName").asText()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().get("inputSha256")).isEqualTo(first.json().get("inputSha256"));
    }

    @Test
    void aBatchKeepsTheValidItemsAndAnswersEachInvalidOneWithItsFields() {
        Map<String, Object> unknownArea = familyInVuNinh(unique("batch-area"), "Trần Văn Nam");
        unknownArea.put("subject", Map.of("id", "x", "name", "Hộ ông Trần Văn Nam", "areaCode", "99999"));
        Map<String, Object> badFacts = communeBaDinh(unique("batch-bad"), 12000);
        List<Object> items = new ArrayList<>(List.of(communeBaDinh(unique("batch-good"), 8100), badFacts, unknownArea,
                familyInVuNinh(unique("batch-family"), "Lê Văn Tám"), Map.of("titleCode", "LEARNING_FAMILY", "colour", "đỏ")));
        items.add(null);
        items.add(Assessments.gnlcHanoi(unique("batch-precise"), new java.math.BigDecimal("1.00000000000000000000000000000000001")));
        ApiClient client = api().submitter().with("Idempotency-Key", unique("batch"));

        Response batch = client.post("/api/v1/assessments/batch", Map.of("items", items));
        Response retried = client.post("/api/v1/assessments/batch", Map.of("items", items));

        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        JsonNode result = batch.json();
        assertThat(result.get("received").asInt()).isEqualTo(7);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("rejected").asInt()).isEqualTo(5);
        assertThat(result.get("items")).extracting(item -> item.get("status").asText())
                .containsExactly("CREATED", "REJECTED", "REJECTED", "CREATED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(result.at("/items/6/errors/0/field").asText()).isEqualTo("facts.gdpPerCapitaCity");
        assertThat(result.at("/items/1/errors/0/field").asText()).isEqualTo("facts.citizensWithLearningCitizenTitle");
        assertThat(result.at("/items/1/errors/0/reason").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(result.at("/items/2/errors/0/field").asText()).isEqualTo("subject.areaCode");
        assertThat(result.at("/items/2/errors/0/reason").asText()).isEqualTo("UNKNOWN_AREA");
        assertThat(result.at("/items/4/errors/0/reason").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(api().auditor().get("/api/v1/decisions/" + result.at("/items/0/decisionId").asText()).status())
                .isEqualTo(200);
        assertThat(api().auditor().get("/api/v1/decisions/" + result.at("/items/3/decisionId").asText()).json()
                .get("outcome").asText()).isEqualTo("NOT_DECIDABLE");
        assertThat(retried.json().get("items")).extracting(item -> item.get("status").asText())
                .containsExactly("REPLAYED", "REJECTED", "REJECTED", "REPLAYED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(retried.json().at("/items/0/decisionId")).isEqualTo(result.at("/items/0/decisionId"));
    }

    @Test
    void reEvaluationWritesANewDecisionThatSupersedesTheOldWhichStaysUnchanged() {
        JsonNode original = api().submitter().post("/api/v1/assessments", communeBaDinh(unique("reeval"), 6300)).json();
        String originalId = original.get("id").asText();

        Response reevaluated = api().editor().post("/api/v1/decisions/" + originalId + "/re-evaluations", "");
        Response again = api().editor().post("/api/v1/decisions/" + originalId + "/re-evaluations", "");
        JsonNode old = api().auditor().get("/api/v1/decisions/" + originalId).json();
        JsonNode history = api().auditor().get("/api/v1/decisions/" + originalId + "/history").json();

        assertThat(reevaluated.status()).as(reevaluated.toString()).isEqualTo(201);
        String newId = reevaluated.json().get("id").asText();
        assertThat(reevaluated.json().get("supersedes").asText()).isEqualTo(originalId);
        assertThat(reevaluated.json().get("revision").asInt()).isEqualTo(2);
        assertThat(reevaluated.json().get("reason").asText()).isEqualTo("RE_EVALUATION");
        assertThat(reevaluated.json().get("assessmentId")).isEqualTo(original.get("assessmentId"));
        assertThat(old.get("current").asBoolean()).isFalse();
        assertThat(old.get("supersededBy").asText()).isEqualTo(newId);
        assertThat(old.get("result")).isEqualTo(original.get("result"));
        assertThat(old.get("decidedAt")).isEqualTo(original.get("decidedAt"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/decision-superseded");
        assertThat(again.json().get("currentDecisionId").asText()).isEqualTo(newId);
        assertThat(history).extracting(item -> item.get("id").asText()).containsExactly(originalId, newId);
    }

    @Test
    void queriesReturnCurrentDecisionsByDefaultAndTheHistoryOnRequest() {
        String dapCau = "09166";
        List<String> ids = new ArrayList<>();
        for (long learning : new long[] {6100, 8500, 3000}) {
            Map<String, Object> body = communeBaDinh(unique("query"), learning);
            body.put("subject", Map.of("id", unique("query"), "name", "Phường Đáp Cầu", "areaCode", dapCau));
            body.put("assessmentYear", 2024);
            body.put("referenceDate", "2025-02-25");
            ids.add(api().submitter().post("/api/v1/assessments", body).json().get("id").asText());
        }
        String superseded = ids.get(0);
        String successor = api().editor().post("/api/v1/decisions/" + superseded + "/re-evaluations", "").json()
                .get("id").asText();

        JsonNode current = api().auditor().get("/api/v1/decisions?area=" + dapCau).json();
        JsonNode all = api().auditor().get("/api/v1/decisions?area=" + dapCau + "&history=true").json();
        JsonNode byProvince = api().auditor().get("/api/v1/decisions?area=27&title=COMMUNE_LEARNING_COMMUNITY&year=2024").json();
        JsonNode recognised = api().auditor().get("/api/v1/decisions?area=" + dapCau + "&outcome=RECOGNISED&level=1").json();
        JsonNode refused = api().auditor().get("/api/v1/decisions?area=" + dapCau + "&outcome=NOT_RECOGNISED&rulesetVersion=1.0.0").json();
        JsonNode firstPage = api().auditor().get("/api/v1/decisions?area=" + dapCau + "&size=2&page=0").json();
        JsonNode secondPage = api().auditor().get("/api/v1/decisions?area=" + dapCau + "&size=2&page=1").json();

        assertThat(ids(current)).containsExactlyInAnyOrder(successor, ids.get(1), ids.get(2));
        assertThat(ids(all)).containsExactlyInAnyOrder(superseded, successor, ids.get(1), ids.get(2));
        assertThat(ids(byProvince)).contains(successor, ids.get(1), ids.get(2)).doesNotContain(superseded);
        assertThat(ids(recognised)).containsExactlyInAnyOrder(successor, ids.get(1));
        assertThat(ids(refused)).containsExactly(ids.get(2));
        assertThat(firstPage.get("totalItems").asInt()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(firstPage)).hasSize(2);
        assertThat(ids(secondPage)).hasSize(1).doesNotContainAnyElementsOf(ids(firstPage));
        assertThat(firstPage.at("/items/0/result").isMissingNode()).isTrue();
    }

    @Test
    void readingDecisionsNeedsAnAuditorOrSubmitterAndReEvaluationAPolicyEditor() {
        String id = api().submitter().post("/api/v1/assessments", communeBaDinh(unique("roles"), 6000)).json()
                .get("id").asText();

        assertThat(api().get("/api/v1/decisions/" + id).status()).isEqualTo(401);
        assertThat(api().as("auditor", "sai-mat-khau").get("/api/v1/decisions/" + id).status()).isEqualTo(401);
        assertThat(api().auditor().get("/api/v1/decisions/" + id).status()).isEqualTo(200);
        assertThat(api().admin().get("/api/v1/decisions/" + id).status()).isEqualTo(200);
        assertThat(api().submitter().post("/api/v1/decisions/" + id + "/re-evaluations", "").status()).isEqualTo(403);
        assertThat(api().auditor().post("/api/v1/assessments", communeBaDinh(unique("roles"), 6000)).status()).isEqualTo(403);
        assertThat(api().with("X-API-Key", "local-submitter-key").post("/api/v1/assessments",
                communeBaDinh(unique("api-key"), 6000)).status()).isEqualTo(201);
        assertThat(api().with("X-API-Key", "khoa-khong-ton-tai").get("/api/v1/decisions/" + id).status()).isEqualTo(401);
    }

    @Test
    void publishesTitlesTheirSchemasAndCriteriaFromTheActiveRuleset() {
        JsonNode titles = api().get("/api/v1/titles").json();
        JsonNode schema2019 = api().get("/api/v1/titles/COMMUNE_LEARNING_COMMUNITY/schema?referenceDate=2019-12-15").json();
        JsonNode schema2026 = api().get("/api/v1/titles/COMMUNE_LEARNING_COMMUNITY/schema?referenceDate=2026-02-20").json();
        JsonNode criteria = api().get("/api/v1/titles/DISTRICT_LEARNING_UNIT/criteria?referenceDate=2025-01-10").json();

        assertThat(titles.get("titles")).extracting(title -> title.get("code").asText()).hasSize(11)
                .contains("LEARNING_FAMILY", "COMMUNE_LEARNING_COMMUNITY", "GNLC_MEMBERSHIP");
        assertThat(schema2019.at("/generation/id").asText()).isEqualTo("TT44_2014");
        assertThat(schema2019.at("/schema/fields/0/name").asText()).isEqualTo("leadershipPoints");
        assertThat(schema2026.at("/generation/id").asText()).isEqualTo("TT25_2023");
        assertThat(schema2026.at("/schema/fields")).anySatisfy(field -> {
            assertThat(field.get("name").asText()).isEqualTo("citizensWithLearningCitizenTitle");
            assertThat(field.get("label").asText()).isEqualTo("Số công dân đạt danh hiệu \"Công dân học tập\"");
            assertThat(field.get("notAbove").asText()).isEqualTo("citizens");
        });
        assertThat(criteria.get("criteria")).anySatisfy(criterion -> {
            assertThat(criterion.get("criterionId").asText()).isEqualTo("LU24-C2.T1");
            assertThat(criterion.get("legalSource").asText()).contains("Thông tư 24/2023/TT-BGDĐT");
        });
        assertThat(api().get("/api/v1/titles/KHONG_CO").status()).isEqualTo(404);
        JsonNode family = api().get("/api/v1/titles/LEARNING_FAMILY").json();
        assertThat(family.get("officialName").asText()).isEqualTo("Gia đình học tập");
        assertThat(family.at("/generations/0/document").asText()).isEqualTo("Quyết định 448/QĐ-KHVN");
    }

    @Test
    void reportsTheRulesetInServiceToAnyAuthenticatedUser() {
        Response active = api().auditor().get("/api/v1/rulesets/active");

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().at("/national/artifactId").asText()).isEqualTo("hoctap-rules");
        assertThat(active.json().at("/national/id").asText()).hasSize(64);
        assertThat(active.json().at("/national/contentSha256").asText()).hasSize(64);
        assertThat(active.json().at("/national/state").asText()).isEqualTo("ACTIVE");
        assertThat(active.json().at("/national/gate/scenariosPassed").asInt()).isPositive();
        assertThat(api().get("/api/v1/rulesets/active").status()).isEqualTo(401);
    }

    @Test
    void theAreaRegistryKnowsWhichUnitACodeDenotesOnADate() {
        JsonNode before = api().get("/api/v1/areas/00004?date=2025-06-30").json();
        JsonNode after = api().get("/api/v1/areas/00004?date=2025-07-01").json();
        JsonNode provinces = api().get("/api/v1/areas?date=2025-08-01").json();
        JsonNode vuNinh = api().get("/api/v1/areas/09163?date=2024-01-01").json();

        assertThat(before.at("/0/name").asText()).isEqualTo("Phường Trúc Bạch");
        assertThat(after.at("/0/name").asText()).isEqualTo("Phường Ba Đình");
        assertThat(provinces).extracting(area -> area.get("name").asText()).contains("Thành phố Hà Nội", "Tỉnh Bắc Ninh");
        assertThat(vuNinh.at("/0/path")).extracting(JsonNode::asText).containsExactly("27", "256", "09163");
        assertThat(vuNinh.at("/0/counts/households").asLong()).isPositive();
        assertThat(api().get("/api/v1/areas/09163?date=2025-08-01").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorImportsAreasFromCsvAndNothingIsWrittenWhenARowIsBad() {
        String code = String.valueOf(90000 + (int) (Math.random() * 9000));
        String csv = "code,name,tier,type,parentCode,validFrom,validTo,households,clans,villages,units,members,citizens\n"
                + code + ",Xã Đồng Kỵ thử nghiệm,COMMUNE,Xã,24,2025-07-01,,4200,31,9,18,540,15100\n"
                + code + "-01,\"Thôn Đông, Đồng Kỵ\",VILLAGE,Thôn," + code + ",2025-07-01,,380,6,,2,,1370\n";
        String bad = "code,name,tier,type,parentCode,validFrom\n" + code + "9,Xã Lỗi,COMMUNE,Xã,24,2025-13-01\n"
                + code + "8,Xã Mồ Côi,COMMUNE,Xã,77777,2025-07-01\n";

        Response refusedForSubmitter = api().submitter().post("/api/v1/areas/import", "text/csv", csv);
        Response imported = api().admin().post("/api/v1/areas/import", "text/csv; charset=utf-8", csv);
        Response refused = api().admin().post("/api/v1/areas/import", "text/csv; charset=utf-8", bad);

        assertThat(refusedForSubmitter.status()).isEqualTo(403);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        JsonNode village = api().get("/api/v1/areas/" + code + "-01?date=2025-09-01").json();
        assertThat(village.at("/0/name").asText()).isEqualTo("Thôn Đông, Đồng Kỵ");
        assertThat(village.at("/0/path")).extracting(JsonNode::asText).containsExactly("24", code, code + "-01");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("rows[0].validFrom", "rows[1].parentCode");
        assertThat(api().get("/api/v1/areas/" + code + "8").status()).isEqualTo(404);
    }

    @Test
    void areasCanAlsoBeImportedAsJson() {
        String code = String.valueOf(80000 + (int) (Math.random() * 9000));
        List<Map<String, Object>> rows = List.of(Map.of("code", code, "name", "Xã Hòa Lạc thử nghiệm", "tier", "COMMUNE",
                "type", "Xã", "parentCode", "01", "validFrom", "2025-07-01", "households", 6100, "citizens", 22000));

        Response imported = api().admin().post("/api/v1/areas/import", rows);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode area = api().get("/api/v1/areas/" + code + "?date=2026-01-01").json();
        assertThat(area.at("/0/name").asText()).isEqualTo("Xã Hòa Lạc thử nghiệm");
        assertThat(area.at("/0/counts/households").asLong()).isEqualTo(6100);
        assertThat(area.at("/0/path")).extracting(JsonNode::asText).containsExactly("01", code);
    }

    @Test
    void concurrentSubmissionsForOneSubjectTakeDistinctRevisionsAndLeaveOneCurrentDecision() throws Exception {
        String subject = unique("race");
        List<Response> responses = concurrently(6,
                i -> api().submitter().post("/api/v1/assessments", communeBaDinh(subject, 6000 + i)));
        List<JsonNode> decisions = new ArrayList<>();
        for (Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            decisions.add(response.json());
        }

        JsonNode history = api().auditor().get("/api/v1/decisions/" + decisions.get(0).get("id").asText() + "/history").json();
        assertThat(history).extracting(item -> item.get("revision").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(history).filteredOn(item -> item.get("current").asBoolean()).hasSize(1);
        JsonNode current = api().auditor().get("/api/v1/decisions?area=00004&size=200").json();
        assertThat(current.get("items")).filteredOn(item -> item.at("/subject/id").asText().equals(subject))
                .singleElement().satisfies(item -> assertThat(item.get("revision").asInt()).isEqualTo(6));
    }

    @Test
    void anImportMayNotOverlapAVersionOrOutliveItsParent() {
        String code = String.valueOf(70000 + (int) (Math.random() * 9000));
        String header = "code,name,tier,type,parentCode,validFrom,validTo\n";
        api().admin().post("/api/v1/areas/import", "text/csv", header + code + ",Xã Thử Nghiệm,COMMUNE,Xã,24,2025-07-01,\n");

        Response overlapping = api().admin().post("/api/v1/areas/import", "text/csv",
                header + code + ",Xã Thử Nghiệm Mới,COMMUNE,Xã,24,2025-08-01,\n");
        Response outlivesParent = api().admin().post("/api/v1/areas/import", "text/csv",
                header + code + "9,Xã Cũ,COMMUNE,Xã,256,2020-01-01,\n");
        Response nullRow = api().admin().post("/api/v1/areas/import", java.util.Arrays.asList((Object) null));

        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().at("/errors/0/field").asText()).isEqualTo("rows[0].validFrom");
        assertThat(outlivesParent.status()).isEqualTo(400);
        assertThat(outlivesParent.json().at("/errors/0/field").asText()).isEqualTo("rows[0].parentCode");
        assertThat(nullRow.status()).isEqualTo(400);
        assertThat(nullRow.json().at("/errors/0/field").asText()).isEqualTo("rows[0]");
        assertThat(api().get("/api/v1/areas/" + code + "?date=2025-09-01").json().at("/0/name").asText())
                .isEqualTo("Xã Thử Nghiệm");
    }

    @Test
    void describesTheApiWithOpenApi() {
        Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/assessments")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/decisions/{id}")).isTrue();
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    /** Sends {@code count} requests at once, one thread each, and returns the responses in request order. */
    private static List<Response> concurrently(int count, java.util.function.IntFunction<Response> request)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            List<java.util.concurrent.Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                sent.add(pool.submit(() -> request.apply(index)));
            }
            List<Response> responses = new ArrayList<>();
            for (java.util.concurrent.Future<Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static JsonNode criterion(JsonNode decision, String id, int level) {
        for (JsonNode criterion : decision.at("/result/criteria")) {
            if (criterion.get("criterionId").asText().equals(id) && criterion.get("level").asInt() == level) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id + "@" + level);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

}
