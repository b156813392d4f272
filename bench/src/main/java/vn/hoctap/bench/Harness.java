package vn.hoctap.bench;

import java.util.Arrays;
import java.util.List;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * The plain benchmark harness (see BENCHMARKS.md):
 * <ul>
 *   <li>{@code agree [subjects]} — the agreement check, engine against baseline, for every kind (default 100,000);
 *   exits with status 1 on any difference;</li>
 *   <li>{@code throughput [seconds] [runs] [subjects]} — subjects per second, engine (one per call, batches of 1,000 and 10,000)
 *   and baseline side by side, 1 thread and 2 threads, with the median of the runs and the ratio;</li>
 *   <li>{@code swap [runs]} — kjar bytes to a gated ruleset, and the longest pause a request sees during a swap;</li>
 *   <li>{@code memory [results]} — heap per 1,000 evaluations in flight: the results of {@code results} subjects of
 *   each kind (default 20,000) held live, engine and baseline;</li>
 *   <li>{@code loop kind [seconds]} — the engine alone, one subject per call on one thread, for a profiler to watch
 *   (default 60 s).</li>
 * </ul>
 */
public final class Harness {

    /** The seed of every figure in BENCHMARKS.md. */
    public static final long SEED = 20251103L;

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "agree" : args[0];
        int[] numbers = Arrays.stream(args).skip(1).filter(arg -> arg.matches("\\d+"))
                .mapToInt(Integer::parseInt).toArray();
        switch (command) {
            case "agree" -> {
                int subjects = numbers.length > 0 ? numbers[0] : 100_000;
                if (!agree(subjects)) {
                    System.exit(1);
                }
            }
            case "throughput" -> Throughput.run(BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "bench"),
                    (numbers.length > 0 ? numbers[0] : 3) * 1000L, numbers.length > 1 ? numbers[1] : 5,
                    numbers.length > 2 ? numbers[2] : 20_000, System.out);
            case "swap" -> SwapTimer.run(numbers.length > 0 ? numbers[0] : 5, 3_000, System.out);
            case "memory" -> Memory.run(BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "bench"),
                    numbers.length > 0 ? numbers[0] : 20_000, System.out);
            case "loop" -> loop(SubjectKind.valueOf(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 60);
            default -> throw new IllegalArgumentException("unknown command " + command
                    + "; use agree, throughput, swap, memory or loop");
        }
    }

    /** Evaluates subjects of {@code kind} one per call for {@code seconds} and prints the rate. */
    static void loop(SubjectKind kind, int seconds) {
        Ruleset ruleset = BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "bench");
        List<EvaluationRequest> pool = Subjects.generate(kind, 20_000, SEED);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            Throughput.SINK.addAndGet(ruleset.evaluate(pool.get((int) (count++ % pool.size()))).criteria().size());
        }
        System.out.printf("%s: %,d evaluations, %,.0f per second%n", kind, count, count / ((System.nanoTime() - start) / 1e9));
        ruleset.close();
    }

    /** Runs the agreement check for every kind and prints the summaries; true when all agree. */
    static boolean agree(int subjects) {
        Ruleset ruleset = BenchKjar.gated(new RuleEngine(), BenchKjar.bytes(), "bench");
        boolean agrees = true;
        for (SubjectKind kind : SubjectKind.values()) {
            long start = System.nanoTime();
            Agreement.Report report = Agreement.check(ruleset, kind, subjects, SEED);
            System.out.print(report.summary());
            System.out.printf("  (%.1f s)%n", (System.nanoTime() - start) / 1e9);
            agrees &= report.agrees();
        }
        System.out.println(agrees ? "AGREE" : "DIFFER");
        return agrees;
    }
}
