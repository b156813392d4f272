package vn.hoctap.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * A corpus of bad requests, built from the published input schema of five titles (every field given a value of the
 * wrong type, out of range, unknown, missing, as bad text or an absurd number) and from hand-written ones (broken and
 * lenient JSON, bad Unicode and bytes, bad paths, headers, parameters, batches and area imports). Each must be answered
 * with a 4xx problem+json of the expected type, naming the field where there is one, quickly and with a bounded body;
 * afterwards every decision stored before is unchanged and nothing new was stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputCorpusIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MILLIS = 5_000;
    private static final int MAX_BODY = 32 * 1024;

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    /** One bad request and how it must be answered. */
    record Case(String name, Function<ApiClient, ApiClient> as, String method, String path, String contentType,
            byte[] body, int status, String type, String field, String reason) {
    }

    @Test
    void everyBadRequestIsAProblemNamingItsFieldAndChangesNothingAlreadyAccepted() throws Exception {
        ApiClient api = ApiClient.on(port);
        Map<String, String> before = new LinkedHashMap<>();
        for (Map<String, Object> good : List.of(Assessments.communeBaDinh("corpus-before-1", 6400),
                Assessments.familyInVuNinh("corpus-before-2", "Vũ Văn Hải"), Assessments.gnlcHanoi("corpus-before-3", 7600))) {
            Response created = api.submitter().post("/api/v1/assessments", good);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            before.put(created.json().get("id").asText(), api.auditor().get("/api/v1/decisions/"
                    + created.json().get("id").asText()).body());
        }
        long stored = totalDecisions(api);

        List<Case> corpus = new ArrayList<>();
        corpus.addAll(schemaCases(api, Assessments.communeBaDinh("corpus-commune", 6400)));
        corpus.addAll(schemaCases(api, Assessments.familyInVuNinh("corpus-family", "Vũ Văn Hải")));
        corpus.addAll(schemaCases(api, Assessments.gnlcHanoi("corpus-gnlc", 7600)));
        corpus.addAll(schemaCases(api, Assessments.citizenInVuNinh("corpus-citizen")));
        corpus.addAll(schemaCases(api, Assessments.districtUnitBaDinh("corpus-unit")));
        corpus.addAll(envelopeCases(Assessments.communeBaDinh("corpus-envelope", 6400)));
        corpus.addAll(textCases(Assessments.communeBaDinh("corpus-text", 6400)));
        corpus.addAll(edgeCases());

        List<String> failures = new ArrayList<>();
        for (Case bad : corpus) {
            long start = System.nanoTime();
            Response response = bad.as().apply(api).send(bad.method(), bad.path(), bad.contentType(), bad.body());
            long millis = (System.nanoTime() - start) / 1_000_000;
            String failure = check(bad, response, millis);
            if (failure != null) {
                failures.add(bad.name() + ": " + failure + " — got " + response);
            }
        }

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(failures).as(failures.size() + " of " + corpus.size() + " bad requests were not refused as expected")
                .isEmpty();
        for (Map.Entry<String, String> decision : before.entrySet()) {
            assertThat(api.auditor().get("/api/v1/decisions/" + decision.getKey()).body()).isEqualTo(decision.getValue());
        }
        assertThat(totalDecisions(api)).as("no bad request stored a decision").isEqualTo(stored);
    }

    private static String check(Case bad, Response response, long millis) {
        if (response.status() != bad.status()) {
            return "status " + response.status() + ", expected " + bad.status();
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (millis > MAX_MILLIS) {
            return "took " + millis + " ms";
        }
        if (response.body().length() > MAX_BODY) {
            return "answer of " + response.body().length() + " characters";
        }
        JsonNode problem = response.json();
        if (bad.type() != null && !problem.path("type").asText().equals("/problems/" + bad.type())) {
            return "type " + problem.path("type").asText() + ", expected " + bad.type();
        }
        if (bad.field() == null) {
            return null;
        }
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(bad.field())
                    && (bad.reason() == null || error.path("reason").asText().equals(bad.reason()))) {
                return null;
            }
        }
        return "no error " + bad.field() + " " + bad.reason();
    }

    /** Bad values for every field of a title's schema, each in an otherwise valid assessment. */
    private static List<Case> schemaCases(ApiClient api, Map<String, Object> valid) throws Exception {
        String title = (String) valid.get("titleCode");
        JsonNode published = api.get("/api/v1/titles/" + title + "/schema?referenceDate=" + valid.get("referenceDate")).json();
        JsonNode fields = published.at("/schema/fields");
        Set<String> filled = new HashSet<>();
        published.at("/generation/rollups").forEach(rollup -> {
            if (!rollup.path("denominatorFrom").asText().equals("DECLARED")) {
                filled.add(rollup.path("denominatorField").asText());
            }
        });
        assertThat(fields.size()).as("schema of " + title).isPositive();
        List<Case> cases = new ArrayList<>();
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            String path = "facts." + name;
            for (Object[] mutation : mutations(field)) {
                Map<String, Object> facts = new LinkedHashMap<>(facts(valid));
                facts.put(name, mutation[0]);
                cases.add(submission(title + " " + name + " = " + mutation[0], with(valid, facts), (String) mutation[1],
                        mutation.length > 3 ? path + mutation[3] : path, (String) mutation[2]));
            }
            if (field.path("required").asBoolean() && facts(valid).containsKey(name) && !filled.contains(name)) {
                Map<String, Object> facts = new LinkedHashMap<>(facts(valid));
                facts.remove(name);
                cases.add(submission(title + " without " + name, with(valid, facts), "validation", path, "MISSING"));
            }
        }
        Map<String, Object> unknown = new LinkedHashMap<>(facts(valid));
        unknown.put("truongKhongCo", 1);
        cases.add(submission(title + " unknown field", with(valid, unknown), "validation", "facts.truongKhongCo",
                "UNKNOWN_FIELD"));
        Map<String, Object> flood = new LinkedHashMap<>(facts(valid));
        for (int i = 0; i < 20_000; i++) {
            flood.put("thua" + i, i);
        }
        cases.add(submission(title + " 20,000 unknown fields, answered briefly", with(valid, flood), "validation",
                "facts.thua0", "UNKNOWN_FIELD"));
        return cases;
    }

    /** Values of the wrong type or out of range for a field, with the problem type and reason each must give. */
    private static List<Object[]> mutations(JsonNode field) {
        List<Object[]> mutations = new ArrayList<>();
        String type = field.get("type").asText();
        switch (type) {
            case "INTEGER" -> {
                mutations.add(new Object[] {"12", "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {new java.math.BigDecimal("1.5"), "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {new java.math.BigDecimal("1e10000000"), "validation", "OUT_OF_RANGE"});
                if (field.hasNonNull("min") && field.get("min").asDouble() >= 0) {
                    mutations.add(new Object[] {-1, "validation", "OUT_OF_RANGE"});
                }
                if (field.hasNonNull("max")) {
                    mutations.add(new Object[] {field.get("max").asLong() + 1, "validation", "OUT_OF_RANGE"});
                }
            }
            case "DECIMAL" -> {
                mutations.add(new Object[] {"7,5", "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {new java.math.BigDecimal("1E+2147483647"), "validation", "OUT_OF_RANGE"});
                mutations.add(new Object[] {new java.math.BigDecimal("0.0000000000000000000001"), "validation",
                        "OUT_OF_RANGE"});
                if (field.hasNonNull("min") && field.get("min").asDouble() >= 0) {
                    mutations.add(new Object[] {new java.math.BigDecimal("-0.5"), "validation", "OUT_OF_RANGE"});
                }
            }
            case "BOOLEAN" -> {
                mutations.add(new Object[] {"true", "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {1, "validation", "WRONG_TYPE"});
            }
            case "DATE" -> {
                mutations.add(new Object[] {20250101, "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {"2025-13-01", "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {"1899-12-31", "validation", "OUT_OF_RANGE"});
            }
            case "CODE" -> {
                mutations.add(new Object[] {"KHONG_CO_MA_NAY", "validation", "NOT_ALLOWED"});
                mutations.add(new Object[] {3, "validation", "WRONG_TYPE"});
            }
            case "TEXT" -> {
                mutations.add(new Object[] {"Nội dung\u0000ẩn", "validation", "INVALID"});
                mutations.add(new Object[] {12, "validation", "WRONG_TYPE"});
            }
            case "LIST" -> {
                mutations.add(new Object[] {"không phải danh sách", "validation", "WRONG_TYPE"});
                mutations.add(new Object[] {List.of("không phải đối tượng"), "validation", "WRONG_TYPE", "[0]"});
            }
            default -> mutations.add(new Object[] {"x", "validation", "WRONG_TYPE"});
        }
        return mutations;
    }

    /** The envelope of an assessment: title, subject, year and reference date. */
    private static List<Case> envelopeCases(Map<String, Object> valid) {
        List<Case> cases = new ArrayList<>();
        Object[][] top = {
            {"titleCode", null, "MISSING"}, {"titleCode", 12, "WRONG_TYPE"}, {"titleCode", "KHONG_CO", "UNKNOWN_TITLE"},
            {"titleCode", "X".repeat(65), "OUT_OF_RANGE"}, {"assessmentYear", null, "MISSING"},
            {"assessmentYear", "2025", "WRONG_TYPE"}, {"assessmentYear", new java.math.BigDecimal("2025.7"), "WRONG_TYPE"},
            {"assessmentYear", true, "WRONG_TYPE"}, {"assessmentYear", 1999, "OUT_OF_RANGE"},
            {"assessmentYear", 2101, "OUT_OF_RANGE"}, {"referenceDate", null, "MISSING"},
            {"referenceDate", 20260220, "WRONG_TYPE"}, {"referenceDate", "2026-2-20", "WRONG_TYPE"},
            {"referenceDate", "+999999999-12-31", "WRONG_TYPE"}, {"referenceDate", "20/02/2026", "WRONG_TYPE"},
            {"referenceDate", "2026-02-30", "WRONG_TYPE"}, {"referenceDate", "1999-12-31", "OUT_OF_RANGE"},
            {"referenceDate", "2099-01-01", "OUT_OF_RANGE"}, {"referenceDate", "2024-12-31", "OUT_OF_RANGE"},
            {"facts", null, "MISSING"}, {"facts", List.of(1), "WRONG_TYPE"}, {"facts", "không", "WRONG_TYPE"},
            {"subject", null, "MISSING"}, {"subject", "Phường Ba Đình", "WRONG_TYPE"}, {"thuaRa", 1, "UNKNOWN_FIELD"}};
        for (Object[] entry : top) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put((String) entry[0], entry[1]);
            if (entry[1] == null) {
                body.remove(entry[0]);
            }
            cases.add(submission("envelope " + entry[0] + " = " + entry[1], body, "validation", (String) entry[0],
                    (String) entry[2]));
        }
        Object[][] subject = {
            {"id", null, "MISSING"}, {"id", true, "WRONG_TYPE"}, {"id", "có dấu cách", "INVALID"}, {"id", "", "MISSING"},
            {"id", "x".repeat(101), "OUT_OF_RANGE"}, {"name", null, "MISSING"}, {"name", "", "MISSING"},
            {"name", "N".repeat(301), "OUT_OF_RANGE"}, {"name", 7, "WRONG_TYPE"}, {"areaCode", "99999", "UNKNOWN_AREA"},
            {"areaCode", "01", "NOT_ALLOWED"}, {"areaCode", null, "MISSING"}, {"mauSac", "đỏ", "UNKNOWN_FIELD"}};
        for (Object[] entry : subject) {
            Map<String, Object> person = new LinkedHashMap<>(subjectOf(valid));
            person.put((String) entry[0], entry[1]);
            if (entry[1] == null) {
                person.remove(entry[0]);
            }
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put("subject", person);
            cases.add(submission("subject " + entry[0] + " = " + entry[1], body, "validation", "subject." + entry[0],
                    (String) entry[2]));
        }
        return cases;
    }

    /** Text that is not valid Unicode, bytes that are not UTF-8, and JSON that is malformed or lenient. */
    private static List<Case> textCases(Map<String, Object> valid) throws Exception {
        String body = JSON.writeValueAsString(valid);
        String name = (String) subjectOf(valid).get("name");
        List<Case> cases = new ArrayList<>();
        String[][] escapes = {{"\\ud800", "surrogate"}, {"\\udc00x", "low surrogate"}, {"\\u0000", "NUL"},
            {"\\u0007", "bell"}, {"\\u001b[31m", "escape"}, {"\\u0085", "C1 control"}, {"\\uffff", "noncharacter"},
            {"\\ufffd", "replacement character"}};
        for (String[] escape : escapes) {
            cases.add(raw("subject.name with " + escape[1], "POST", "/api/v1/assessments", body.replace(name,
                    "Phường" + escape[0]).getBytes(StandardCharsets.UTF_8), 400, "validation", "subject.name", "INVALID"));
        }
        byte[][] bytes = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        for (byte[] invalid : bytes) {
            cases.add(raw("subject.name with bytes " + java.util.HexFormat.of().formatHex(invalid), "POST",
                    "/api/v1/assessments", splice(body, name, invalid), 400, "validation", "subject.name", "INVALID"));
        }
        Map<String, Object> badKey = new LinkedHashMap<>(facts(valid));
        badKey.put("tên\u0000", 1);
        cases.add(submission("a field name with NUL", with(valid, badKey), "validation", "facts.tên\u0000", "INVALID"));
        String[] malformed = {body + " rác", body + "{}", body.substring(0, body.length() / 2), "", "null", "[]",
            "\"chuỗi\"", body.replace("\"assessmentYear\":2025", "\"assessmentYear\":2025,\"assessmentYear\":2024"),
            body.replace("\"citizens\":10000", "\"citizens\":10000,\"citizens\":1"), body.replace("{\"titleCode\"",
                    "{/* chú thích */\"titleCode\""), body.replace("\"titleCode\"", "'titleCode'"),
            body.replace("\"citizens\":10000", "\"citizens\":NaN"), body.replace("\"citizens\":10000", "\"citizens\":010000"),
            "[".repeat(3000) + "]".repeat(3000), body.replace("\"citizens\":10000", "\"citizens\":" + "9".repeat(2000))};
        for (int i = 0; i < malformed.length; i++) {
            int status = 400;
            String type = i == 5 || i == 6 || i == 4 ? null : "malformed-request";
            if (i == 14) {
                type = null;
            }
            cases.add(raw("malformed JSON #" + i, "POST", "/api/v1/assessments",
                    malformed[i].getBytes(StandardCharsets.UTF_8), status, type, null, null));
        }
        return cases;
    }

    /** Paths, methods, media types, headers, parameters, batches and area imports. */
    private static List<Case> edgeCases() {
        List<Case> cases = new ArrayList<>();
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        String[] paths = {"/api/v1/titles/%2F", "/api/v1/titles/a%00b", "/api/v1/titles;jsessionid=1", "//api/v1/titles",
            "/api/v1/titles/%zz", "/api/v1/titles/" + "a".repeat(20_000), "/api/v1/titles/..%2F..%2Fetc",
            "/api/v1/titles/%252e%252e"};
        for (String path : paths) {
            cases.add(new Case("path " + path.substring(0, Math.min(40, path.length())), c -> c, "RAW-GET", path, null, null,
                    400, "malformed-request", null, null));
        }
        cases.add(new Case("unknown path", ApiClient::auditor, "GET", "/api/v1/khong-co", null, null, 404, "not-found", null, null));
        cases.add(new Case("error page", c -> c, "GET", "/error", null, null, 404, "not-found", null, null));
        cases.add(new Case("unknown decision", ApiClient::auditor, "GET", "/api/v1/decisions/khong-co", null, null, 404,
                "not-found", null, null));
        cases.add(new Case("wrong method", ApiClient::submitter, "DELETE", "/api/v1/assessments", null, null, 405,
                "method-not-allowed", null, null));
        cases.add(new Case("XML body", ApiClient::submitter, "POST", "/api/v1/assessments", "application/xml",
                "<a/>".getBytes(StandardCharsets.UTF_8), 415, "unsupported-media-type", null, null));
        cases.add(new Case("form body", ApiClient::submitter, "POST", "/api/v1/assessments",
                "application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8), 415, "unsupported-media-type",
                null, null));
        cases.add(new Case("text body", ApiClient::submitter, "POST", "/api/v1/assessments", "text/plain", empty, 415,
                "unsupported-media-type", null, null));
        cases.add(new Case("no content type", ApiClient::submitter, "POST", "/api/v1/assessments", null, empty, 415,
                "unsupported-media-type", null, null));
        cases.add(new Case("XML wanted", c -> c.with("Accept", "application/xml"), "GET", "/api/v1/titles", null, null, 406,
                "not-acceptable", null, null));
        for (String key : new String[] {"x".repeat(201), "a b", "a\"b c"}) {
            cases.add(new Case("Idempotency-Key " + key.substring(0, Math.min(10, key.length())),
                    c -> c.submitter().with("Idempotency-Key", key), "POST", "/api/v1/assessments", "application/json",
                    empty, 400, "validation", "Idempotency-Key", "INVALID"));
        }
        String[][] parameters = {{"page=-1", "page"}, {"size=0", "size"}, {"size=201", "size"}, {"page=abc", "page"},
            {"year=abc", "year"}, {"level=một", "level"}, {"page=10737419", "page"}, {"page=5000&size=200", "page"}};
        for (String[] parameter : parameters) {
            cases.add(new Case("decisions?" + parameter[0], ApiClient::auditor, "GET", "/api/v1/decisions?" + parameter[0],
                    null, null, 400, "validation", parameter[1], null));
        }
        cases.add(new Case("areas on a bad date", c -> c, "GET", "/api/v1/areas?date=2025-13-01", null, null, 400,
                "validation", "date", null));
        String[][] batches = {{"{}", "items", "MISSING"}, {"{\"items\":[]}", "items", "WRONG_TYPE"},
            {"{\"items\":{}}", "items", "WRONG_TYPE"}, {"[]", "items", null}, {"{\"items\":[1]}} ", null, null}};
        for (String[] batch : batches) {
            cases.add(new Case("batch " + batch[0], ApiClient::submitter, "POST", "/api/v1/assessments/batch",
                    "application/json", batch[0].getBytes(StandardCharsets.UTF_8), 400, null, batch[1], batch[2]));
        }
        String header = "code,name,tier,type,parentCode,validFrom,validTo\n";
        String[][] imports = {{header + "88001,Xã \u0000 Ẩn,COMMUNE,Xã,01,2025-07-01,\n", "rows[0].name"},
            {header + "88002,Xã\u001b Lạ,COMMUNE,Xã,01,2025-07-01,\n", "rows[0].name"},
            {header + "88003,Xã Mới,COMMUNE,Xã,01,01/07/2025,\n", "rows[0].validFrom"},
            {"ma,ten\n1,2\n", "header"}, {header + "88004,Xã Mới,COMMUNE,Xã,99999,2025-07-01,\n", "rows[0].parentCode"}};
        for (String[] rows : imports) {
            cases.add(new Case("area import " + rows[1], ApiClient::admin, "POST", "/api/v1/areas/import",
                    "text/csv; charset=utf-8", rows[0].getBytes(StandardCharsets.UTF_8), 400, "validation", rows[1], null));
        }
        byte[] badCsv = splice(header + "88005,Xã NAME,COMMUNE,Xã,01,2025-07-01,\n", "NAME", new byte[] {(byte) 0xC3});
        cases.add(new Case("area import with bytes that are not UTF-8", ApiClient::admin, "POST", "/api/v1/areas/import",
                "text/csv", badCsv, 400, "validation", "rows[0].name", "INVALID"));
        cases.add(new Case("area import, counts as text", ApiClient::admin, "POST", "/api/v1/areas/import",
                "application/json", "[{\"code\":\"88006\",\"households\":\"6100\"}]".getBytes(StandardCharsets.UTF_8), 400,
                "validation", "[0].households", "WRONG_TYPE"));
        cases.add(new Case("sign-in without password", c -> c, "POST", "/api/v1/session", "application/json",
                "{\"username\":\"auditor\"}".getBytes(StandardCharsets.UTF_8), 400, "validation", "password", "MISSING"));
        cases.add(new Case("anonymous write", c -> c, "POST", "/api/v1/assessments", "application/json", empty, 401,
                "unauthorized", null, null));
        cases.add(new Case("write without the role", ApiClient::auditor, "POST", "/api/v1/assessments", "application/json",
                empty, 403, "forbidden", null, null));
        return cases;
    }

    private static Case submission(String name, Map<String, Object> body, String type, String field, String reason) {
        try {
            return raw(name, "POST", "/api/v1/assessments", JSON.writeValueAsBytes(body), 400, type, field, reason);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case raw(String name, String method, String path, byte[] body, int status, String type, String field,
            String reason) {
        return new Case(name, ApiClient::submitter, method, path, "application/json", body, status, type, field, reason);
    }

    /** {@code text} as UTF-8 with {@code bytes} put in place of {@code marker}'s first occurrence. */
    private static byte[] splice(String text, String marker, byte[] bytes) {
        int at = text.indexOf(marker);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> assessment) {
        return (Map<String, Object>) assessment.get("facts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subjectOf(Map<String, Object> assessment) {
        return (Map<String, Object>) assessment.get("subject");
    }

    private static Map<String, Object> with(Map<String, Object> assessment, Map<String, Object> facts) {
        Map<String, Object> body = new LinkedHashMap<>(assessment);
        body.put("facts", facts);
        return body;
    }

    private static long totalDecisions(ApiClient api) {
        return api.auditor().get("/api/v1/decisions?history=true&size=1").json().get("totalItems").asLong();
    }
}
