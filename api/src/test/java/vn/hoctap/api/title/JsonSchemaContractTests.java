package vn.hoctap.api.title;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;
import vn.hoctap.api.support.VietnamTime;
import vn.hoctap.engine.scenario.Scenario;

/**
 * The JSON Schema (draft 2020-12) of every title and generation, as integrators fetch it with
 * {@code Accept: application/schema+json}: it is a valid 2020-12 schema, its generated example passes it and is accepted
 * by the service (201), every bundled scenario that expects a decision passes it, and a value the schema refuses is
 * refused by the service at the same field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonSchemaContractTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ActiveRuleset active;

    @Autowired
    ObjectMapper json;

    private ApiClient api;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private Schema metaSchema;

    @BeforeAll
    void client() {
        api = ApiClient.on(port);
        metaSchema = registry.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    @Test
    void everyTitleAndGenerationHasAValidSchemaWhoseExampleTheServiceAccepts() {
        JsonNode titles = api.auditor().get("/api/v1/titles").json().path("titles");
        int generations = 0;
        int submitted = 0;
        for (JsonNode title : titles) {
            for (JsonNode generation : title.path("generations")) {
                generations++;
                LocalDate date = referenceDateOf(generation);
                String code = title.path("code").asText();
                ApiClient.Response response = schemaResponse(code, date);
                assertThat(response.status()).as(code + " " + date + ": " + response.body()).isEqualTo(200);
                assertThat(response.contentType()).startsWith("application/schema+json");
                JsonNode schema = response.json();
                assertThat(metaSchema.validate(schema)).as(code + " is a 2020-12 schema").isEmpty();
                assertThat(schema.path("properties").path("titleCode").path("const").asText()).isEqualTo(code);

                ObjectNode example = (ObjectNode) schema.path("examples").get(0).deepCopy();
                assertThat(errors(schema, example)).as(code + " example").isEmpty();
                String area = areaFor(title.path("subjectTier").asText(), date);
                if (area == null) {
                    continue;
                }
                ((ObjectNode) example.path("subject")).put("areaCode", area);
                ApiClient.Response submission = api.submitter().post("/api/v1/assessments", example);
                assertThat(submission.status()).as(code + " " + generation.path("id").asText() + " example: "
                        + submission.body()).isEqualTo(201);
                assertThat(submission.json().path("generationId").asText()).isEqualTo(generation.path("id").asText());
                submitted++;
            }
        }
        assertThat(generations).isGreaterThanOrEqualTo(14);
        assertThat(submitted).isGreaterThanOrEqualTo(13);
    }

    @Test
    void everyBundledScenarioThatExpectsADecisionPassesTheSchemaOfItsTitleAndDate() {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        int checked = 0;
        for (Scenario scenario : active.forProvince(null).scenarios()) {
            if (!scenario.expect().errors().isEmpty()) {
                continue;
            }
            String key = scenario.titleCode() + "|" + scenario.referenceDate() + "|" + scenario.provinceCode();
            JsonNode schema = schemas.computeIfAbsent(key, ignored -> schemaResponse(scenario.titleCode(),
                    scenario.referenceDate(), scenario.provinceCode()).json());
            ObjectNode body = json.createObjectNode();
            body.put("titleCode", scenario.titleCode());
            body.putObject("subject").put("id", "kich-ban").put("name", scenario.name()).put("areaCode", "00001");
            body.put("assessmentYear", scenario.assessmentYear());
            body.put("referenceDate", scenario.referenceDate().toString());
            body.set("facts", json.valueToTree(scenario.input()));
            assertThat(errors(schema, body)).as(scenario.file() + " " + scenario.name()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aValueTheSchemaRefusesIsRefusedByTheServiceAtTheSameField() {
        LocalDate today = VietnamTime.today(java.time.Clock.systemUTC());
        JsonNode schema = schemaResponse("COMMUNE_LEARNING_COMMUNITY", today).json();
        ObjectNode example = (ObjectNode) schema.path("examples").get(0).deepCopy();
        ((ObjectNode) example.path("subject")).put("areaCode", "00004").put("id", "xa-ngoai-khoang");
        String field = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").path("facts").path("properties")
                .fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().has("minimum") && example.path("facts").has(property.getKey())) {
                field = property.getKey();
                ((ObjectNode) example.path("facts")).put(field,
                        property.getValue().path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE));
                break;
            }
        }
        assertThat(field).as("a required number with a minimum").isNotNull();
        String refusedField = field;
        List<String> refused = errors(schema, example);
        assertThat(refused).anySatisfy(error -> assertThat(error).contains("/facts/" + refusedField));

        ApiClient.Response response = api.submitter().post("/api/v1/assessments", example);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("facts." + field);

        ObjectNode unknown = (ObjectNode) schema.path("examples").get(0).deepCopy();
        ((ObjectNode) unknown.path("facts")).put("truongKhongCo", 1);
        assertThat(errors(schema, unknown)).anySatisfy(error -> assertThat(error).contains("truongKhongCo"));
    }

    @Test
    void theJsonViewOfTheSchemaStaysTheDefault() {
        ApiClient.Response response = api.auditor().get("/api/v1/titles/LEARNING_FAMILY/schema");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("schema").path("fields").isArray()).isTrue();
    }

    private ApiClient.Response schemaResponse(String code, LocalDate date) {
        return schemaResponse(code, date, null);
    }

    private ApiClient.Response schemaResponse(String code, LocalDate date, String province) {
        return api.auditor().with("Accept", "application/schema+json").get("/api/v1/titles/" + code
                + "/schema?referenceDate=" + date + (province == null ? "" : "&province=" + province));
    }

    private List<String> errors(JsonNode schema, JsonNode instance) {
        List<String> found = new ArrayList<>();
        for (Error error : registry.getSchema(schema).validate(instance)) {
            found.add(error.getInstanceLocation() + " " + error.getMessage());
        }
        return found;
    }

    /** A day inside the generation: its last day if it ended, else today (Vietnam). */
    private static LocalDate referenceDateOf(JsonNode generation) {
        String to = generation.path("effectiveTo").asText(null);
        return to == null || to.equals("null") ? VietnamTime.today(java.time.Clock.systemUTC()) : LocalDate.parse(to);
    }

    /** An area of the bundled sample registry of the subject's tier on the date, or null when the tier has none. */
    private static String areaFor(String tier, LocalDate date) {
        boolean before = date.isBefore(REFORM);
        return switch (tier) {
            case "PROVINCE", "CITY" -> "01";
            case "DISTRICT" -> before ? "001" : null;
            default -> before ? "00001" : "00004";
        };
    }
}
