package vn.hoctap.bench.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoctap.bench.data.AdminUnits;
import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.bench.data.Subjects;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * Request bodies of {@code POST /api/v1/assessments} (and items of {@code /batch}) from the seeded generators: the
 * title, the subject (id, Vietnamese name, GSO code of its commune), the assessment year, the reference date and the
 * facts exactly as generated. A pool of generated subjects is reused round after round under new subject ids
 * ({@code <id>-r<round>}), so that every submission starts a chain of its own.
 */
final class Bodies {

    private static final Map<String, AdminUnits.Commune> COMMUNES = AdminUnits.communes().stream()
            .collect(Collectors.toMap(AdminUnits.Commune::code, Function.identity()));

    private final SubjectKind kind;
    private final List<EvaluationRequest> pool;
    private final String tag;
    private final List<String> areaCodes;

    /**
     * @param tag a prefix of every subject id, so that two sets drawn from the same pool (warm-up and measurement,
     *            several modes on one service) never share a chain
     */
    Bodies(SubjectKind kind, int poolSize, long seed, String tag) {
        this(kind, poolSize, seed, tag, null);
    }

    /**
     * @param areaCodes the communes the subjects are placed in instead of their generated ones, round robin (the
     *                  subjects of one province); null keeps the generated ones
     */
    Bodies(SubjectKind kind, int poolSize, long seed, String tag, List<String> areaCodes) {
        this.kind = kind;
        this.pool = Subjects.generate(kind, poolSize, seed);
        this.tag = tag;
        this.areaCodes = areaCodes == null ? null : List.copyOf(areaCodes);
    }

    SubjectKind kind() {
        return kind;
    }

    /** The {@code n}-th body (from 0): subject {@code n % pool} under round {@code n / pool}. */
    Map<String, Object> body(long n) {
        EvaluationRequest request = pool.get((int) (n % pool.size()));
        long round = n / pool.size();
        String id = tag + "-" + request.subjectId() + (round == 0 ? "" : "-r" + round);
        String areaCode = areaCodes != null ? areaCodes.get((int) (n % areaCodes.size()))
                : request.subjectId().split("-")[1];
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id);
        subject.put("name", name(request, COMMUNES.get(areaCode)));
        subject.put("areaCode", areaCode);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titleCode", request.titleCode());
        body.put("subject", subject);
        body.put("assessmentYear", request.assessmentYear());
        body.put("referenceDate", request.referenceDate().toString());
        body.put("facts", request.facts());
        return body;
    }

    byte[] bytes(long n) {
        try {
            return Client.JSON.writeValueAsBytes(body(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A batch body {@code {"items": [...]}} of bodies {@code from} to {@code from + size - 1}. */
    byte[] batch(long from, int size) {
        List<Map<String, Object>> items = new ArrayList<>(size);
        for (long n = from; n < from + size; n++) {
            items.add(body(n));
        }
        try {
            return Client.JSON.writeValueAsBytes(Map.of("items", items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String name(EvaluationRequest request, AdminUnits.Commune commune) {
        return switch (kind) {
            case HOUSEHOLD -> {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> members = (List<Map<String, Object>>) request.facts().get("members");
                yield "Hộ gia đình " + members.get(0).get("fullName");
            }
            case UNIT -> "Đơn vị số " + request.subjectId().substring(request.subjectId().lastIndexOf('-') + 1) + ", "
                    + commune.name();
            case COMMUNE -> commune.name();
        };
    }
}
