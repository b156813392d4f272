package vn.hoctap.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed loop: {@code clients} virtual clients, each sending its next request as soon as the previous one is
 * answered, for a fixed time. Every answer's status is counted and every latency kept.
 */
final class Load {

    /** What one period of load gave. */
    record Result(long requests, long expected, Map<Integer, Long> statuses, double seconds, long[] latenciesNanos,
            long next) {

        double perSecond() {
            return expected / seconds;
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, index))] / 1e6;
        }

        double maxMillis() {
            return latenciesNanos.length == 0 ? Double.NaN : latenciesNanos[latenciesNanos.length - 1] / 1e6;
        }

        long unexpected() {
            return requests - expected;
        }
    }

    private Load() {
    }

    /**
     * Runs the loop.
     *
     * @param first   the number of the first request ({@link Bodies#bytes(long)}); each request takes the next one
     * @param send    sends request {@code n} and returns the status
     * @param status  the status every request is expected to be answered with
     */
    static Result run(int clients, Duration duration, long first, LongFunction<Integer> send, int status) {
        AtomicLong next = new AtomicLong(first);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            List<Map<Integer, Long>> counts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Map<Integer, Long> statuses = new TreeMap<>();
                counts.add(statuses);
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long number = next.getAndIncrement();
                        long sent = System.nanoTime();
                        int answered;
                        try {
                            answered = send.apply(number);
                        } catch (RuntimeException e) {
                            answered = -1;
                        }
                        long took = System.nanoTime() - sent;
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                        statuses.merge(answered, 1L, Long::sum);
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Map<Integer, Long> statuses = new TreeMap<>();
            counts.forEach(map -> map.forEach((code, count) -> statuses.merge(code, count, Long::sum)));
            return new Result(latencies.length, statuses.getOrDefault(status, 0L), statuses, seconds, latencies,
                    next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
