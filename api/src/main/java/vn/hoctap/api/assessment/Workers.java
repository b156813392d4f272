package vn.hoctap.api.assessment;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that checks and evaluates the items of bulk submissions (batches, asynchronous batches): one thread
 * per core, shared by all requests, so that many concurrent batches queue here instead of multiplying threads. The
 * calling thread works on its own batch too.
 */
@Component
class Workers {

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool;

    Workers() {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "hoctap-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code task} for every index from 0 to {@code count - 1}, spread over the pool and the calling thread;
     * returns, by index, the exception each failed index threw (null where it succeeded).
     */
    RuntimeException[] run(int count, IntConsumer task) {
        RuntimeException[] failures = new RuntimeException[count];
        if (count == 0) {
            return failures;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException e) {
                    failures[i] = e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, count) - 1; t++) {
            helpers.add(pool.submit(drain));
        }
        drain.run();
        for (Future<?> helper : helpers) {
            try {
                helper.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return failures;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
