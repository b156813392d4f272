package vn.hoctap.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.hoctap.bench.data.AdminUnits;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code progress}: stores {@code progressCount} households in the communes of one province (Hà Nội, 01) through the
 * batch API — real decisions the service makes, "not decidable" under the national criteria of QĐ 448 — records that
 * number of households in the province's registry entry, and then times {@code GET /api/v1/progress?area=01&year=}
 * for that title, one call after another, as JSON and as CSV (after 3 untimed calls of each). Every call must answer
 * 200, and the report must count every stored household as assessed in the year and the registry's households as
 * eligible.
 */
final class ProgressMode {

    static final String PROVINCE = "01";
    static final String JSON_LABEL = "progress of a province, JSON";
    static final String CSV_LABEL = "progress of a province, CSV";
    private static final String TITLE = SubjectKind.HOUSEHOLD.titleCode();
    private static final int WARM_UP = 3;

    private ProgressMode() {
    }

    static List<Figure> run(Service service, Options options, String build, int run) {
        List<String> communes = AdminUnits.communes().stream().filter(commune -> commune.provinceCode().equals(PROVINCE))
                .map(AdminUnits.Commune::code).toList();
        Bodies households = new Bodies(SubjectKind.HOUSEHOLD, Math.min(20_000, options.progressCount()), options.seed(),
                "pg" + run, communes);
        int year = ((Number) households.body(0).get("assessmentYear")).intValue();
        String path = "/api/v1/progress?area=" + PROVINCE + "&year=" + year + "&title=" + TITLE;
        long before = assessed(service, path);
        Batches.Loaded loaded = Batches.load(service, households, 0, options.progressCount(),
                Math.min(options.batchSize(), options.progressCount()), options.batchClients(), false);
        String name = AdminUnits.provinces().get(PROVINCE);
        String area = "code,name,tier,type,parentCode,validFrom,households\n" + PROVINCE + "," + name
                + ",PROVINCE,Thành phố Trung ương,," + Areas.VALID_FROM + "," + options.progressCount() + "\n";
        Client.Answer imported = service.client().post("/api/v1/areas/import", service.admin(), "text/csv",
                area.getBytes(StandardCharsets.UTF_8));
        if (imported.status() != 200) {
            throw new IllegalStateException("progress: the province's households were answered " + imported);
        }

        JsonNode total = report(service, path).at("/titles/0/total");
        long assessed = total.path("assessed").asLong() - before;
        if (assessed != options.progressCount() || total.path("eligible").asLong() != options.progressCount()) {
            throw new IllegalStateException("progress: " + options.progressCount() + " households stored, the report"
                    + " counts " + assessed + " more assessed and " + total.path("eligible") + " eligible: " + total);
        }
        Timed json = time(service, path, "application/json", options.progressCalls());
        Timed csv = time(service, path, "text/csv", options.progressCalls());
        return List.of(figure(build, run, JSON_LABEL, json, total, loaded, options),
                figure(build, run, CSV_LABEL, csv, total, loaded, options));
    }

    private record Timed(double[] millis, int bytes) {

        double percentile(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }
    }

    private static Timed time(Service service, String path, String accept, int calls) {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            call(service, path, accept);
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            Client.Answer answer = call(service, path, accept);
            millis[i] = (System.nanoTime() - start) / 1e6;
            bytes = answer.body().length;
        }
        Arrays.sort(millis);
        return new Timed(millis, bytes);
    }

    private static Client.Answer call(Service service, String path, String accept) {
        Client.Answer answer = service.client().get(path, service.auditor(), accept);
        if (answer.status() != 200) {
            throw new IllegalStateException("progress: " + path + " (" + accept + ") was answered " + answer);
        }
        if (accept.equals("text/csv") && !(answer.body().length > 3 && (answer.body()[0] & 0xFF) == 0xEF
                && (answer.body()[1] & 0xFF) == 0xBB && (answer.body()[2] & 0xFF) == 0xBF)) {
            throw new IllegalStateException("progress: the CSV does not start with the UTF-8 byte order mark");
        }
        return answer;
    }

    private static JsonNode report(Service service, String path) {
        return call(service, path, "application/json").json();
    }

    private static long assessed(Service service, String path) {
        return report(service, path).at("/titles/0/total/assessed").asLong();
    }

    private static Figure figure(String build, int run, String label, Timed timed, JsonNode total,
            Batches.Loaded loaded, Options options) {
        return new Figure("progress", build, run, label, new Figure.Values()
                .put("households stored", options.progressCount())
                .put("assessed in the report", total.path("assessed").asLong())
                .put("calls", timed.millis().length)
                .put("p50 ms", timed.percentile(50))
                .put("p99 ms", timed.percentile(99))
                .put("max ms", timed.millis()[timed.millis().length - 1])
                .put("answer bytes", timed.bytes())
                .put("load, assessments/s", loaded.perSecond())
                .map());
    }
}
