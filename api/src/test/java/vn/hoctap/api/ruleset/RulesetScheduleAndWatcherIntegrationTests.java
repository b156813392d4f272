package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.ruleset.RulesetImpactIntegrationTests.commune;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.MovableClock;
import vn.hoctap.api.support.MovableClockConfiguration;

/**
 * An activation from an effective date waits, listed as scheduled, and takes over when the date comes (the clock is
 * moved forward); the editing loop's watcher turns a kjar that a build drops into its directory into a candidate —
 * refused ones with their report — and never activates anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClockConfiguration.class)
class RulesetScheduleAndWatcherIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final Path WATCHED = DATA.resolve("watched-repository");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
        registry.add("hoctap.rulesets.poll-interval", () -> "300ms");
        registry.add("hoctap.rulesets.watch-directory", WATCHED::toString);
        registry.add("hoctap.rulesets.watch-interval", () -> "300ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void anActivationFromADateWaitsUntilThatDate() {
        ApiClient api = ApiClient.on(port);
        String original = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        Response uploaded = api.editor().send("POST", "/api/v1/rulesets", "application/java-archive",
                RulesetLifecycleIntegrationTests.raisedThreshold("2.1.0"));
        String id = uploaded.json().get("id").asText();
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);

        Response scheduled = api.admin().post("/api/v1/rulesets/" + id + "/activations",
                Map.of("comment", "Áp dụng từ ngày mai theo quyết định của Sở", "effectiveFrom", tomorrow.toString()));
        Response yesterday = api.admin().post("/api/v1/rulesets/" + id + "/activations",
                Map.of("comment", "Ngày đã qua", "effectiveFrom", tomorrow.minusDays(2).toString()));

        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(yesterday.status()).isEqualTo(400);
        assertThat(yesterday.json().at("/errors/0/field").asText()).isEqualTo("effectiveFrom");
        JsonNode active = api.auditor().get("/api/v1/rulesets/active").json();
        assertThat(active.at("/national/id").asText()).isEqualTo(original);
        assertThat(active.at("/scheduled/0/versionId").asText()).isEqualTo(id);
        assertThat(api.auditor().get("/api/v1/rulesets/" + id).json().get("state").asText()).isEqualTo("SCHEDULED");
        assertThat(submit(api, "before-date")).isEqualTo(original);

        clock.advance(Duration.ofDays(1));

        await(() -> id.equals(api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText()));
        assertThat(submit(api, "on-date")).isEqualTo(id);
        assertThat(api.auditor().get("/api/v1/rulesets/active").json().get("scheduled")).isEmpty();
        assertThat(api.auditor().get("/api/v1/rulesets/audit").json()).extracting(entry -> entry.get("action").asText())
                .contains("SCHEDULED");
    }

    @Test
    void theWatcherUploadsNewKjarsAsCandidatesAndNeverActivatesThem() throws IOException {
        ApiClient api = ApiClient.on(port);
        String active = api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
        Path installed = WATCHED.resolve("vn/hoctap/hoctap-rules/3.0.0/hoctap-rules-3.0.0.jar");
        Files.createDirectories(installed.getParent());
        Files.write(installed.resolveSibling("not-a-ruleset.jar"), new byte[] {'P', 'K', 3, 4});
        byte[] first = RulesetLifecycleIntegrationTests.raisingThreshold("3.0.0").text(
                "hoctap/parameters/commune-learning-community.yaml", yaml -> yaml + "\n# sửa lần 1\n").bytes();
        Files.write(installed, first);

        JsonNode candidate = awaitVersion(api, version -> version.path("version").asText().equals("3.0.0"));
        assertThat(candidate.get("origin").asText()).isEqualTo("WATCHER");
        assertThat(candidate.get("uploadedBy").asText()).isEqualTo("watcher");
        assertThat(candidate.get("state").asText()).isEqualTo("READY");

        byte[] broken = RulesetLifecycleIntegrationTests.raisingThreshold("3.0.1").text(
                "vn/hoctap/rules/commune/tt25/institutions.drl", drl -> drl + "\nrule \"hỏng\" when then x end\n").bytes();
        Path second = WATCHED.resolve("vn/hoctap/hoctap-rules/3.0.1/hoctap-rules-3.0.1.jar");
        Files.createDirectories(second.getParent());
        Files.write(second, broken);

        JsonNode refused = awaitVersion(api, version -> version.path("version").asText().equals("3.0.1"));
        assertThat(refused.get("state").asText()).isEqualTo("REFUSED");
        assertThat(refused.at("/gate/problems/0/file").asText()).isEqualTo(
                "vn/hoctap/rules/commune/tt25/institutions.drl");
        assertThat(api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText())
                .as("the watcher never activates").isEqualTo(active);
        assertThat(api.auditor().get("/api/v1/rulesets").json().findValuesAsText("origin"))
                .as("the two kjars, not the other jar").filteredOn("WATCHER"::equals).hasSize(2);
    }

    private static String submit(ApiClient api, String subject) {
        Response created = api.submitter().post("/api/v1/assessments", commune(subject, 10_000, 6_200));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/ruleset/sha256").asText();
    }

    private static JsonNode awaitVersion(ApiClient api, Predicate<JsonNode> matching) {
        JsonNode[] found = new JsonNode[1];
        await(() -> {
            for (JsonNode version : api.auditor().get("/api/v1/rulesets").json()) {
                if (matching.test(version)) {
                    found[0] = version;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        Instant until = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 10 s").isBefore(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
