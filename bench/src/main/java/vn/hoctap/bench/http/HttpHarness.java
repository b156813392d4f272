package vn.hoctap.bench.http;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service end to end (BENCHMARKS.md, figures 4–6): starts each given boot jar as a process of its own on a fresh
 * data directory (the embedded store) and a free port, imports the communes the generated subjects live in, and
 * measures over HTTP:
 * <ul>
 *   <li>{@code single} — submissions per second and p50/p99 latency at a fixed concurrency, with the API key and with
 *   HTTP Basic (households), and communes;</li>
 *   <li>{@code batch} — assessments stored per second through {@code /assessments/batch};</li>
 *   <li>{@code store} — bytes per stored decision (household, unit, commune);</li>
 *   <li>{@code growth} — time per submission as the store holds more decisions;</li>
 *   <li>{@code reeval} — decisions re-evaluated per second after a new ruleset version is activated;</li>
 *   <li>{@code progress} — the time of {@code GET /api/v1/progress} for a province holding many households' decisions,
 *   as JSON and as CSV;</li>
 *   <li>{@code all} — every mode once on one service, in the order reeval, store, growth, batch, single, progress (a
 *   smoke run;
 *   the figures come from the modes run one by one).</li>
 * </ul>
 * With several {@code --jar}, the builds are measured alternately, run after run, and each table has a line per build.
 * Every mode checks what it measured (every submission answered 201, one stored decision per answer, every stale
 * decision re-evaluated) and fails otherwise.
 */
public final class HttpHarness {

    private HttpHarness() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver",
                System.getProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn"));
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(options, System.out);
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Runs the mode on every jar, run after run, prints the tables and returns every figure. */
    public static Report run(Options options, PrintStream out) {
        out.printf(Locale.ROOT, "HttpHarness %s: %d run(s) of %s; %d cores, Java %s, client and service on this machine%n",
                options.mode(), options.runs(), options.jars(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.println("options: " + options);
        Report report = new Report();
        for (int run = 1; run <= options.runs(); run++) {
            for (int j = 0; j < options.jars().size(); j++) {
                Path jar = options.jars().get(j);
                String build = options.label(j);
                long start = System.nanoTime();
                try (Service service = Service.start(jar, options)) {
                    report.add(List.of(new Figure("start-up", build, run, "boot jar to ready", new Figure.Values()
                            .put("s", service.readyMillis() / 1e3)
                            .put("embedded store port reachable", service.embeddedPort().isPresent() ? 1 : 0)
                            .map())));
                    try {
                        report.add(measure(service, options, build, run, out));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(e.getMessage() + "\nlast lines of the service:\n"
                                + service.lastLines(), e);
                    }
                }
                out.printf(Locale.ROOT, "run %d, %s: %.1f s%n", run, build, (System.nanoTime() - start) / 1e9);
            }
        }
        report.print(out);
        return report;
    }

    private static List<Figure> measure(Service service, Options options, String build, int run, PrintStream out) {
        List<Figure> figures = new ArrayList<>();
        String mode = options.mode();
        // in "all", the re-evaluation comes first so that it re-evaluates only its own households, and growth before
        // the timed modes so that its levels are reached by its own loading
        if (mode.equals("reeval") || mode.equals("all")) {
            figures.addAll(timed("reeval", out, () -> ReevalMode.run(service, options, build, run)));
        }
        if (mode.equals("store") || mode.equals("all")) {
            figures.addAll(timed("store", out, () -> StoreMode.run(service, options, build, run)));
        }
        if (mode.equals("growth") || mode.equals("all")) {
            figures.addAll(timed("growth", out, () -> GrowthMode.run(service, options, build, run, out)));
        }
        if (mode.equals("batch") || mode.equals("all")) {
            figures.addAll(timed("batch", out, () -> BatchMode.run(service, options, build, run)));
        }
        if (mode.equals("single") || mode.equals("all")) {
            figures.addAll(timed("single", out, () -> SingleMode.run(service, options, build, run)));
        }
        if (mode.equals("progress") || mode.equals("all")) {
            figures.addAll(timed("progress", out, () -> ProgressMode.run(service, options, build, run)));
        }
        return figures;
    }

    private static List<Figure> timed(String mode, PrintStream out, java.util.function.Supplier<List<Figure>> measure) {
        long start = System.nanoTime();
        List<Figure> figures = measure.get();
        out.printf(Locale.ROOT, "  %s: %.1f s%n", mode, (System.nanoTime() - start) / 1e9);
        return figures;
    }
}
