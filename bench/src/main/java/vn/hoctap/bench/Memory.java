package vn.hoctap.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.bench.baseline.Baseline;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * Heap per 1,000 evaluations in flight: for every kind, the results of {@code count} subjects (engine, with the full
 * trace, and baseline) are held live, and the heap used after a full collection is read before and after
 * ({@link MemoryMXBean}). The subjects themselves are generated and kept before the first reading, and one round of
 * evaluations runs first so that session pools, caches and parameter sets are in place.
 */
final class Memory {

    /** One measurement: {@code held} results of one variant, heap used after collection before and after. */
    record Row(SubjectKind kind, String variant, int held, long before, long after) {

        long bytesPerResult() {
            return (after - before) / held;
        }

        double megabytesPerThousand() {
            return (after - before) * 1000.0 / held / (1024 * 1024);
        }
    }

    private Memory() {
    }

    static List<Row> measure(Ruleset ruleset, int count) throws InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (SubjectKind kind : SubjectKind.values()) {
            List<EvaluationRequest> subjects = Subjects.generate(kind, count, Harness.SEED);
            Baseline baseline = Agreement.baseline(ruleset, kind);
            subjects.forEach(ruleset::evaluate);
            subjects.forEach(baseline::evaluate);
            rows.add(hold(kind, "engine", subjects, subject -> ruleset.evaluate(subject)));
            rows.add(hold(kind, "baseline", subjects, subject -> baseline.evaluate(subject)));
        }
        return rows;
    }

    static void run(Ruleset ruleset, int count, PrintStream out) throws InterruptedException {
        out.printf("%,d results of each kind held live; heap used after a full collection%n", count);
        out.println("| kind | variant | results held | heap before | heap after | per 1,000 results | per result |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row row : measure(ruleset, count)) {
            out.printf("| %s | %s | %,d | %.1f MB | %.1f MB | %.2f MB | %,d bytes |%n", row.kind(), row.variant(),
                    row.held(), row.before() / 1048576.0, row.after() / 1048576.0, row.megabytesPerThousand(),
                    row.bytesPerResult());
        }
    }

    private static Row hold(SubjectKind kind, String variant, List<EvaluationRequest> subjects,
            java.util.function.Function<EvaluationRequest, Object> evaluate) throws InterruptedException {
        List<Object> held = new ArrayList<>(subjects.size());
        long before = usedAfterCollection();
        for (EvaluationRequest subject : subjects) {
            held.add(evaluate.apply(subject));
        }
        long after = usedAfterCollection();
        Throughput.SINK.addAndGet(held.size());
        return new Row(kind, variant, held.size(), before, after);
    }

    /** Heap in use once collections stop freeing anything (at most five rounds). */
    static long usedAfterCollection() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(50);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
