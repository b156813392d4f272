package vn.hoctap.bench;

import java.util.Arrays;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;

/**
 * The plain benchmark harness (see BENCHMARKS.md):
 * <ul>
 *   <li>{@code agree [subjects]} — the agreement check, engine against baseline, for every kind (default 100,000);
 *   exits with status 1 on any difference;</li>
 *   <li>{@code throughput [seconds] [runs] [subjects]} — subjects per second, engine (one per call, batches of 1,000 and 10,000)
 *   and baseline side by side, 1 thread and 2 threads, with the median of the runs and the ratio;</li>
 *   <li>{@code swap [runs]} — kjar bytes to a gated ruleset, and the longest pause a request sees during a swap.</li>
 * </ul>
 */
public final class Harness {

    /** The seed of every figure in BENCHMARKS.md. */
    public static final long SEED = 20251103L;

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "agree" : args[0];
        int[] numbers = Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
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
            default -> throw new IllegalArgumentException("unknown command " + command + "; use agree, throughput or swap");
        }
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
