package vn.hoctap.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.evidence.EvidenceUploadIntegrationTests.PDF;
import static vn.hoctap.api.evidence.EvidenceUploadIntegrationTests.sha256;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Minh chứng in assessments, through HTTP: a target whose dossier has no suitable evidence ({@code none: true}) is a
 * judged failure with the reason "Không có minh chứng" — the decision is stored and its outcome follows (TT 24/2023 and
 * TT 25/2023: the level is not reached; TT 44/2014, Điều 4: no points, so "chưa đạt") — and each criterion lists the
 * evidence files (name, SHA-256) and references of the fields it reads. Bad evidence is refused at
 * {@code evidence.<field>…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceDecisionIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @Test
    void aCommuneTargetWithoutEvidenceFailsTheLevelAndTheDecisionCitesTheFilesOfTheOthers() {
        String pdf = upload();
        Map<String, Object> withEvidence = Assessments.communeBaDinh("xa-minh-chung-du", 6400);
        withEvidence.put("evidence", Map.of("annualPlanIssued", planEvidence(pdf)));
        Map<String, Object> without = Assessments.communeBaDinh("xa-thieu-minh-chung", 6400);
        facts(without).remove("lifelongLearningWeekOrganised");
        without.put("evidence", Map.of("annualPlanIssued", planEvidence(pdf),
                "lifelongLearningWeekOrganised", Map.of("none", true)));

        JsonNode recognised = submitAndReadBack(withEvidence);
        JsonNode refused = submitAndReadBack(without);

        assertThat(recognised.get("outcome").asText()).isEqualTo("RECOGNISED");
        JsonNode plan = criterionReading(recognised, "annualPlanIssued");
        assertThat(plan.get("status").asText()).isEqualTo("PASSED");
        assertThat(plan.at("/evidence/0/field").asText()).isEqualTo("annualPlanIssued");
        assertThat(plan.at("/evidence/0/files/0/sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(plan.at("/evidence/0/files/0/name").asText()).isEqualTo("Kế hoạch số 12-KH-UBND.pdf");
        assertThat(plan.at("/evidence/0/references/0/number").asText()).isEqualTo("12/KH-UBND");
        assertThat(plan.at("/evidence/0/references/0/date").asText()).isEqualTo("2025-01-10");
        JsonNode week = criterionReading(refused, "lifelongLearningWeekOrganised");
        assertThat(week.get("status").asText()).isEqualTo("FAILED");
        assertThat(week.get("explanation").asText()).startsWith("Không có minh chứng");
        assertThat(week.get("noEvidence").toString()).isEqualTo("[\"lifelongLearningWeekOrganised\"]");
        assertThat(week.at("/evidence/0/none").asBoolean()).isTrue();
        assertThat(refused.get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(api().auditor().get("/api/v1/evidence/" + pdf).json().get("citedBy").toString())
                .contains(recognised.get("id").asText(), refused.get("id").asText());
    }

    @Test
    void aLearningUnitTargetWithoutEvidenceIsNotMet() {
        Map<String, Object> request = Assessments.districtUnitBaDinh("don-vi-thieu-minh-chung");
        facts(request).remove("annualLearningPlanIssued");
        request.put("evidence", Map.of("annualLearningPlanIssued", Map.of("none", true)));

        JsonNode decision = submitAndReadBack(request);

        JsonNode plan = criterionReading(decision, "annualLearningPlanIssued");
        assertThat(plan.get("status").asText()).isEqualTo("FAILED");
        assertThat(plan.get("explanation").asText()).startsWith("Không có minh chứng");
        assertThat(decision.get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
    }

    @Test
    void aTt44CriterionWithoutEvidenceGetsNoPointsAndTheCommuneIsNotRanked() {
        Map<String, Object> request = tt44Commune();
        facts(request).remove("povertyReductionPoints");
        request.put("evidence", Map.of("povertyReductionPoints", Map.of("none", true),
                "leadershipPoints", Map.of("references", List.of(Map.of("number", "45/NQ-ĐU", "date", "2019-03-02",
                        "issuer", "Đảng ủy phường Trúc Bạch")))));

        JsonNode decision = submitAndReadBack(request);

        JsonNode poverty = criterionReading(decision, "povertyReductionPoints");
        assertThat(poverty.get("status").asText()).isEqualTo("FAILED");
        assertThat(poverty.get("pointsAwarded").decimalValue()).isEqualByComparingTo("0");
        assertThat(poverty.get("explanation").asText()).startsWith("Không có minh chứng");
        assertThat(decision.at("/result/verdict/totalPoints").decimalValue()).isEqualByComparingTo("86");
        assertThat(decision.get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(criterionReading(decision, "leadershipPoints").at("/evidence/0/references/0/issuer").asText())
                .isEqualTo("Đảng ủy phường Trúc Bạch");
    }

    @Test
    void badEvidenceIsRefusedAtItsFieldAndNothingIsDecided() {
        Map<String, Object> request = Assessments.communeBaDinh("xa-minh-chung-sai", 6400);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("annualPlanIssued", Map.of("files", List.of("ab".repeat(32))));
        evidence.put("colour", Map.of("none", true));
        evidence.put("awarenessRaising", Map.of("none", true, "references", List.of(Map.of("number", "1/KH"))));
        request.put("evidence", evidence);
        long before = mongo.getCollection("decisions").countDocuments();

        ApiClient.Response refused = api().submitter().post("/api/v1/assessments", request);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "evidence.annualPlanIssued.files[0]", "evidence.colour", "evidence.awarenessRaising.none");
        assertThat(mongo.getCollection("decisions").countDocuments()).isEqualTo(before);
    }

    @Test
    void theBatchPathAcceptsEvidence() {
        Map<String, Object> item = Assessments.communeBaDinh("xa-lo-minh-chung", 6400);
        facts(item).remove("awarenessRaising");
        item.put("evidence", Map.of("awarenessRaising", Map.of("none", true)));

        ApiClient.Response batch = api().submitter().post("/api/v1/assessments/batch", Map.of("items", List.of(item)));

        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.json().at("/items/0/status").asText()).isEqualTo("CREATED");
        JsonNode decision = api().auditor().get("/api/v1/decisions/" + batch.json().at("/items/0/decisionId").asText())
                .json();
        assertThat(criterionReading(decision, "awarenessRaising").get("explanation").asText())
                .startsWith("Không có minh chứng");
        assertThat(decision.get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
    }

    /** Phường Trúc Bạch (Hà Nội) ranked in December 2019 under TT 44/2014 with 92 points, no criterion at 0. */
    private static Map<String, Object> tt44Commune() {
        Map<String, Object> facts = new LinkedHashMap<>();
        String[] criteria = {"leadershipPoints", "steeringCommitteePoints", "coordinationPoints", "institutionsPoints",
            "universalEducationPoints", "educationEquityPoints", "officialsLearningPoints", "workersLearningPoints",
            "studiousFamiliesPoints", "culturalResidentialAreasPoints", "povertyReductionPoints",
            "genderEqualityPoints", "hygieneEnvironmentPoints", "communityHealthPoints", "securityOrderPoints"};
        int[] points = {8, 7, 6, 7, 8, 6, 6, 6, 7, 6, 6, 5, 5, 5, 4};
        for (int i = 0; i < criteria.length; i++) {
            facts.put(criteria[i], points[i]);
        }
        return Assessments.assessment("COMMUNE_LEARNING_COMMUNITY", "phuong-truc-bach-2019", "Phường Trúc Bạch", "00004",
                2019, "2019-12-15", facts);
    }

    private static Map<String, Object> planEvidence(String pdf) {
        return Map.of("files", List.of(pdf), "references", List.of(Map.of("number", "12/KH-UBND", "date", "2025-01-10",
                "issuer", "UBND phường Ba Đình", "note", "Kế hoạch xây dựng xã hội học tập năm 2025")));
    }

    private String upload() {
        ApiClient.Response uploaded = api().submitter().upload("/api/v1/evidence", "Kế hoạch số 12-KH-UBND.pdf",
                "application/pdf", PDF);
        assertThat(uploaded.status()).isIn(200, 201);
        return uploaded.json().get("id").asText();
    }

    private JsonNode submitAndReadBack(Map<String, Object> request) {
        ApiClient.Response created = api().submitter().post("/api/v1/assessments", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return api().auditor().get("/api/v1/decisions/" + created.json().get("id").asText()).json();
    }

    private static JsonNode criterionReading(JsonNode decision, String field) {
        List<String> seen = new ArrayList<>();
        for (JsonNode criterion : decision.at("/result/criteria")) {
            if (criterion.path("inputs").has(field)) {
                return criterion;
            }
            seen.add(criterion.get("criterionId").asText());
        }
        throw new AssertionError("no criterion reads " + field + " among " + seen);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> request) {
        return (Map<String, Object>) request.get("facts");
    }

    private ApiClient api() {
        return ApiClient.on(port);
    }
}
