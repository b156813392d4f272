package vn.hoctap.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ServiceProcess;

/**
 * What an acknowledgement is worth when the machine fails: the service runs in a process of its own and is killed with
 * SIGKILL under concurrent submissions, made to run out of file space, and has its data file made read-only. Every
 * decision it answered 201 for is found again, byte for byte; writes it cannot make durable are refused with 503 and
 * Retry-After while reads go on; and it recovers by itself when storage comes back.
 */
class DurabilityProcessTests {

    private static final String FILE = "hoctap-mongo.mv.db";

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedDecisionSurvivesKillNineUnderConcurrentSubmissions() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Map<String, Object>> requests = new ConcurrentHashMap<>();
        for (int round = 1; round <= 3; round++) {
            ServiceProcess service = ServiceProcess.start(data, 0);
            int before = acknowledged.size();
            Map<Integer, String> refused = new ConcurrentHashMap<>();
            load(service, round, acknowledged, requests, refused, Duration.ofMillis(2500));
            service.kill();
            assertThat(acknowledged.size()).as("round " + round + " acknowledged some decisions; other answers: "
                    + refused + "\n" + service.lastLines()).isGreaterThan(before);
        }

        try (ServiceProcess service = ServiceProcess.start(data, 0)) {
            ApiClient auditor = service.api().auditor();
            for (Map.Entry<String, String> decision : acknowledged.entrySet()) {
                Response read = auditor.get("/api/v1/decisions/" + decision.getKey());
                assertThat(read.status()).as("acknowledged decision " + decision.getKey()).isEqualTo(200);
                assertThat(read.body()).as("decision " + decision.getKey() + " as acknowledged").isEqualTo(decision.getValue());
            }
            String some = acknowledged.keySet().iterator().next();
            String key = requests.keySet().stream().filter(k -> k.endsWith("|" + some)).findFirst().orElseThrow();
            Response retried = service.api().submitter().with("Idempotency-Key", key.substring(0, key.indexOf('|')))
                    .post("/api/v1/assessments", requests.get(key));
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retried.json().get("id").asText()).isEqualTo(some);
            JsonNode report = auditor.post("/api/v1/integrity/verification", "").json();
            assertThat(report.get("problemCount").asInt()).as(report.toString()).isZero();
            assertThat(report.get("decisions").asInt()).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    @Test
    void aFullDiskRefusesWritesWith503AndLosesNothingAcknowledged() throws Exception {
        ServiceProcess.start(data, 0).close();
        long limitKb = Files.size(data.resolve(FILE)) / 1024 + 1536;
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try (ServiceProcess service = ServiceProcess.start(data, limitKb)) {
            Response refused = null;
            for (int i = 0; i < 3000 && refused == null; i++) {
                Response response = service.api().submitter().post("/api/v1/assessments",
                        communeBaDinh("disk-full-" + i, 6000 + i % 100));
                if (response.status() == 201) {
                    acknowledged.put(response.json().get("id").asText(), response.body());
                } else {
                    refused = response;
                }
            }
            assertThat(refused).as("the file-size limit was reached").isNotNull();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/storage-unavailable");
            assertThat(refused.header("Retry-After")).isNotNull();
            String any = acknowledged.keySet().iterator().next();
            assertThat(service.api().auditor().get("/api/v1/decisions/" + any).status()).as("reads go on").isEqualTo(200);
            JsonNode health = service.api().get("/actuator/health/readiness").json();
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/components/storage/details/reason").asText()).contains("writes are refused");
            service.kill();
        }
        assertEveryDecisionIsBack(acknowledged);
    }

    @Test
    void aReadOnlyDataFileRefusesWritesKeepsReadsAndRecoversWhenWritableAgain() throws Exception {
        ServiceProcess.start(data, 0).close();
        Path file = data.resolve(FILE);
        assumeTrue(chattr("+i", file), "making the data file immutable needs root and chattr (ext4); not available here");
        try {
            ServiceProcess refusedStart = ServiceProcess.launch(data, 0);
            assertThat(refusedStart.waitFor(Duration.ofSeconds(90))).as("start-up on a read-only file fails").isNotZero();
            assertThat(refusedStart.output()).contains("cannot be used").contains("read-only");
        } finally {
            chattr("-i", file);
        }
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try (ServiceProcess service = ServiceProcess.start(data, 0, "--hoctap.storage.probe-interval=300ms")) {
            Response stored = service.api().submitter().post("/api/v1/assessments", familyInVuNinh("read-only-1", "Đỗ Văn An"));
            acknowledged.put(stored.json().get("id").asText(), stored.body());
            assertThat(chattr("+i", file)).isTrue();
            try {
                Response refused = service.api().submitter().post("/api/v1/assessments",
                        familyInVuNinh("read-only-2", "Đỗ Văn Bình"));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isNotNull();
                assertThat(service.api().auditor().get("/api/v1/decisions/" + stored.json().get("id").asText()).body())
                        .isEqualTo(stored.body());
                assertThat(service.api().get("/actuator/health/readiness").status()).isEqualTo(503);
            } finally {
                chattr("-i", file);
            }
            Response again = null;
            for (Instant until = Instant.now().plusSeconds(30); Instant.now().isBefore(until); ServiceProcess.sleep(300)) {
                again = service.api().submitter().post("/api/v1/assessments", familyInVuNinh("read-only-3", "Đỗ Văn Chung"));
                if (again.status() == 201) {
                    break;
                }
            }
            assertThat(again.status()).as("the service takes writes again by itself").isEqualTo(201);
            acknowledged.put(again.json().get("id").asText(), again.body());
            assertThat(service.api().get("/actuator/health/readiness").status()).isEqualTo(200);
            service.kill();
        }
        assertEveryDecisionIsBack(acknowledged);
    }

    /** Submits from four threads until {@code duration} has passed, recording every 201 by decision id. */
    private static void load(ServiceProcess service, int round, Map<String, String> acknowledged,
            Map<String, Map<String, Object>> requests, Map<Integer, String> refused, Duration duration)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger counter = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    int n = counter.incrementAndGet();
                    String key = "crash-" + round + "-" + n;
                    Map<String, Object> body = n % 2 == 0 ? communeBaDinh(key, 6000 + n % 900)
                            : familyInVuNinh(key, "Phạm Văn Đồng");
                    try {
                        Response response = service.api().submitter().with("Idempotency-Key", key)
                                .post("/api/v1/assessments", body);
                        if (response.status() == 201) {
                            String id = response.json().get("id").asText();
                            acknowledged.put(id, response.body());
                            requests.put(key + "|" + id, body);
                        } else {
                            refused.putIfAbsent(response.status(), response.body());
                        }
                    } catch (UncheckedIOException e) {
                        return;
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        // the first answers of a fresh process can take long on a loaded machine: kill only after some were given
        int before = acknowledged.size();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() == before && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Thread.sleep(duration.toMillis());
        Thread killer = new Thread(service::kill);
        killer.start();
        killer.join();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join(60_000);
        }
    }

    private void assertEveryDecisionIsBack(Map<String, String> acknowledged) {
        try (ServiceProcess service = ServiceProcess.start(data, 0)) {
            for (Map.Entry<String, String> decision : acknowledged.entrySet()) {
                assertThat(service.api().auditor().get("/api/v1/decisions/" + decision.getKey()).body())
                        .as("decision " + decision.getKey() + " after restart").isEqualTo(decision.getValue());
            }
            assertThat(service.api().auditor().post("/api/v1/integrity/verification", "").json().get("problemCount").asInt())
                    .isZero();
        }
    }

    private static boolean chattr(String flag, Path file) {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
