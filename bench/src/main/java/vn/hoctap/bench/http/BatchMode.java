package vn.hoctap.bench.http;

import java.util.List;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code batch}: households through {@code POST /api/v1/assessments/batch}, {@code batchSize} items per request,
 * {@code batchClients} requests at a time: one warm-up request, then {@code batches} measured ones; every item must be
 * answered CREATED and the service must then hold one current decision per item.
 */
final class BatchMode {

    private BatchMode() {
    }

    static String label(Options options) {
        return "households, " + String.format("%,d", options.batchSize()) + " per request, " + options.batchClients()
                + (options.batchClients() == 1 ? " request" : " requests") + " at a time";
    }

    static List<Figure> run(Service service, Options options, String build, int run) {
        Bodies households = new Bodies(SubjectKind.HOUSEHOLD, Math.min(20_000,
                options.batchSize() * (options.batches() + 1)), options.seed(), "b" + run);
        long before = Batches.stored(service, SubjectKind.HOUSEHOLD.titleCode());
        Batches.Loaded warm = Batches.load(service, households, 0, options.batchSize(), options.batchSize(), 1, false);
        Batches.Loaded measured = Batches.load(service, households, options.batchSize(),
                (long) options.batchSize() * options.batches(), options.batchSize(), options.batchClients(), false);
        long stored = Batches.stored(service, SubjectKind.HOUSEHOLD.titleCode()) - before;
        long created = warm.created() + measured.created();
        if (stored != created) {
            throw new IllegalStateException("batch: " + stored + " household decisions stored for " + created
                    + " items created");
        }
        return List.of(new Figure("batch", build, run, label(options), new Figure.Values()
                .put("assessments stored/s", measured.perSecond())
                .put("s per request (median)", Report.median(measured.requestSeconds()))
                .put("requests", measured.requestSeconds().length)
                .put("items created", measured.created())
                .put("stored − created", stored - created)
                .map()));
    }
}
