package vn.hoctap.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.bench.Agreement;
import vn.hoctap.bench.BenchKjar;
import vn.hoctap.bench.Harness;
import vn.hoctap.bench.baseline.Baseline;
import vn.hoctap.bench.baseline.BaselineResult;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;

/**
 * Engine and baseline on the same generated subjects, with full trace. {@code engineSingle} and {@code baseline} are
 * one subject per operation; {@code engineBatch} is one {@code evaluateAll} of {@code batch} subjects per operation
 * (subjects per second = operations per second × batch). Threads: JMH's {@code -t}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class EngineBenchmark {

    @Param({"HOUSEHOLD", "UNIT", "COMMUNE"})
    public SubjectKind kind;

    @Param({"1000"})
    public int batch;

    /** Subjects generated once per trial. */
    @Param({"20000"})
    public int pool;

    private Ruleset ruleset;
    private Baseline baseline;
    private List<EvaluationRequest> requests;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
        ruleset = BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "jmh");
        baseline = Agreement.baseline(ruleset, kind);
        requests = Subjects.generate(kind, Math.max(pool, batch), Harness.SEED);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ruleset.close();
    }

    @Benchmark
    public EvaluationResult engineSingle() {
        return ruleset.evaluate(request());
    }

    @Benchmark
    public BaselineResult baseline() {
        return baseline.evaluate(request());
    }

    @Benchmark
    public List<BatchItemResult> engineBatch() {
        int from = Math.floorMod(next.getAndAdd(batch), requests.size() - batch + 1);
        return ruleset.evaluateAll(requests.subList(from, from + batch));
    }

    private EvaluationRequest request() {
        return requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
    }
}
