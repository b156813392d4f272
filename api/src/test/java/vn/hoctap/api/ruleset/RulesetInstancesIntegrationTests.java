package vn.hoctap.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.ruleset.RulesetImpactIntegrationTests.commune;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoctap.api.HocTapApplication;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.Assessments;

/**
 * Two instances on one database (the second connects to the first one's embedded server, as instances share a real
 * MongoDB): a version uploaded on one is served by the other; an activation recorded on one is followed by both within
 * five seconds; swaps while both take submissions fail none of them and never mix two versions in one decision; a
 * province runs its own version; and after a restart the version last activated keeps serving, not the bundled one.
 */
class RulesetInstancesIntegrationTests {

    /** A Hà Nội commune at 62 %: Mức độ 1 under the bundled rules, not recognised under the candidate (65 % from 2026). */
    private static final long LEARNING = 6_200;

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void instancesOnOneDatabaseFollowEachOtherAndARestartKeepsTheActiveVersion() throws Exception {
        String bundled;
        String candidate;
        try (ConfigurableApplicationContext a = start(first)) {
            InetSocketAddress server = a.getBean(MongoServer.class).getLocalAddress();
            try (ConfigurableApplicationContext b = start(second, "--spring.data.mongodb.uri=mongodb://127.0.0.1:"
                    + server.getPort() + "/hoctap")) {
                ApiClient onA = ApiClient.on(port(a));
                ApiClient onB = ApiClient.on(port(b));
                bundled = national(onA);
                assertThat(national(onB)).isEqualTo(bundled);

                Response uploaded = onA.editor().send("POST", "/api/v1/rulesets", "application/java-archive",
                        RulesetImpactIntegrationTests.candidate());
                assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
                candidate = uploaded.json().get("id").asText();
                assertThat(onB.auditor().get("/api/v1/rulesets/" + candidate).json().at("/gate/passed").asBoolean())
                        .isTrue();

                activate(onB, candidate, null, "Kích hoạt trên phiên bản B");
                assertThat(secondsUntilServing(onA, candidate)).as("instance A follows B's activation").isLessThan(5);
                assertThat(decisionOf(onA, "a-after").at("/ruleset/sha256").asText()).isEqualTo(candidate);
                assertThat(decisionOf(onB, "b-after").at("/ruleset/sha256").asText()).isEqualTo(candidate);

                swapsUnderLoadFailNothingAndNeverMixVersions(onA, onB, bundled, candidate);

                activate(onA, bundled, null, "Trả lại bộ quy tắc toàn quốc");
                activate(onB, candidate, "01", "Hà Nội áp dụng thử quy định mới");
                assertThat(secondsUntilServing(onA, bundled)).isLessThan(5);
                awaitProvince(onA, "01", candidate);
                assertThat(decisionOf(onA, "ha-noi").at("/ruleset/sha256").asText()).isEqualTo(candidate);
                JsonNode bacNinh = onA.submitter().post("/api/v1/assessments",
                        Assessments.familyInVuNinh("bac-ninh-1", "Nguyễn Văn Thắng")).json();
                assertThat(bacNinh.at("/ruleset/sha256").asText()).as("Bắc Ninh keeps the national rules")
                        .isEqualTo(bundled);
                activate(onA, candidate, null, "Áp dụng toàn quốc");
                assertThat(secondsUntilServing(onB, candidate)).isLessThan(5);
            }
        }

        try (ConfigurableApplicationContext restarted = start(first)) {
            ApiClient api = ApiClient.on(port(restarted));
            assertThat(national(api)).as("the active version survives a restart").isEqualTo(candidate)
                    .isNotEqualTo(bundled);
            assertThat(decisionOf(api, "after-restart").at("/ruleset/sha256").asText()).isEqualTo(candidate);
            JsonNode versions = api.auditor().get("/api/v1/rulesets").json();
            assertThat(versions.findValuesAsText("id")).contains(bundled, candidate);
        }
    }

    /**
     * Four clients submit the same 62 % commune to both instances while the national version is switched back and
     * forth; every submission is accepted, and each decision's outcome is the one its own recorded version gives.
     */
    private static void swapsUnderLoadFailNothingAndNeverMixVersions(ApiClient onA, ApiClient onB, String bundled,
            String candidate) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<Response> responses = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            ApiClient client = (c % 2 == 0 ? onA : onB).submitter();
            futures.add(clients.submit(() -> {
                while (running.get()) {
                    responses.add(client.post("/api/v1/assessments",
                            commune("swap-" + sequence.incrementAndGet(), 10_000, LEARNING)));
                }
            }));
        }
        try {
            for (int swap = 0; swap < 3; swap++) {
                activate(onA, bundled, null, "Hoàn tác lần " + (swap + 1));
                secondsUntilServing(onB, bundled);
                activate(onB, candidate, null, "Kích hoạt lại lần " + (swap + 1));
                secondsUntilServing(onA, candidate);
            }
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> future : futures) {
            future.get();
        }
        assertThat(responses).hasSizeGreaterThan(20).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode decision = response.json();
            String version = decision.at("/ruleset/sha256").asText();
            assertThat(version).isIn(bundled, candidate);
            assertThat(decision.get("outcome").asText()).as(response.toString())
                    .isEqualTo(version.equals(bundled) ? "RECOGNISED" : "NOT_RECOGNISED");
        });
        assertThat(responses).extracting(response -> response.json().at("/ruleset/sha256").asText())
                .as("both versions decided during the swaps").contains(bundled, candidate);
    }

    private static void activate(ApiClient api, String version, String province, String comment) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("comment", comment));
        if (province != null) {
            body.put("province", province);
        }
        Response activated = api.admin().post("/api/v1/rulesets/" + version + "/activations", body);
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
    }

    private static String national(ApiClient api) {
        return api.auditor().get("/api/v1/rulesets/active").json().at("/national/id").asText();
    }

    /** Seconds until {@code api}'s instance serves {@code version} nationally (fails after 10 s). */
    private static double secondsUntilServing(ApiClient api, String version) {
        long start = System.nanoTime();
        while (!national(api).equals(version)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("switch to " + version)
                    .isLessThan(Duration.ofSeconds(10));
            pause();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void awaitProvince(ApiClient api, String province, String version) {
        long start = System.nanoTime();
        while (!version.equals(api.auditor().get("/api/v1/rulesets/active").json().at("/provinces/" + province)
                .asText())) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            pause();
        }
    }

    private static JsonNode decisionOf(ApiClient api, String subject) {
        Response created = api.submitter().post("/api/v1/assessments", commune(subject, 10_000, LEARNING));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static ConfigurableApplicationContext start(Path data, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--hoctap.data-directory=" + data,
                "--hoctap.rulesets.poll-interval=1s"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(HocTapApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
