package vn.hoctap.bench.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code growth}: how the time of one submission grows with the number of decisions the embedded store holds. For
 * each level, households are stored through the batch path until the store holds that many decisions, then
 * {@code probes} single household submissions (API key, one client) go untimed and as many again are timed.
 */
final class GrowthMode {

    private GrowthMode() {
    }

    static String label(int level) {
        return String.format("%,d decisions stored", level);
    }

    static List<Figure> run(Service service, Options options, String build, int run, java.io.PrintStream out) {
        Bodies load = new Bodies(SubjectKind.HOUSEHOLD, 20_000, options.seed(), "gl" + run);
        Bodies probes = new Bodies(SubjectKind.HOUSEHOLD, 20_000, options.seed() + 1, "gp" + run);
        List<Figure> figures = new ArrayList<>();
        long loadedSoFar = 0;
        long probed = 0;
        for (int level : options.growthLevels().stream().sorted().toList()) {
            long stored = Batches.stored(service, null);
            long missing = level - stored;
            double loadRate = Double.NaN;
            if (missing > 0) {
                Batches.Loaded loaded = Batches.load(service, load, loadedSoFar, missing, options.batchSize(),
                        options.batchClients(), false);
                loadedSoFar += missing;
                loadRate = loaded.perSecond();
            }
            long[] took = new long[options.growthProbes()];
            for (int i = 0; i < 2 * options.growthProbes(); i++) {
                long sent = System.nanoTime();
                Client.Answer answer = service.client().post("/api/v1/assessments", service.apiKey(),
                        "application/json", probes.bytes(probed++));
                if (answer.status() != 201) {
                    throw new IllegalStateException("growth: a submission at " + level + " was answered " + answer);
                }
                if (i >= options.growthProbes()) {
                    took[i - options.growthProbes()] = System.nanoTime() - sent;
                }
            }
            Arrays.sort(took);
            long held = Batches.stored(service, null);
            figures.add(new Figure("growth", build, run, label(level), new Figure.Values()
                    .put("decisions held", held)
                    .put("ms per submission (mean)", Arrays.stream(took).average().orElse(Double.NaN) / 1e6)
                    .put("p50 ms", took[took.length / 2] / 1e6)
                    .put("p99 ms", took[Math.max(0, (int) Math.ceil(took.length * 0.99) - 1)] / 1e6)
                    .put("batch load to this level, assessments/s", loadRate)
                    .map()));
            // printed at once: loading to the next level can take long, or fail
            out.println("  " + figures.get(figures.size() - 1).label() + ": " + figures.get(figures.size() - 1).values());
            if (held < level) {
                throw new IllegalStateException("growth: the store holds " + held + " decisions, not " + level);
            }
        }
        return figures;
    }
}
