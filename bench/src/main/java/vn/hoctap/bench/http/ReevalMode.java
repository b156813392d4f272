package vn.hoctap.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code reeval}: stores {@code reevalCount} households, then a policy editor uploads a new version of the ruleset (the
 * boot jar's own bundled kjar under another version number: new bytes, the same rules, so that every stored decision
 * is stale) and an administrator, a second user, activates it; the editor then starts the re-evaluation of every
 * household decision, which is timed until its run is DONE. Every stale decision must be superseded.
 */
final class ReevalMode {

    static final String LABEL = "households, re-evaluated under a new version";
    private static final String BUNDLED = "BOOT-INF/classes/rulesets/bundled-ruleset.jar";
    private static final String POM = "META-INF/maven/vn.hoctap/hoctap-rules/";
    private static final Duration RUN_WITHIN = Duration.ofHours(2);

    private ReevalMode() {
    }

    static List<Figure> run(Service service, Options options, String build, int run) {
        String title = SubjectKind.HOUSEHOLD.titleCode();
        Bodies households = new Bodies(SubjectKind.HOUSEHOLD, Math.min(20_000, options.reevalCount()), options.seed(),
                "re" + run);
        Batches.Loaded loaded = Batches.load(service, households, 0, options.reevalCount(),
                Math.min(options.batchSize(), options.reevalCount()), options.batchClients(), false);
        long stale = Batches.stored(service, title);

        String versionName = "1.0.1-bench-" + run;
        byte[] kjar = renamed(bundledKjar(service.jar()), versionName);
        long uploadStart = System.nanoTime();
        Client.Answer uploaded = service.client().post("/api/v1/rulesets", service.editor(), "application/java-archive",
                kjar);
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        if (uploaded.status() != 201) {
            throw new IllegalStateException("reeval: the upload was answered " + uploaded);
        }
        String version = uploaded.json().get("id").asText();
        long activationStart = System.nanoTime();
        Client.Answer activated = service.client().postJson("/api/v1/rulesets/" + version + "/activations",
                service.admin(), Map.of("comment", "Benchmark: a new version of the same rules"));
        if (activated.status() != 201) {
            throw new IllegalStateException("reeval: the activation was answered " + activated);
        }
        awaitActive(service, version);
        double activationSeconds = (System.nanoTime() - activationStart) / 1e9;

        long start = System.nanoTime();
        Client.Answer started = service.client().postJson("/api/v1/rulesets/re-evaluations", service.editor(),
                Map.of("title", title, "comment", "Benchmark: re-evaluate every household under the new version"));
        if (started.status() != 202) {
            throw new IllegalStateException("reeval: the re-evaluation was answered " + started);
        }
        JsonNode done = awaitEnded(service, started.json().get("id").asText());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done.path("status").asText().equals("DONE")) {
            throw new IllegalStateException("reeval: the run ended " + done);
        }
        double serverSeconds = Duration.between(Instant.parse(done.get("requestedAt").asText()),
                Instant.parse(done.get("finishedAt").asText())).toMillis() / 1e3;
        long changed = done.get("changed").asLong();
        long current = Batches.stored(service, title);
        long superseded = current == stale ? countUnder(service, title, versionName) : -1;
        Figure figure = new Figure("reeval", build, run, LABEL, new Figure.Values()
                .put("stale decisions", stale)
                .put("re-evaluated", changed)
                .put("not re-evaluated", stale - changed)
                .put("current under the new version", superseded)
                .put("decisions/s", changed / seconds)
                .put("run s (wall)", seconds)
                .put("run s (requested → finished)", serverSeconds)
                .put("upload + gate s", uploadSeconds)
                .put("activation s", activationSeconds)
                .put("load, assessments/s", loaded.perSecond())
                .map());
        if (changed != stale || superseded != stale) {
            throw new IllegalStateException("reeval: " + changed + " of " + stale + " stale decisions re-evaluated, "
                    + superseded + " current under the new version: " + done);
        }
        return List.of(figure);
    }

    /** The kjar the boot jar ships with (the service's first ruleset). */
    static byte[] bundledKjar(Path bootJar) {
        try (ZipFile zip = new ZipFile(bootJar.toFile())) {
            ZipEntry entry = zip.getEntry(BUNDLED);
            if (entry == null) {
                throw new IllegalStateException(bootJar + " holds no " + BUNDLED);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same kjar under another version in its Maven coordinates: other bytes, the same rules. */
    static byte[] renamed(byte[] kjar, String version) {
        boolean changed = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(POM + "pom.properties") || entry.getName().equals(POM + "pom.xml")) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String after = entry.getName().endsWith(".properties")
                            ? text.replaceFirst("(?m)^version=.*$", "version=" + version)
                            : text.replaceFirst("<version>1\\.0\\.0</version>", "<version>" + version + "</version>");
                    changed |= !after.equals(text);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!changed) {
            throw new IllegalStateException("the bundled kjar has no Maven coordinates to change");
        }
        return out.toByteArray();
    }

    private static void awaitActive(Service service, String version) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            Client.Answer active = service.client().get("/api/v1/rulesets/active", service.auditor());
            if (active.status() == 200 && version.equals(active.json().at("/national/id").asText())) {
                return;
            }
            Service.sleep(200);
        }
        throw new IllegalStateException("reeval: version " + version + " did not become active");
    }

    private static JsonNode awaitEnded(Service service, String runId) {
        long until = System.nanoTime() + RUN_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            Client.Answer answer = service.client().get("/api/v1/rulesets/jobs/" + runId, service.editor());
            if (answer.status() != 200) {
                throw new IllegalStateException("reeval: the run's progress answered " + answer);
            }
            JsonNode view = answer.json();
            JsonNode run = view.has("run") ? view.get("run") : view;
            if (!run.path("status").asText().equals("RUNNING")) {
                return run;
            }
            Service.sleep(250);
        }
        throw new IllegalStateException("reeval: run " + runId + " did not end within " + RUN_WITHIN);
    }

    /** The current decisions of {@code title} made by the ruleset version named {@code version} (Maven version). */
    private static long countUnder(Service service, String title, String version) {
        Client.Answer answer = service.client().get("/api/v1/decisions?size=1&title=" + title + "&rulesetVersion="
                + version, service.auditor());
        if (answer.status() != 200) {
            throw new IllegalStateException("the decision query answered " + answer);
        }
        return answer.json().get("totalItems").asLong();
    }
}
