package vn.hoctap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.districtUnitBaDinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/** Every refusal is RFC 9457 application/problem+json with a stable type and, for validation, the fields and reasons. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    private ApiClient submitter() {
        return ApiClient.on(port).submitter();
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/");
    }

    private static void assertField(Response response, String field, String reason) {
        assertThat(response.json().get("errors")).as(response.toString())
                .anySatisfy(error -> {
                    assertThat(error.get("field").asText()).isEqualTo(field);
                    assertThat(error.get("reason").asText()).isEqualTo(reason);
                    assertThat(error.get("message").asText()).isNotBlank();
                });
    }

    @Test
    void malformedJsonIsAProblemNamingLineAndColumn() {
        Response response = submitter().post("/api/v1/assessments", "{\"titleCode\": ");

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(response.json().get("detail").asText()).contains("line 1");
    }

    @Test
    void missingFieldsAreListed() {
        Response response = submitter().post("/api/v1/assessments", "{}");

        assertProblem(response, 400, "/problems/validation");
        for (String field : List.of("titleCode", "subject", "assessmentYear", "referenceDate", "facts")) {
            assertField(response, field, "MISSING");
        }
    }

    @Test
    void anUnknownFieldAtTheTopIsNamed() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        body.put("mauSac", "đỏ");

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "mauSac", "UNKNOWN_FIELD");
    }

    @Test
    void aWrongTypeAtTheTopIsNamed() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        body.put("assessmentYear", "năm ngoái");

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "assessmentYear", "WRONG_TYPE");
    }

    @Test
    void factsAreCheckedAgainstTheInputSchemaOfTheActiveRulesetFieldByField() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("facts"));
        facts.put("citizens", "mười nghìn");
        facts.put("literacyLevel", 5);
        facts.remove("awarenessRaising");
        facts.put("soThuVien", 2);
        body.put("facts", facts);

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "facts.citizens", "WRONG_TYPE");
        assertField(response, "facts.literacyLevel", "OUT_OF_RANGE");
        assertField(response, "facts.awarenessRaising", "MISSING");
        assertField(response, "facts.soThuVien", "UNKNOWN_FIELD");
    }

    @Test
    void anUnknownTitleAndAnUnknownAreaAreNamed() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        body.put("titleCode", "LANG_VAN_HOA");
        body.put("subject", Map.of("id", "x", "name", "Xã không có", "areaCode", "00000"));

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "titleCode", "UNKNOWN_TITLE");
        assertField(response, "subject.areaCode", "UNKNOWN_AREA");
    }

    @Test
    void aDateBeforeAnyCriteriaAndAReferenceDateBeforeTheYearAreRefused() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        body.put("assessmentYear", 2026);
        body.put("referenceDate", "2025-02-20");
        Map<String, Object> early = new java.util.LinkedHashMap<>(communeBaDinh("x", 1));
        early.put("titleCode", "DISTRICT_LEARNING_COMMUNITY");
        early.put("assessmentYear", 2012);
        early.put("referenceDate", "2013-01-15");

        Response backwards = submitter().post("/api/v1/assessments", body);
        Response tooEarly = submitter().post("/api/v1/assessments", early);

        assertField(backwards, "referenceDate", "OUT_OF_RANGE");
        assertField(tooEarly, "referenceDate", "NO_CRITERIA_IN_FORCE");
    }

    @Test
    void aCommuneRankingAboveOneHundredPointsUnderTt44IsRefusedAsOutOfRange() {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        for (String field : new String[] {"leadershipPoints", "steeringCommitteePoints", "coordinationPoints",
                "institutionsPoints", "universalEducationPoints", "educationEquityPoints", "officialsLearningPoints",
                "workersLearningPoints", "studiousFamiliesPoints", "culturalResidentialAreasPoints",
                "povertyReductionPoints", "genderEqualityPoints", "hygieneEnvironmentPoints", "communityHealthPoints",
                "securityOrderPoints"}) {
            facts.put(field, 7);
        }
        Map<String, Object> body = Assessments.assessment("COMMUNE_LEARNING_COMMUNITY", "phuong-phuc-xa-2019",
                "Phường Phúc Xá", "00001", 2019, "2019-12-16", facts);

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "facts", "OUT_OF_RANGE");
        assertThat(response.json().at("/errors/0/message").asText()).contains("105", "Thông tư 44/2014/TT-BGDĐT, Điều 4");
    }

    @Test
    void aSchoolRankedUnderTt22IsRefusedNamingTheCircularsScope() {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("unitType", "EDUCATION_INSTITUTION");
        String[] items = {"learningPlanPoints", "encouragementRulesPoints", "resourcesPoints", "selfStudyPlansPoints",
            "labourDisciplinePoints", "mandatoryTrainingPoints", "advancedWorkersPoints",
            "learningCitizenCompetencesPoints", "collectiveTitlePoints", "knowledgeSharingPoints"};
        int[] maxima = {10, 10, 10, 10, 5, 10, 5, 25, 10, 5};
        for (int i = 0; i < items.length; i++) {
            facts.put(items[i], maxima[i]);
        }
        Map<String, Object> body = Assessments.assessment("DISTRICT_LEARNING_UNIT", "truong-thcs-truc-bach",
                "Trường THCS Trúc Bạch", "00004", 2022, "2023-03-10", facts);

        Response response = submitter().post("/api/v1/assessments", body);

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "facts.unitType", "NOT_ALLOWED");
        assertThat(response.json().at("/errors/0/message").asText())
                .contains("outside the scope of Thông tư 22/2020/TT-BGDĐT, Điều 1 khoản 2");
        facts.put("unitType", "PEOPLES_COMMITTEE_AGENCY");
        assertThat(submitter().post("/api/v1/assessments", body).status()).as("an agency of the People's Committee")
                .isEqualTo(201);
    }

    @Test
    void aSubjectOfTheWrongTierForTheTitleIsRefused() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(communeBaDinh("x", 6000));
        body.put("subject", Map.of("id", "x", "name", "Thành phố Hà Nội", "areaCode", "01"));

        assertField(submitter().post("/api/v1/assessments", body), "subject.areaCode", "NOT_ALLOWED");
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        assertProblem(submitter().post("/api/v1/assessments", "text/plain", "xin chào"), 415, "/problems/unsupported-media-type");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String padding = "a".repeat(3 * 1024 * 1024);

        Response response = submitter().post("/api/v1/assessments", "{\"titleCode\": \"" + padding + "\"}");

        assertProblem(response, 413, "/problems/payload-too-large");
    }

    @Test
    void aBatchAboveTheLimitIsRefusedWhole() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            items.add(Map.of());
        }

        Response response = submitter().post("/api/v1/assessments/batch", Map.of("items", items));

        assertProblem(response, 413, "/problems/batch-too-large");
    }

    @Test
    void anEmptyBatchIsAValidationProblem() {
        Response response = submitter().post("/api/v1/assessments/batch", Map.of("items", List.of()));

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "items", "WRONG_TYPE");
    }

    @Test
    void unknownPathsAndIdsAndMethodsAreProblemsToo() {
        assertProblem(submitter().get("/api/v1/khong-co"), 404, "/problems/not-found");
        assertProblem(submitter().get("/api/v1/decisions/khong-co"), 404, "/problems/not-found");
        assertProblem(submitter().get("/api/v1/assessments/khong-co"), 404, "/problems/not-found");
        assertProblem(ApiClient.on(port).admin().post("/api/v1/titles", "{}"), 405, "/problems/method-not-allowed");
    }

    @Test
    void aWrongQueryParameterTypeNamesTheParameter() {
        Response response = ApiClient.on(port).auditor().get("/api/v1/decisions?year=hai-nghin");

        assertProblem(response, 400, "/problems/validation");
        assertField(response, "year", "WRONG_TYPE");
    }

    @Test
    void anonymousAndForbiddenRequestsAreProblems() {
        assertProblem(ApiClient.on(port).post("/api/v1/assessments", "{}"), 401, "/problems/unauthorized");
        assertProblem(ApiClient.on(port).auditor().post("/api/v1/assessments", "{}"), 403, "/problems/forbidden");
        assertProblem(ApiClient.on(port).with("X-API-Key", "sai").get("/api/v1/decisions"), 401, "/problems/unauthorized");
    }

    @Test
    void eachProblemTypeIsDocumentedAtItsUri() {
        Response doc = ApiClient.on(port).get("/problems/validation");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("status").asInt()).isEqualTo(400);
        assertThat(doc.json().get("description").asText()).contains("errors[].field");
    }

    @Test
    void aRefusedRequestLosesNothingAlreadyAccepted() {
        String id = submitter().post("/api/v1/assessments", communeBaDinh("kept-" + System.nanoTime(), 6100)).json()
                .get("id").asText();

        submitter().post("/api/v1/assessments", "{\"titleCode\": ");
        submitter().post("/api/v1/assessments", "{}");

        assertThat(ApiClient.on(port).auditor().get("/api/v1/decisions/" + id).status()).isEqualTo(200);
    }

    // One bad input is reported once, at its field: the fields that depend on it (a part that may not exceed it, a
    // whole it may not exceed) are not reported again, in a TT 25 commune and a TT 24 unit.

    @ParameterizedTest(name = "xã: {0} = {1} → một lỗi {2} tại facts.{3}")
    @CsvSource(delimiter = '|', value = {
        "citizens | \"mười nghìn\" | WRONG_TYPE | citizens",
        "citizens | -5 | OUT_OF_RANGE | citizens",
        "citizens | 100 | OUT_OF_RANGE | citizens",
        "citizens | 1.5 | WRONG_TYPE | citizens",
        "citizensWithTechnicalTraining | \"nhiều\" | WRONG_TYPE | citizensWithTechnicalTraining",
        "citizensWithTechnicalTraining | -1 | OUT_OF_RANGE | citizensWithTechnicalTraining",
        "citizensWithTechnicalTraining | 12000 | OUT_OF_RANGE | citizensWithTechnicalTraining",
        "citizensWithUniversityDegree | 7000 | OUT_OF_RANGE | citizensWithUniversityDegree",
        "citizensWithLearningCitizenTitle | 10001 | OUT_OF_RANGE | citizensWithLearningCitizenTitle"})
    void aCommuneWithOneBadNumberGetsOneError(String field, String json, String reason, String reported) {
        Map<String, Object> body = communeBaDinh("xa-mot-loi-" + field + "-" + Math.abs(json.hashCode()), 6500);
        facts(body).put(field, parse(json));

        assertOneError(submitter().post("/api/v1/assessments", body), "facts." + reported, reason);
    }

    @ParameterizedTest(name = "đơn vị: {0} = {1} → một lỗi {2} tại facts.{3}")
    @CsvSource(delimiter = '|', value = {
        "members | \"bốn mươi\" | WRONG_TYPE | members",
        "members | -40 | OUT_OF_RANGE | members",
        "members | 10 | OUT_OF_RANGE | members",
        "membersCompletingTraining | 41 | OUT_OF_RANGE | membersCompletingTraining",
        "membersCompletingTraining | true | WRONG_TYPE | membersCompletingTraining",
        "membersWithLanguageProficiency | 45 | OUT_OF_RANGE | membersWithLanguageProficiency"})
    void aUnitWithOneBadNumberGetsOneError(String field, String json, String reason, String reported) {
        Map<String, Object> body = districtUnitBaDinh("dv-mot-loi-" + field + "-" + Math.abs(json.hashCode()));
        facts(body).put(field, parse(json));

        assertOneError(submitter().post("/api/v1/assessments", body), "facts." + reported, reason);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> body) {
        return (Map<String, Object>) body.get("facts");
    }

    private static Object parse(String json) {
        if (json.startsWith("\"")) {
            return json.substring(1, json.length() - 1);
        }
        if (json.equals("true")) {
            return true;
        }
        return json.contains(".") ? (Object) Double.valueOf(json) : (Object) Long.valueOf(json);
    }

    private static void assertOneError(Response response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("reason").asText()).isEqualTo(reason);
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
    }
}
