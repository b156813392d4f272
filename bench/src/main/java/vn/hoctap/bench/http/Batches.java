package vn.hoctap.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Stores many assessments through {@code POST /api/v1/assessments/batch}, checking that every item was created. */
final class Batches {

    /** What a load stored. */
    record Loaded(long created, double seconds, double[] requestSeconds, List<String> decisionIds,
            List<String> assessmentIds) {

        double perSecond() {
            return created / seconds;
        }
    }

    private Batches() {
    }

    /**
     * Stores bodies {@code from} to {@code from + count - 1} in requests of {@code size} items, {@code clients} requests
     * at a time (API key); fails unless every item is answered CREATED.
     *
     * @param keepIds whether to collect the decision and assessment ids of the answers
     */
    static Loaded load(Service service, Bodies bodies, long from, long count, int size, int clients, boolean keepIds) {
        int requests = (int) ((count + size - 1) / size);
        AtomicInteger next = new AtomicInteger();
        List<String> decisions = Collections.synchronizedList(new ArrayList<>());
        List<String> assessments = Collections.synchronizedList(new ArrayList<>());
        double[] took = new double[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "bench-batch");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long created = 0;
                    for (int r; (r = next.getAndIncrement()) < requests; ) {
                        long first = from + (long) r * size;
                        int items = (int) Math.min(size, from + count - first);
                        byte[] body = bodies.batch(first, items);
                        long sent = System.nanoTime();
                        Client.Answer answer = service.client().post("/api/v1/assessments/batch", service.apiKey(),
                                "application/json", body);
                        took[r] = (System.nanoTime() - sent) / 1e9;
                        JsonNode json = answer.status() == 200 ? answer.json() : null;
                        if (json == null || json.path("created").asInt() != items) {
                            throw new IllegalStateException("a batch of " + items + " was answered " + answer);
                        }
                        created += items;
                        if (keepIds) {
                            for (JsonNode item : json.get("items")) {
                                decisions.add(item.get("decisionId").asText());
                                assessments.add(item.get("assessmentId").asText());
                            }
                        }
                    }
                    return created;
                }));
            }
            long created = 0;
            for (Future<Long> future : futures) {
                created += future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(took);
            return new Loaded(created, seconds, took, List.copyOf(decisions), List.copyOf(assessments));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The current decisions the service holds for {@code title} (all titles when null), by its decision query. */
    static long stored(Service service, String title) {
        Client.Answer answer = service.client().get("/api/v1/decisions?size=1" + (title == null ? "" : "&title=" + title),
                service.auditor());
        if (answer.status() != 200) {
            throw new IllegalStateException("the decision query answered " + answer);
        }
        return answer.json().get("totalItems").asLong();
    }
}
