package vn.hoctap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * OpenAPI against the responses the service really gives: for a set of exchanges over the public API — successes and
 * problems, for every kind of resource — the operation is described, the status is one it documents, the content type
 * is one it documents for that status, and every top-level property of a JSON answer is a property of the documented
 * schema (so a field the service adds cannot go undocumented).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    private ApiClient api;
    private JsonNode openApi;
    private final List<String> mismatches = new ArrayList<>();
    private int checked;

    @BeforeAll
    void readTheDescription() {
        api = ApiClient.on(port);
        openApi = api.get("/v3/api-docs").json();
    }

    @Test
    void everyAnswerIsDescribedByItsOperationStatusContentTypeAndProperties() {
        mismatches.clear();
        checked = 0;
        Response created = api.submitter().post("/api/v1/assessments", Assessments.communeBaDinh("openapi-xa", 6500));
        check("post", "/api/v1/assessments", created);
        String decision = created.json().path("id").asText();
        String assessment = created.json().path("assessmentId").asText();
        check("post", "/api/v1/assessments", api.submitter().post("/api/v1/assessments", "{}"));
        check("post", "/api/v1/assessments", api.post("/api/v1/assessments", Assessments.communeBaDinh("x", 1)));
        check("post", "/api/v1/assessments", api.submitter().with("Idempotency-Key", "openapi-1")
                .post("/api/v1/assessments", Assessments.communeBaDinh("openapi-k", 6500)));
        check("post", "/api/v1/assessments", api.submitter().with("Idempotency-Key", "openapi-1")
                .post("/api/v1/assessments", Assessments.communeBaDinh("openapi-k", 6400)));
        check("post", "/api/v1/assessments/batch", api.submitter().post("/api/v1/assessments/batch",
                Map.of("items", List.of(Assessments.communeBaDinh("openapi-lo", 6500)))));
        check("get", "/api/v1/assessments/{id}", api.auditor().get("/api/v1/assessments/" + assessment));
        check("get", "/api/v1/decisions/{id}", api.auditor().get("/api/v1/decisions/" + decision));
        check("get", "/api/v1/decisions/{id}", api.auditor().get("/api/v1/decisions/khong-co"));
        check("get", "/api/v1/decisions/{id}/history", api.auditor().get("/api/v1/decisions/" + decision + "/history"));
        check("get", "/api/v1/decisions", api.auditor().get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY"));
        check("get", "/api/v1/decisions/{id}/verification",
                api.auditor().get("/api/v1/decisions/" + decision + "/verification"));
        check("get", "/api/v1/decisions/{id}/rollups/{field}", api.auditor().get("/api/v1/decisions/" + decision
                + "/rollups/citizensWithLearningCitizenTitle"));
        check("post", "/api/v1/decisions/{id}/re-evaluations",
                api.submitter().post("/api/v1/decisions/" + decision + "/re-evaluations", ""));
        check("get", "/api/v1/titles", api.auditor().get("/api/v1/titles"));
        check("get", "/api/v1/titles/{code}", api.auditor().get("/api/v1/titles/LEARNING_FAMILY"));
        check("get", "/api/v1/titles/{code}", api.auditor().get("/api/v1/titles/KHONG_CO"));
        check("get", "/api/v1/titles/{code}/schema", api.auditor().get("/api/v1/titles/LEARNING_FAMILY/schema"));
        check("get", "/api/v1/titles/{code}/schema", api.auditor().with("Accept", "application/schema+json")
                .get("/api/v1/titles/LEARNING_FAMILY/schema"));
        check("get", "/api/v1/titles/{code}/schema",
                api.auditor().get("/api/v1/titles/LEARNING_FAMILY/schema?referenceDate=2001-01-01"));
        check("get", "/api/v1/titles/{code}/criteria", api.auditor().get("/api/v1/titles/LEARNING_FAMILY/criteria"));
        check("get", "/api/v1/areas", api.auditor().get("/api/v1/areas?parent=01"));
        check("get", "/api/v1/areas/{code}", api.auditor().get("/api/v1/areas/00004"));
        check("get", "/api/v1/areas/{code}", api.auditor().get("/api/v1/areas/99999999"));
        check("post", "/api/v1/areas/import", api.submitter().post("/api/v1/areas/import", "text/csv", "code\n"));
        check("get", "/api/v1/rulesets", api.editor().get("/api/v1/rulesets"));
        check("get", "/api/v1/rulesets/active", api.auditor().get("/api/v1/rulesets/active"));
        check("get", "/api/v1/rulesets/activations", api.editor().get("/api/v1/rulesets/activations"));
        check("get", "/api/v1/rulesets/audit", api.editor().get("/api/v1/rulesets/audit"));
        check("get", "/api/v1/rulesets/jobs", api.editor().get("/api/v1/rulesets/jobs"));
        check("get", "/api/v1/integrity/head-reconciliation", api.admin().get("/api/v1/integrity/head-reconciliation"));
        check("post", "/api/v1/integrity/head-reconciliation",
                api.admin().post("/api/v1/integrity/head-reconciliation", ""));
        check("get", "/api/v1/integrity/head-reconciliation", api.admin().get("/api/v1/integrity/head-reconciliation"));
        check("get", "/api/v1/session", api.auditor().get("/api/v1/session"));

        assertThat(mismatches).as("answers OpenAPI does not describe").isEmpty();
        assertThat(checked).isEqualTo(34);
    }

    @Test
    void theCheckFindsAnUndocumentedStatusContentTypeAndProperty() {
        mismatches.clear();
        check("get", "/api/v1/titles", new Response(299, "application/json", Map.of(), "{}"));
        check("get", "/api/v1/titles", new Response(200, "text/csv", Map.of(), "a;b"));
        check("get", "/api/v1/titles", new Response(200, "application/json", Map.of(), "{\"titles\": [], \"moi\": 1}"));
        check("get", "/api/v1/khong-co", new Response(200, "application/json", Map.of(), "{}"));

        assertThat(mismatches).hasSize(4);
        assertThat(mismatches.get(0)).contains("status not documented");
        assertThat(mismatches.get(1)).contains("content type text/csv not documented");
        assertThat(mismatches.get(2)).contains("property 'moi' not in the documented schema");
        assertThat(mismatches.get(3)).contains("no such operation");
        mismatches.clear();
    }

    /** Checks one answer against the operation {@code method path} of the description. */
    private void check(String method, String path, Response response) {
        checked++;
        String where = method.toUpperCase() + " " + path + " → " + response.status();
        JsonNode operation = openApi.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            mismatches.add(where + ": no such operation");
            return;
        }
        JsonNode described = operation.path("responses").path(String.valueOf(response.status()));
        if (described.isMissingNode()) {
            mismatches.add(where + ": status not documented (documented: "
                    + iterable(operation.path("responses").fieldNames()) + ")");
            return;
        }
        if (response.body() == null || response.body().isEmpty()) {
            return;
        }
        String contentType = response.contentType().split(";")[0].trim();
        JsonNode media = described.path("content").path(contentType);
        if (media.isMissingNode() && described.path("content").has("*/*")) {
            media = described.path("content").path("*/*");
        }
        if (media.isMissingNode()) {
            mismatches.add(where + ": content type " + contentType + " not documented (documented: "
                    + iterable(described.path("content").fieldNames()) + ")");
            return;
        }
        if (!contentType.endsWith("json")) {
            return;
        }
        JsonNode schema = resolve(media.path("schema"));
        JsonNode body = response.json();
        if (body.isObject() && schema.has("properties") && !schema.has("additionalProperties")) {
            for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!schema.path("properties").has(name)) {
                    mismatches.add(where + ": property '" + name + "' not in the documented schema");
                }
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = openApi.at(ref.substring(1));
        }
        return current;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
