package vn.hoctap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoctap.bench.data.AdminUnits;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.bench.jmh.EngineBenchmark;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * The quick mode of the benchmarks, part of the test command: the agreement check on 2,000 subjects of each kind, and
 * every benchmark harness run once with tiny sizes, so that they are known to still run. The figures themselves come
 * from the commands in BENCHMARKS.md.
 */
class BenchQuickTests {

    private static Ruleset ruleset;

    @BeforeAll
    static void load() {
        ruleset = BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "bench-test");
    }

    @AfterAll
    static void close() {
        ruleset.close();
    }

    @ParameterizedTest
    @EnumSource(SubjectKind.class)
    void engineAndBaselineAgreeOnTwoThousandSubjects(SubjectKind kind) {
        Agreement.Report report = Agreement.check(ruleset, kind, 2_000, Harness.SEED);

        assertThat(report.differences()).isEmpty();
        assertThat(report.agrees()).isTrue();
        // the data are realistic only if every criterion that can fail both passes and fails somewhere
        report.statuses().forEach((key, counts) -> {
            if (!counts.containsKey("NOT_EVALUATED") || counts.size() > 1) {
                assertThat(counts).as(key).containsKeys("PASSED", "FAILED");
            }
        });
    }

    @Test
    void theAgreementCheckSeesADifference() {
        EvaluationRequest request = Subjects.generate(SubjectKind.COMMUNE, 1, Harness.SEED).get(0);
        var engine = ruleset.evaluate(request);
        Map<String, Object> changed = new java.util.LinkedHashMap<>(request.facts());
        changed.put("awarenessRaising", !(Boolean) request.facts().get("awarenessRaising"));
        var other = new EvaluationRequest(request.titleCode(), request.subjectId(), request.referenceDate(),
                request.assessmentYear(), request.provinceCode(), changed);

        assertThat(Agreement.compare(engine, Agreement.baseline(ruleset, SubjectKind.COMMUNE).evaluate(other)))
                .anyMatch(difference -> difference.startsWith("CCL25-C1.T1@1 status"));
    }

    @Test
    void generatorsAreDeterministicAndUseRealCodesAndVietnameseNames() {
        List<EvaluationRequest> first = Subjects.generate(SubjectKind.HOUSEHOLD, 200, 7);
        List<EvaluationRequest> again = Subjects.generate(SubjectKind.HOUSEHOLD, 200, 7);

        assertThat(first).isEqualTo(again);
        assertThat(first).isNotEqualTo(Subjects.generate(SubjectKind.HOUSEHOLD, 200, 8));
        assertThat(AdminUnits.communes()).hasSize(3_321);
        var provinces = AdminUnits.communes().stream().map(commune -> commune.provinceCode()).distinct().count();
        assertThat(provinces).isEqualTo(34);
        assertThat(first).allMatch(request -> AdminUnits.communes().stream()
                .anyMatch(commune -> request.subjectId().startsWith("HGD-" + commune.code() + "-")
                        && commune.provinceCode().equals(request.provinceCode())));
        assertThat(first.toString()).containsAnyOf("Nguyễn ", "Trần ", "Lê ");
    }

    @Test
    void throughputHarnessRunsOnce() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Throughput.run(ruleset, 50, 1, 1_000, new PrintStream(text, true, StandardCharsets.UTF_8));

        String report = text.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("| HOUSEHOLD | 2 | engine batch 1k |", "| COMMUNE | 1 | baseline |");
        assertThat(report.lines().filter(line -> line.startsWith("| UNIT | 1 | engine single |")).findFirst()
                .orElseThrow()).doesNotContain("| 0 |");
    }

    @Test
    void swapHarnessRunsOnce() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SwapTimer.run(1, 300, new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(text.toString(StandardCharsets.UTF_8)).contains("run 1: load ", "median: load ");
    }

    @Test
    void memoryHarnessRunsOnceAndSeesTheHeldResults() throws Exception {
        List<Memory.Row> rows = Memory.measure(ruleset, 500);

        assertThat(rows).extracting(Memory.Row::kind).containsOnly(SubjectKind.values());
        assertThat(rows).hasSize(2 * SubjectKind.values().length);
        for (SubjectKind kind : SubjectKind.values()) {
            Memory.Row engine = rows.stream().filter(row -> row.kind() == kind && row.variant().equals("engine"))
                    .findFirst().orElseThrow();
            Memory.Row baseline = rows.stream().filter(row -> row.kind() == kind && row.variant().equals("baseline"))
                    .findFirst().orElseThrow();
            // a result with its full trace holds every criterion's evidence: well over a kilobyte, and more than the
            // baseline's findings for the same subject
            assertThat(engine.held()).isEqualTo(500);
            assertThat(engine.bytesPerResult()).as(kind + " engine").isGreaterThan(1_000);
            assertThat(engine.bytesPerResult()).as(kind + " engine against baseline")
                    .isGreaterThan(baseline.bytesPerResult());
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Memory.run(ruleset, 100, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("| UNIT | engine | 100 |", "per 1,000 results");
    }

    @Test
    void jmhBenchmarkMethodsRunOnce() {
        EngineBenchmark benchmark = new EngineBenchmark();
        benchmark.kind = SubjectKind.UNIT;
        benchmark.batch = 10;
        benchmark.pool = 100;
        benchmark.setUp();
        try {
            assertThat(benchmark.engineSingle().criteria()).hasSize(33);
            assertThat(benchmark.baseline().criteria()).hasSize(33);
            assertThat(benchmark.engineBatch()).hasSize(10).allMatch(item -> item.errors().isEmpty());
        } finally {
            benchmark.tearDown();
        }
    }
}
