package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.ruleset.RulesetImpactIntegrationTests.commune;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ServiceProcess;

/**
 * A re-evaluation killed with {@code kill -9} part-way resumes when the service starts again, from its last
 * checkpoint, and ends with exactly one new decision per stale one: none lost, none written twice.
 */
class ReevaluationRecoveryProcessTests {

    private static final int DECISIONS = 400;

    @TempDir
    Path data;

    @Test
    void aKilledReevaluationResumesAfterARestartWithoutDuplicates() {
        String[] settings = {"--hoctap.jobs.chunk=4", "--hoctap.jobs.poll-interval=200ms",
                "--hoctap.rulesets.poll-interval=300ms"};
        String runId;
        String candidate;
        long doneWhenKilled;
        try (ServiceProcess service = ServiceProcess.start(data, 0, settings)) {
            ApiClient api = service.api();
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < DECISIONS; i++) {
                items.add(commune("recovery-" + i, 10_000, 6_000 + i % 400));
            }
            Response batch = api.submitter().post("/api/v1/assessments/batch", Map.of("items", items));
            assertThat(batch.json().get("created").asInt()).as(batch.toString()).isEqualTo(DECISIONS);
            Response uploaded = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive",
                    RulesetImpactIntegrationTests.candidate());
            candidate = uploaded.json().get("id").asText();
            assertThat(api.admin().post("/api/v1/rulesets/" + candidate + "/activations",
                    Map.of("comment", "Áp dụng quy định thử nghiệm")).status()).isEqualTo(201);
            awaitServing(api, candidate);

            runId = api.editor().post("/api/v1/rulesets/re-evaluations", Map.of("title",
                    "COMMUNE_LEARNING_COMMUNITY", "comment", "Đánh giá lại toàn bộ")).json().get("id").asText();
            doneWhenKilled = awaitSomeDone(api, runId);
            service.kill();
        }
        assertThat(doneWhenKilled).as("killed part-way").isBetween(1L, DECISIONS - 1L);

        try (ServiceProcess restarted = ServiceProcess.start(data, 0, settings)) {
            ApiClient api = restarted.api();
            JsonNode run = awaitEnded(api, runId);
            assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("DONE");
            assertThat(run.get("done").asLong()).isEqualTo(DECISIONS);
            JsonNode all = api.auditor().get("/api/v1/decisions?history=true&title=COMMUNE_LEARNING_COMMUNITY&size=1")
                    .json();
            JsonNode current = api.auditor().get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&size=1").json();
            JsonNode underCandidate = api.auditor().get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&size=1"
                    + "&rulesetVersion=2.0.0").json();
            assertThat(current.get("totalItems").asLong()).isEqualTo(DECISIONS);
            assertThat(all.get("totalItems").asLong()).as("one new decision per stale one, none twice")
                    .isEqualTo(2L * DECISIONS);
            assertThat(underCandidate.get("totalItems").asLong()).isEqualTo(DECISIONS);
            assertThat(api.auditor().get("/api/v1/decisions/" + firstDecision(api) + "/history").json()).hasSize(2);
        }
    }

    private static String firstDecision(ApiClient api) {
        return api.auditor().get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&size=1").json()
                .at("/items/0/id").asText();
    }

    private static void awaitServing(ApiClient api, String version) {
        Instant until = Instant.now().plusSeconds(10);
        while (!api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText().equals(version)) {
            assertThat(Instant.now()).isBefore(until);
            ServiceProcess.sleep(100);
        }
    }

    private static long awaitSomeDone(ApiClient api, String runId) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonNode run = api.editor().get("/api/v1/rulesets/jobs/" + runId).json();
            if (run.get("done").asLong() > 0 || !run.get("status").asText().equals("RUNNING")) {
                return run.get("done").asLong();
            }
            ServiceProcess.sleep(10);
        }
        throw new AssertionError("the re-evaluation did not start");
    }

    private static JsonNode awaitEnded(ApiClient api, String runId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            JsonNode run = api.editor().get("/api/v1/rulesets/jobs/" + runId).json();
            if (!run.get("status").asText().equals("RUNNING")) {
                return run;
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError("the resumed re-evaluation did not end");
    }
}
