package vn.hoctap.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.bench.data.SubjectKind;

/**
 * The HTTP harness once, with tiny sizes, against the boot jar this build packaged ({@code api/target/hoctap-api.jar}:
 * the reactor packages api before bench). Every mode runs on one service; each checks what it measured, and the
 * figures are checked here again.
 */
class HttpHarnessQuickTests {

    private static Path jar;

    @BeforeAll
    static void bootJar() {
        jar = Path.of(System.getProperty("hoctap.api.jar", "../api/target/hoctap-api.jar"));
        assertThat(Files.isRegularFile(jar)).as("the service's boot jar " + jar.toAbsolutePath() + " is missing; build it "
                + "first: mvn -B -ntp -o package -pl api -am -DskipTests").isTrue();
    }

    @Test
    void everyModeRunsOnceOnOneServiceAndItsFiguresAddUp() {
        Options options = Options.quick("all", List.of(jar));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Report report = HttpHarness.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(one(report, "start-up", "boot jar to ready").value("embedded store port reachable")).isEqualTo(1);

        Figure reeval = one(report, "reeval", ReevalMode.LABEL);
        assertThat(reeval.value("stale decisions")).isEqualTo(options.reevalCount());
        assertThat(reeval.value("re-evaluated")).isEqualTo(options.reevalCount());
        assertThat(reeval.value("current under the new version")).isEqualTo(options.reevalCount());
        assertThat(reeval.value("decisions/s")).isPositive();

        for (SubjectKind kind : SubjectKind.values()) {
            Figure store = one(report, "store", StoreMode.label(kind));
            assertThat(store.value("decisions")).isEqualTo(options.storeCount());
            assertThat(store.value("decision BSON bytes")).as(kind.name()).isGreaterThan(1_000);
            assertThat(store.value("assessment BSON bytes")).as(kind.name()).isGreaterThan(100);
            assertThat(store.value("all collections, bytes per decision")).as(kind.name())
                    .isGreaterThanOrEqualTo(store.value("decision BSON bytes"));
            assertThat(store.value("GET /decisions/{id} JSON bytes")).as(kind.name()).isGreaterThan(1_000);
        }

        for (int level : options.growthLevels()) {
            Figure growth = one(report, "growth", GrowthMode.label(level));
            assertThat(growth.value("decisions held")).isGreaterThanOrEqualTo(level);
            assertThat(growth.value("ms per submission (mean)")).isPositive();
            assertThat(growth.value("p99 ms")).isGreaterThanOrEqualTo(growth.value("p50 ms"));
        }

        Figure batch = one(report, "batch", BatchMode.label(options));
        assertThat(batch.value("items created")).isEqualTo(options.batchSize() * options.batches());
        assertThat(batch.value("stored − created")).isZero();
        assertThat(batch.value("assessments stored/s")).isPositive();

        for (String label : List.of(SingleMode.KEYED, SingleMode.BASIC, SingleMode.COMMUNE)) {
            Figure single = one(report, "single", label);
            assertThat(single.value("answered 201")).as(label).isPositive();
            assertThat(single.value("not 201")).as(label).isZero();
            assertThat(single.value("stored − 201")).as(label).isZero();
            assertThat(single.value("p99 ms")).as(label).isGreaterThanOrEqualTo(single.value("p50 ms"));
        }

        for (String label : List.of(ProgressMode.JSON_LABEL, ProgressMode.CSV_LABEL)) {
            Figure progress = one(report, "progress", label);
            assertThat(progress.value("households stored")).isEqualTo(options.progressCount());
            assertThat(progress.value("assessed in the report")).as(label).isGreaterThanOrEqualTo(options.progressCount());
            assertThat(progress.value("calls")).isEqualTo(options.progressCalls());
            assertThat(progress.value("p99 ms")).as(label).isGreaterThanOrEqualTo(progress.value("p50 ms"));
            assertThat(progress.value("answer bytes")).as(label).isGreaterThan(100);
        }

        String tables = printed.toString(StandardCharsets.UTF_8);
        System.out.print(tables);
        for (String mode : List.of("start-up", "reeval", "store", "growth", "batch", "single", "progress")) {
            assertThat(tables).contains("### " + mode + "\n\n| what | build |");
        }
        assertThat(tables).contains("| " + SingleMode.KEYED + " | hoctap-api.jar | 4 |");
    }

    @Test
    void optionsStartFromTheQuickSizesAndAcceptSeveralJars() {
        Options options = Options.parse("single", "--jar", jar.toString(), "--jar", jar.toString(), "--quick",
                "--clients", "8", "--duration", "2.5", "--levels", "10k,100k", "--service-arg", "hoctap.jobs.threads=1",
                "--calls", "7");

        assertThat(options.jars()).hasSize(2);
        assertThat(options.clients()).isEqualTo(8);
        assertThat(options.duration()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(options.warmUp()).isEqualTo(Options.quick("single", List.of(jar)).warmUp());
        assertThat(options.growthLevels()).containsExactly(10_000, 100_000);
        assertThat(options.progressCalls()).isEqualTo(7);
        assertThat(options.progressCount()).isEqualTo(Options.quick("progress", List.of(jar)).progressCount());
        assertThat(options.serviceArgs()).endsWith("--hoctap.jobs.threads=1");
        assertThat(options.label(0)).isNotEqualTo(options.label(1)).endsWith("#1");
        assertThatThrownBy(() -> Options.parse("fast", "--jar", jar.toString())).hasMessageContaining("unknown mode");
        assertThatThrownBy(() -> Options.parse("single", "--jar", "no-such.jar")).hasMessageContaining("no such jar");
        assertThatThrownBy(() -> Options.parse("single", "--jar", jar.toString(), "--clients", "0"))
                .hasMessageContaining("must be positive");
    }

    @Test
    void theNewVersionIsTheBundledKjarUnderAnotherVersion() throws IOException {
        byte[] bundled = ReevalMode.bundledKjar(jar);
        byte[] renamed = ReevalMode.renamed(bundled, "1.0.1-bench-1");

        assertThat(renamed).isNotEqualTo(bundled);
        assertThat(coordinates(bundled).getProperty("version")).isEqualTo("1.0.0");
        assertThat(coordinates(renamed).getProperty("version")).isEqualTo("1.0.1-bench-1");
        assertThat(coordinates(renamed).getProperty("artifactId")).isEqualTo("hoctap-rules");
    }

    private static Properties coordinates(byte[] kjar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("META-INF/maven/vn.hoctap/hoctap-rules/pom.properties")) {
                    Properties properties = new Properties();
                    properties.load(zip);
                    return properties;
                }
            }
        }
        throw new AssertionError("no pom.properties in the kjar");
    }

    private static Figure one(Report report, String mode, String label) {
        List<Figure> figures = report.figures(mode, label);
        assertThat(figures).as(mode + " / " + label + " in " + report.figures()).hasSize(1);
        return figures.get(0);
    }
}
