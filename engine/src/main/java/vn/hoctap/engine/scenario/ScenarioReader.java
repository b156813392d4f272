package vn.hoctap.engine.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoctap.engine.support.Yaml;

/** Reads scenario files ({@code hoctap/scenarios/**}{@code /*.yaml}). */
public final class ScenarioReader {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Set<String> ROOT_KEYS = Set.of("name", "description", "title", "subjectId", "referenceDate",
            "assessmentYear", "provinceCode", "input", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("generation", "outcome", "level", "rank", "totalPoints",
            "criteria", "errors");

    private ScenarioReader() {
    }

    /** Parses one file; a malformed file raises {@link Yaml.YamlException}. */
    public static Scenario read(String file, String yaml) {
        JsonNode root = Yaml.parse(yaml);
        Yaml.onlyKeys(root, "", ROOT_KEYS);
        JsonNode expect = root.path("expect");
        Yaml.onlyKeys(expect, "expect", EXPECT_KEYS);
        Map<String, String> criteria = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = expect.path("criteria").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            criteria.put(field.getKey(), field.getValue().asText());
        }
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        for (JsonNode error : expect.path("errors")) {
            Yaml.onlyKeys(error, "expect.errors", Set.of("field", "reason"));
            errors.add(new AbstractMap.SimpleEntry<>(Yaml.requiredText(error, "field"),
                    Yaml.requiredText(error, "reason")));
        }
        Expectation expectation = new Expectation(Yaml.text(expect, "generation", null),
                Yaml.text(expect, "outcome", null), expect.has("level") ? expect.get("level").asInt() : null,
                Yaml.text(expect, "rank", null),
                expect.has("totalPoints") ? Yaml.decimal(expect.get("totalPoints"), "totalPoints") : null, criteria,
                errors);
        return new Scenario(Yaml.requiredText(root, "name"), Yaml.text(root, "description", ""), file,
                Yaml.requiredText(root, "title"), Yaml.text(root, "subjectId", file), Yaml.requiredDate(root, "referenceDate"),
                root.path("assessmentYear").asInt(Yaml.requiredDate(root, "referenceDate").getYear()),
                Yaml.text(root, "provinceCode", null), input(root.path("input")), expectation);
    }

    private static Map<String, Object> input(JsonNode node) {
        return PLAIN.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
