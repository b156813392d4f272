package vn.hoctap.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code single}: one assessment per {@code POST /api/v1/assessments}, {@code clients} virtual clients in a closed loop
 * for a fixed time after a warm-up — households with the API key, households with HTTP Basic, communes with the API
 * key — then checks that the service holds exactly one current decision per 201 answered.
 */
final class SingleMode {

    static final String KEYED = "household, X-API-Key";
    static final String BASIC = "household, HTTP Basic";
    static final String COMMUNE = "commune, X-API-Key";

    private SingleMode() {
    }

    static List<Figure> run(Service service, Options options, String build, int run) {
        int pool = 20_000;
        Bodies households = new Bodies(SubjectKind.HOUSEHOLD, pool, options.seed(), "s" + run);
        Bodies communes = new Bodies(SubjectKind.COMMUNE, pool, options.seed(), "s" + run);
        long householdsBefore = Batches.stored(service, SubjectKind.HOUSEHOLD.titleCode());
        long communesBefore = Batches.stored(service, SubjectKind.COMMUNE.titleCode());
        Client.Auth key = service.apiKey();
        Client.Auth basic = service.submitter();
        Duration warmUp = options.warmUp();
        Duration shortWarmUp = warmUp.dividedBy(3);

        long householdsCreated = 0;
        Load.Result warm = load(service, options, warmUp, households, 0, key);
        householdsCreated += warm.expected();
        Load.Result keyed = load(service, options, options.duration(), households, warm.next(), key);
        householdsCreated += keyed.expected();
        Load.Result basicWarm = load(service, options, shortWarmUp, households, keyed.next(), basic);
        householdsCreated += basicWarm.expected();
        Load.Result basicMeasured = load(service, options, options.duration(), households, basicWarm.next(), basic);
        householdsCreated += basicMeasured.expected();
        Load.Result communeWarm = load(service, options, shortWarmUp, communes, 0, key);
        Load.Result communeMeasured = load(service, options, options.duration(), communes, communeWarm.next(), key);
        long communesCreated = communeWarm.expected() + communeMeasured.expected();

        long householdsStored = Batches.stored(service, SubjectKind.HOUSEHOLD.titleCode()) - householdsBefore;
        long communesStored = Batches.stored(service, SubjectKind.COMMUNE.titleCode()) - communesBefore;
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(build, run, KEYED, keyed, options.clients(), householdsStored - householdsCreated));
        figures.add(figure(build, run, BASIC, basicMeasured, options.clients(), householdsStored - householdsCreated));
        figures.add(figure(build, run, COMMUNE, communeMeasured, options.clients(), communesStored - communesCreated));
        long unexpected = warm.unexpected() + keyed.unexpected() + basicWarm.unexpected() + basicMeasured.unexpected()
                + communeWarm.unexpected() + communeMeasured.unexpected();
        if (unexpected > 0 || householdsStored != householdsCreated || communesStored != communesCreated) {
            throw new IllegalStateException("single: " + unexpected + " submissions not answered 201 (" + keyed.statuses()
                    + basicMeasured.statuses() + communeMeasured.statuses() + "); " + householdsStored
                    + " household decisions stored for " + householdsCreated + " answered 201, " + communesStored
                    + " commune decisions for " + communesCreated);
        }
        return figures;
    }

    private static Load.Result load(Service service, Options options, Duration duration, Bodies bodies, long first,
            Client.Auth auth) {
        return Load.run(options.clients(), duration, first, n -> service.client()
                .post("/api/v1/assessments", auth, "application/json", bodies.bytes(n)).status(), 201);
    }

    private static Figure figure(String build, int run, String label, Load.Result result, int clients, long missing) {
        return new Figure("single", build, run, label, new Figure.Values()
                .put("clients", clients)
                .put("submissions/s", result.perSecond())
                .put("p50 ms", result.percentileMillis(50))
                .put("p99 ms", result.percentileMillis(99))
                .put("max ms", result.maxMillis())
                .put("answered 201", result.expected())
                .put("not 201", result.unexpected())
                .put("stored − 201", missing)
                .map());
    }
}
