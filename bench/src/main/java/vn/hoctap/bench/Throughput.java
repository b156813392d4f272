package vn.hoctap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import vn.hoctap.bench.baseline.Baseline;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * Subjects per second, engine and baseline measured side by side: within every run, for every kind and thread count,
 * the baseline and each engine variant (one subject per call; batches of 1,000 and 10,000 through
 * {@code evaluateAll}) run one after the other for the same number of seconds on the same generated subjects. The
 * ratio engine ÷ baseline is taken per run (baseline rate ÷ engine rate), then the median over runs is reported.
 */
final class Throughput {

    /** What one thread does repeatedly: evaluates some subjects from its slice and says how many. */
    interface Workload {
        int run(List<EvaluationRequest> slice, int position);
    }

    static final AtomicLong SINK = new AtomicLong();

    private Throughput() {
    }

    static Map<String, Workload> workloads(Ruleset ruleset, Baseline baseline) {
        Map<String, Workload> workloads = new LinkedHashMap<>();
        workloads.put("baseline", (slice, position) -> {
            SINK.addAndGet(baseline.evaluate(slice.get(position % slice.size())).criteria().size());
            return 1;
        });
        workloads.put("engine single", (slice, position) -> {
            SINK.addAndGet(ruleset.evaluate(slice.get(position % slice.size())).criteria().size());
            return 1;
        });
        for (int size : new int[] {1_000, 10_000}) {
            workloads.put("engine batch " + size / 1000 + "k", (slice, position) -> {
                int from = position % slice.size();
                int to = Math.min(slice.size(), from + size);
                List<BatchItemResult> results = ruleset.evaluateAll(slice.subList(from, to));
                SINK.addAndGet(results.size());
                return to - from;
            });
        }
        return workloads;
    }

    /** Subjects per second of {@code workload} on {@code threads} threads for {@code millis} ms. */
    static double measure(Workload workload, List<EvaluationRequest> pool, int threads, long millis)
            throws InterruptedException {
        AtomicLong evaluated = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threads; t++) {
            List<EvaluationRequest> slice = pool.subList(t * pool.size() / threads, (t + 1) * pool.size() / threads);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long count = 0;
                int position = 0;
                while (System.nanoTime() < deadline[0]) {
                    int done = workload.run(slice, position);
                    position += done;
                    count += done;
                }
                evaluated.addAndGet(count);
            });
            worker.start();
            workers.add(worker);
        }
        long begin = System.nanoTime();
        deadline[0] = begin + millis * 1_000_000;
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return evaluated.get() / ((System.nanoTime() - begin) / 1e9);
    }

    /** Runs every variant {@code runs} times for {@code millis} ms each, after one warm-up round, and prints the table. */
    static void run(Ruleset ruleset, long millis, int runs, int poolSize, PrintStream out) throws InterruptedException {
        Map<SubjectKind, List<EvaluationRequest>> pools = new EnumMap<>(SubjectKind.class);
        Map<SubjectKind, Map<String, Workload>> workloads = new EnumMap<>(SubjectKind.class);
        for (SubjectKind kind : SubjectKind.values()) {
            pools.put(kind, Subjects.generate(kind, poolSize, Harness.SEED));
            workloads.put(kind, workloads(ruleset, Agreement.baseline(ruleset, kind)));
        }
        out.printf("warm-up: %d ms per variant; %d subjects of each kind; %d run(s) of %d ms per variant%n", millis, poolSize, runs, millis);
        for (SubjectKind kind : SubjectKind.values()) {
            for (Workload workload : workloads.get(kind).values()) {
                measure(workload, pools.get(kind), 1, millis);
            }
        }
        int[] threadCounts = {1, 2};
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (SubjectKind kind : SubjectKind.values()) {
                for (int threads : threadCounts) {
                    double baseline = 0;
                    for (Map.Entry<String, Workload> entry : workloads.get(kind).entrySet()) {
                        double rate = measure(entry.getValue(), pools.get(kind), threads, millis);
                        String key = kind + " | " + threads + " | " + entry.getKey();
                        rates.computeIfAbsent(key, k -> new ArrayList<>()).add(rate);
                        if (entry.getKey().equals("baseline")) {
                            baseline = rate;
                        } else {
                            ratios.computeIfAbsent(key, k -> new ArrayList<>()).add(baseline / rate);
                        }
                        out.printf("run %d  %-40s %,12.0f subjects/s%n", run, key, rate);
                    }
                }
            }
        }
        out.println();
        out.println("| kind | threads | variant | subjects/s (median) | min – max | engine ÷ baseline (median) |");
        out.println("|---|---|---|---|---|---|");
        rates.forEach((key, values) -> {
            String[] parts = key.split(" \\| ");
            List<Double> ratio = ratios.get(key);
            out.printf("| %s | %s | %s | %,.0f | %,.0f – %,.0f | %s |%n", parts[0], parts[1], parts[2], median(values),
                    values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    values.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    ratio == null ? "1" : String.format("%.1f×", median(ratio)));
        });
        out.println("(sink " + SINK.get() + ")");
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
