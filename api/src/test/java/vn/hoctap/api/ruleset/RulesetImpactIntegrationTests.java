package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * The editing loop end to end, with no restart: a new version raises the TT 25 learning-citizen threshold of level 1
 * from 60 % to 65 % from 01/01/2026 and changes criterion C3.T3 (cultural centres count only in communes of 5,000
 * citizens or more); the preview counts the stored decisions it would change, with the right transitions and criteria;
 * a second user activates it; new decisions follow it while old ones still name the old version; a re-evaluation then
 * supersedes the stale decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesetImpactIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final String TITLE = "COMMUNE_LEARNING_COMMUNITY";
    private static final Pattern CITIZEN_COUNT = Pattern.compile("(?m)^(  citizens\\w*: )(\\d+)$");
    private static final String SCENARIOS = "hoctap/scenarios/commune-learning-community/tt25-2023/";

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
        registry.add("hoctap.jobs.poll-interval", () -> "300ms");
        registry.add("hoctap.jobs.chunk", () -> "2");
    }

    @LocalServerPort
    int port;

    /** A commune of Phường Ba Đình with the given citizens and learning citizens; the other rates at level 2. */
    static Map<String, Object> commune(String id, long citizens, long learning) {
        Map<String, Object> body = Assessments.communeBaDinh(id, learning);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) body.get("facts");
        facts.put("citizens", citizens);
        facts.put("citizensWithTechnicalTraining", citizens * 65 / 100);
        facts.put("citizensWithUniversityDegree", citizens * 16 / 100);
        return body;
    }

    static byte[] candidate() {
        return RulesetLifecycleIntegrationTests.raisingThreshold("2.0.0")
                .text("vn/hoctap/rules/commune/tt25/institutions.drl", drl -> drl.replace("""
                    @criterionId("CCL25-C3.T3") @levels("1,2") @inputs("culturalCentreActivities")""", """
                    @criterionId("CCL25-C3.T3") @levels("1,2") @inputs("culturalCentreActivities,citizens")""")
                .replaceFirst("(?s)(rule \"CCL25-C3.T3.*?when\\s+\\$c : CommuneAssessment\\()\\)", "$1 citizens >= 5000 )"))
                .text(SCENARIOS + "muc-do-1-ranh-gioi-cong-dan-hoc-tap-60.yaml", TENFOLD)
                .text(SCENARIOS + "vung-kho-khan-ranh-gioi-40-10.yaml", TENFOLD)
                .bytes();
    }

    /**
     * The edit of C3.T3 would fail two bundled scenarios of a 1,000-citizen commune, and the gate would refuse it (see
     * RulesetLifecycleIntegrationTests); the policy editor brings those scenarios to 10,000 citizens at the same rates.
     */
    private static final UnaryOperator<String> TENFOLD = yaml -> CITIZEN_COUNT.matcher(yaml)
            .replaceAll(count -> count.group(1) + Long.parseLong(count.group(2)) * 10);

    @Test
    void previewActivateAndReevaluateWithoutARestart() {
        ApiClient api = ApiClient.on(port);
        Map<String, String> decisions = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            decisions.put("rate-62-" + i, submit(api, commune("rate-62-" + i, 10_000, 6_200)));
        }
        for (int i = 0; i < 2; i++) {
            decisions.put("rate-66-" + i, submit(api, commune("rate-66-" + i, 10_000, 6_600)));
        }
        for (int i = 0; i < 2; i++) {
            decisions.put("small-85-" + i, submit(api, commune("small-85-" + i, 4_000, 3_400)));
        }
        String original = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        Response uploaded = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive", candidate());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String id = uploaded.json().get("id").asText();

        Response started = api.editor().post("/api/v1/rulesets/" + id + "/impact", Map.of("title", TITLE, "area", "01"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode report = awaitDone(api, started.json().get("id").asText());

        JsonNode run = report.get("run");
        assertThat(run.get("total").asInt()).isEqualTo(7);
        assertThat(run.get("done").asInt()).isEqualTo(7);
        assertThat(run.get("changed").asInt()).isEqualTo(5);
        assertThat(transitions(run)).containsOnly(Map.entry("Mức độ 1 → Không công nhận", 3L),
                Map.entry("Mức độ 2 → Không công nhận", 2L));
        JsonNode level1Lost = find(run.get("transitions"), "Mức độ 1 → Không công nhận");
        assertThat(level1Lost.get("examples")).hasSize(3).allSatisfy(example -> {
            assertThat(example.get("criteria")).extracting(JsonNode::asText).contains("CCL25-C5.T1@1");
            assertThat(decisions.get(example.get("decisionId").asText())).isNull();
        });
        assertThat(run.at("/criteria/" + TITLE + " CCL25-C5.T1@1").asInt()).isEqualTo(3);
        assertThat(run.at("/criteria/" + TITLE + " CCL25-C3.T3@2").asInt()).isEqualTo(2);
        assertThat(report.at("/diff/parameters/0/name").asText()).isEqualTo("CCL25.C5.T1.minLearningCitizenRate.L1");
        assertThat(report.at("/diff/files")).anySatisfy(file ->
                assertThat(file.get("path").asText()).isEqualTo("vn/hoctap/rules/commune/tt25/institutions.drl"));

        Response activated = api.admin().post("/api/v1/rulesets/" + id + "/activations",
                Map.of("comment", "Thông tư thử nghiệm 99/2025 nâng ngưỡng C5.T1 và sửa chỉ tiêu C3.T3"));
        assertThat(activated.status()).isEqualTo(201);
        Response after = api.submitter().post("/api/v1/assessments", commune("rate-62-after", 10_000, 6_200));
        assertThat(after.json().get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(after.json().at("/ruleset/sha256").asText()).isEqualTo(id);
        for (String decision : decisions.values()) {
            assertThat(api.auditor().get("/api/v1/decisions/" + decision).json().at("/ruleset/sha256").asText())
                    .isEqualTo(original);
        }

        Response reevaluation = api.editor().post("/api/v1/rulesets/re-evaluations",
                Map.of("title", TITLE, "area", "00004", "comment", "Áp dụng Thông tư thử nghiệm 99/2025 cho hồ sơ 2025"));
        assertThat(reevaluation.status()).as(reevaluation.toString()).isEqualTo(202);
        JsonNode reevaluated = awaitDone(api, reevaluation.json().get("id").asText());
        assertThat(reevaluated.get("changed").asInt()).as(reevaluated.toString()).isEqualTo(7);
        assertThat(reevaluated.get("skipped").asInt()).as("the decision already made by the new version").isEqualTo(1);
        for (Map.Entry<String, String> decision : decisions.entrySet()) {
            JsonNode history = api.auditor().get("/api/v1/decisions/" + decision.getValue() + "/history").json();
            assertThat(history).hasSize(2);
            JsonNode current = history.get(1);
            assertThat(current.get("reason").asText()).isEqualTo("RE_EVALUATION");
            assertThat(current.at("/ruleset/sha256").asText()).isEqualTo(id);
            assertThat(current.get("outcome").asText()).isEqualTo(decision.getKey().startsWith("rate-66")
                    ? "RECOGNISED" : "NOT_RECOGNISED");
        }
        JsonNode again = awaitDone(api, api.editor().post("/api/v1/rulesets/re-evaluations",
                Map.of("title", TITLE, "comment", "Chạy lại: không còn gì cũ")).json().get("id").asText());
        assertThat(again.get("changed").asInt()).as("nothing is re-evaluated twice").isZero();
        assertThat(api.auditor().get("/api/v1/rulesets/audit").json()).extracting(entry -> entry.get("action").asText())
                .contains("UPLOADED", "GATE_PASSED", "PREVIEW_STARTED", "PREVIEW_FINISHED", "ACTIVATED",
                        "REEVALUATION_STARTED", "REEVALUATION_FINISHED");
    }

    @Test
    void aRunCanBeCancelled() {
        ApiClient api = ApiClient.on(port);
        for (int i = 0; i < 6; i++) {
            submit(api, commune("cancel-" + i, 10_000, 6_200 + i));
        }
        Response uploaded = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive", candidate());
        String id = uploaded.json().get("id").asText();
        String runId = api.editor().post("/api/v1/rulesets/" + id + "/impact", Map.of("title", TITLE)).json().get("id")
                .asText();

        Response cancelled = api.editor().delete("/api/v1/rulesets/jobs/" + runId);

        assertThat(cancelled.status()).isEqualTo(200);
        JsonNode run = awaitEnded(api, runId);
        assertThat(run.at("/run/status").asText()).isEqualTo("CANCELLED");
        assertThat(api.auditor().get("/api/v1/rulesets/audit").json()).extracting(entry -> entry.get("action").asText())
                .contains("PREVIEW_CANCELLED");
    }

    private static String submit(ApiClient api, Map<String, Object> body) {
        Response created = api.submitter().post("/api/v1/assessments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static JsonNode awaitDone(ApiClient api, String runId) {
        JsonNode view = awaitEnded(api, runId);
        JsonNode run = view.has("run") ? view.get("run") : view;
        assertThat(run.get("status").asText()).as(view.toString()).isEqualTo("DONE");
        return view;
    }

    private static JsonNode awaitEnded(ApiClient api, String runId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            JsonNode view = api.editor().get("/api/v1/rulesets/jobs/" + runId).json();
            JsonNode run = view.has("run") ? view.get("run") : view;
            if (!run.get("status").asText().equals("RUNNING")) {
                return view;
            }
            sleep();
        }
        throw new AssertionError("run " + runId + " did not end");
    }

    private static Map<String, Long> transitions(JsonNode run) {
        Map<String, Long> found = new LinkedHashMap<>();
        run.get("transitions").forEach(move -> found.merge(move.get("transition").asText(), move.get("count").asLong(),
                Long::sum));
        return found;
    }

    private static JsonNode find(JsonNode transitions, String transition) {
        List<JsonNode> matching = new ArrayList<>();
        transitions.forEach(move -> {
            if (move.get("transition").asText().equals(transition)) {
                matching.add(move);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
