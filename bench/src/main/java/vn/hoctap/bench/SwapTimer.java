package vn.hoctap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * Ruleset load, gate and swap. First the time from kjar bytes to a loaded ruleset ({@code RuleEngine.load}) and to a
 * gated one ready to activate ({@code RuleEngine.gate}: load, scenarios, coverage, static check), each on a copy the
 * KIE repository has not seen. Then two request threads (one per core) evaluate units under a lease, as the service
 * does, while the main thread gates, activates and retires: the longest request during the swap is compared with the
 * longest in the steady state before it.
 */
final class SwapTimer {

    private static final long AFTER_MILLIS = 1_000;

    private SwapTimer() {
    }

    static void run(int runs, long steadyMillis, PrintStream out) throws InterruptedException {
        byte[] kjar = BenchKjar.bytes();
        RuleEngine engine = new RuleEngine();
        List<EvaluationRequest> requests = Subjects.generate(SubjectKind.UNIT, 10_000, Harness.SEED);
        engine.activate(BenchKjar.gated(engine, BenchKjar.renamed(kjar, "hoctap-rules-swap-0"), "swap-0"));
        List<Double> loads = new ArrayList<>();
        List<Double> gates = new ArrayList<>();
        List<Double> steadyMax = new ArrayList<>();
        List<Double> swapMax = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Ruleset loaded = engine.load(RulesetSource.bytes(BenchKjar.renamed(kjar, "hoctap-rules-load-" + run), "load"));
            loads.add((System.nanoTime() - start) / 1e6);
            loaded.close();

            Recorder[] recorders = {new Recorder(engine, requests, 0), new Recorder(engine, requests, 5_000)};
            Thread[] threads = new Thread[recorders.length];
            for (int i = 0; i < recorders.length; i++) {
                threads[i] = new Thread(recorders[i], "request-" + i);
                threads[i].start();
            }
            Thread.sleep(steadyMillis);
            long swapStart = System.nanoTime();
            Ruleset next = BenchKjar.gated(engine, BenchKjar.renamed(kjar, "hoctap-rules-swap-" + run), "swap-" + run);
            long gated = System.nanoTime();
            engine.activate(next).ifPresent(Ruleset::retire);
            long swapEnd = System.nanoTime();
            gates.add((gated - swapStart) / 1e6);
            Thread.sleep(AFTER_MILLIS);
            for (Recorder recorder : recorders) {
                recorder.stop = true;
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long steadyFrom = swapStart - steadyMillis * 1_000_000 / 2;
            double[] steady = latencies(recorders, steadyFrom, swapStart);
            double[] during = latencies(recorders, swapStart, swapEnd + 200_000_000L);
            steadyMax.add(steady[steady.length - 1]);
            swapMax.add(during[during.length - 1]);
            out.printf("run %d: load %.0f ms, gate %.0f ms (bytes → ready), activate+retire %.2f ms; requests steady "
                    + "p50 %.2f p99 %.2f max %.2f ms (%d); during swap p50 %.2f p99 %.2f max %.2f ms (%d)%n", run,
                    loads.get(run - 1), gates.get(run - 1), (swapEnd - gated) / 1e6, percentile(steady, 0.5),
                    percentile(steady, 0.99), steady[steady.length - 1], steady.length, percentile(during, 0.5),
                    percentile(during, 0.99), during[during.length - 1], during.length);
        }
        out.printf("median: load %.0f ms, gate %.0f ms, longest request steady %.1f ms, longest request during swap %.1f ms%n",
                Throughput.median(loads), Throughput.median(gates), Throughput.median(steadyMax),
                Throughput.median(swapMax));
    }

    private static double[] latencies(Recorder[] recorders, long from, long to) {
        List<Double> values = new ArrayList<>();
        for (Recorder recorder : recorders) {
            for (int i = 0; i < recorder.size; i++) {
                if (recorder.starts[i] >= from && recorder.starts[i] < to) {
                    values.add(recorder.durations[i] / 1e6);
                }
            }
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length == 0 ? new double[] {0} : sorted;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** A request thread: evaluates under a lease of the active ruleset and records start and duration of each. */
    private static final class Recorder implements Runnable {

        private final RuleEngine engine;
        private final List<EvaluationRequest> requests;
        private final long[] starts = new long[2_000_000];
        private final long[] durations = new long[2_000_000];
        private int size;
        private int position;
        private volatile boolean stop;

        Recorder(RuleEngine engine, List<EvaluationRequest> requests, int position) {
            this.engine = engine;
            this.requests = requests;
            this.position = position;
        }

        @Override
        public void run() {
            while (!stop && size < starts.length) {
                EvaluationRequest request = requests.get(position++ % requests.size());
                long start = System.nanoTime();
                evaluate(request);
                starts[size] = start;
                durations[size++] = System.nanoTime() - start;
            }
        }

        private void evaluate(EvaluationRequest request) {
            while (true) {
                Ruleset ruleset = engine.active().orElseThrow();
                try (Ruleset.Lease lease = ruleset.lease()) {
                    Throughput.SINK.addAndGet(lease.ruleset().evaluate(request).criteria().size());
                    return;
                } catch (IllegalStateException closedMeanwhile) {
                    // the ruleset was retired and closed between reading it and taking the lease: take the new one
                }
            }
        }
    }
}
