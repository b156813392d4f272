package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.KjarWorkshop;

/** Upload, gate, diff, four-eyes activation and rollback of ruleset versions in the running service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesetLifecycleIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    static final String PARAMETERS = "hoctap/parameters/commune-learning-community.yaml";

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    static byte[] raisedThreshold(String version) {
        return raisingThreshold(version).bytes();
    }

    /** The bundled kjar as {@code version}, with the TT 25 level-1 learning-citizen threshold 65 % from 01/01/2026. */
    static KjarWorkshop raisingThreshold(String version) {
        return KjarWorkshop.bundled(version).text(PARAMETERS, yaml -> yaml.replace("""
                      value: 60
                      source: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a
                """, """
                      value: 60
                      source: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a
                    - from: 2026-01-01
                      value: 65
                      source: Thông tư thử nghiệm 99/2025/TT-BGDĐT, Điều 1
                """));
    }

    @Test
    void aRaisedThresholdIsUploadedActivatedByASecondUserAndRolledBack() {
        ApiClient api = ApiClient.on(port);
        String original = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        Response before = api.submitter().post("/api/v1/assessments", communeBaDinh("lifecycle-62", 6200));
        assertThat(before.json().get("level").asInt()).isEqualTo(1);

        Response uploaded = api.editor().send("POST", "/api/v1/rulesets?name=threshold.jar", "application/java-archive",
                raisedThreshold("1.1.0"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String candidate = uploaded.json().get("id").asText();
        assertThat(uploaded.json().get("state").asText()).isEqualTo("READY");

        JsonNode diff = api.editor().get("/api/v1/rulesets/" + original + "/diff/" + candidate).json();
        assertThat(diff.get("parameters")).singleElement().satisfies(change ->
                assertThat(change.get("name").asText()).isEqualTo("CCL25.C5.T1.minLearningCitizenRate.L1"));

        Response selfApproved = api.editor().post("/api/v1/rulesets/" + candidate + "/activations",
                Map.of("comment", "Thông tư mới nâng ngưỡng"));
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.json().get("type").asText()).isEqualTo("/problems/four-eyes");
        Response activated = api.admin().post("/api/v1/rulesets/" + candidate + "/activations",
                Map.of("comment", "Thông tư mới nâng ngưỡng C5.T1 lên 65 %"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);

        Response after = api.submitter().post("/api/v1/assessments", communeBaDinh("lifecycle-62b", 6200));
        assertThat(after.json().get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(after.json().at("/ruleset/sha256").asText()).isEqualTo(candidate);
        assertThat(api.auditor().get("/api/v1/decisions/" + before.json().get("id").asText()).json()
                .at("/ruleset/sha256").asText()).isEqualTo(original);

        Response rolledBack = api.admin().post("/api/v1/rulesets/" + original + "/activations",
                Map.of("comment", "Quay lại: thông tư chưa có hiệu lực"));
        assertThat(rolledBack.json().get("kind").asText()).isEqualTo("ROLLBACK");
        assertThat(api.submitter().post("/api/v1/assessments", communeBaDinh("lifecycle-62c", 6200)).json()
                .get("level").asInt()).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"compile error", "failing scenario", "no scenarios",
        "scenario without expectations", "rule opening a file", "class starting a process"})
    void brokenKjarsAreRefusedWithTheirReasonsAndTheActiveVersionKeepsServing(String defect) {
        ApiClient api = ApiClient.on(port);
        String activeBefore = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        String drl = "vn/hoctap/rules/commune/tt25/institutions.drl";
        KjarWorkshop kjar = KjarWorkshop.bundled("9.0." + Math.abs(defect.hashCode() % 1000));
        String expected = switch (defect) {
            case "compile error" -> {
                kjar.text(drl, text -> text.replace("$c : CommuneAssessment()", "$c : CommuneAssessment( khongCo > 1 )"));
                yield "COMPILATION";
            }
            case "failing scenario" -> {
                kjar.text("hoctap/scenarios/commune-learning-community/tt25-2023/muc-do-2-dat-tat-ca-chi-tieu.yaml",
                        text -> text.replace("outcome: RECOGNISED", "outcome: NOT_RECOGNISED"));
                yield "SCENARIO";
            }
            case "no scenarios" -> {
                kjar.remove(path -> path.startsWith("hoctap/scenarios/"));
                yield "SCENARIO";
            }
            case "scenario without expectations" -> {
                kjar.put("hoctap/scenarios/commune-learning-community/tt25-2023/khong-ky-vong.yaml", """
                        name: Không kỳ vọng gì
                        title: COMMUNE_LEARNING_COMMUNITY
                        referenceDate: 2026-02-20
                        input: {}
                        expect: {}
                        """);
                yield "SCENARIO";
            }
            case "rule opening a file" -> {
                kjar.put("vn/hoctap/rules/commune/tt25/peek.drl", """
                        package vn.hoctap.rules.commune.tt25

                        rule "Đọc tệp máy chủ"
                        when
                            $c : CommuneAssessment()
                        then
                            System.out.println(new java.io.File("/etc/hostname").exists());
                        end
                        """);
                yield "FORBIDDEN";
            }
            default -> {
                kjar.compile("vn.hoctap.rules.common.Shell", """
                        package vn.hoctap.rules.common;

                        public final class Shell {
                            private Shell() {
                            }

                            public static void run() throws java.io.IOException {
                                Runtime.getRuntime().exec(new String[] {"true"});
                            }
                        }
                        """);
                yield "FORBIDDEN";
            }
        };

        Response refused = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive", kjar.bytes());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/ruleset-refused");
        assertThat(refused.json().get("problems")).anySatisfy(problem ->
                assertThat(problem.get("kind").asText()).isEqualTo(expected));
        String id = refused.json().get("rulesetId").asText();
        JsonNode kept = api.editor().get("/api/v1/rulesets/" + id).json();
        assertThat(kept.get("state").asText()).isEqualTo("REFUSED");
        assertThat(kept.at("/gate/problems")).isNotEmpty();
        Response activation = api.admin().post("/api/v1/rulesets/" + id + "/activations", Map.of("comment", "thử"));
        assertThat(activation.status()).isEqualTo(422);
        assertThat(api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText()).isEqualTo(activeBefore);
        assertThat(api.submitter().post("/api/v1/assessments", communeBaDinh("still-serving-" + expected, 6400)).status())
                .isEqualTo(201);
    }

    @Test
    void aVersionThatAddsAnInputFieldAndACriterionServesSubmissionsThatUseIt() {
        ApiClient api = ApiClient.on(port);
        String original = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        String record = KjarWorkshop.source("java/vn/hoctap/rules/commune/tt25/CommuneAssessment.java").replace("""
                        LocalDate level1DecisionDate) {""", """
                        LocalDate level1DecisionDate,
                        @Field(label = "Có nền tảng học tập trực tuyến cho người dân", optional = true)
                        Boolean onlineLearningPlatform) {""");
        byte[] kjar = KjarWorkshop.bundled("1.2.0").compile("vn.hoctap.rules.commune.tt25.CommuneAssessment", record)
                .put("vn/hoctap/rules/commune/tt25/online.drl", """
                        package vn.hoctap.rules.commune.tt25

                        import vn.hoctap.rules.common.Check

                        rule "CCL25-C3.T4 Nền tảng học tập trực tuyến cho người dân"
                            @criterionId("CCL25-C3.T4") @levels("1,2") @inputs("onlineLearningPlatform")
                            @source("Quy định thử nghiệm của phiên bản 1.2.0") @informative(true)
                        when
                            $c : CommuneAssessment( onlineLearningPlatform != null )
                        then
                            insert(Check.informative("onlineLearningPlatform", "Nền tảng học tập trực tuyến", $c.onlineLearningPlatform()));
                        end
                        """).bytes();
        Response uploaded = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive", kjar);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String id = uploaded.json().get("id").asText();
        JsonNode diff = api.editor().get("/api/v1/rulesets/" + original + "/diff/" + id).json();
        assertThat(diff.get("fields")).anySatisfy(change ->
                assertThat(change.get("name").asText()).startsWith("onlineLearningPlatform"));
        assertThat(diff.get("criteria")).anySatisfy(change ->
                assertThat(change.get("name").asText()).startsWith("CCL25-C3.T4@1"));

        assertThat(api.admin().post("/api/v1/rulesets/" + id + "/activations", Map.of("comment", "Thêm trường mới"))
                .status()).isEqualTo(201);
        Map<String, Object> body = communeBaDinh("online-platform", 6400);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) body.get("facts");
        facts.put("onlineLearningPlatform", true);
        Response decided = api.submitter().post("/api/v1/assessments", body);

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().at("/input/facts/onlineLearningPlatform").asBoolean()).isTrue();
        assertThat(decided.json().at("/result/criteria")).anySatisfy(criterion ->
                assertThat(criterion.get("criterionId").asText()).isEqualTo("CCL25-C3.T4"));
        assertThat(api.get("/api/v1/titles/COMMUNE_LEARNING_COMMUNITY/schema?referenceDate=2026-02-20").json()
                .at("/schema/fields")).anySatisfy(field ->
                        assertThat(field.get("name").asText()).isEqualTo("onlineLearningPlatform"));
        api.admin().post("/api/v1/rulesets/" + original + "/activations", Map.of("comment", "Trở lại"));
    }
}
