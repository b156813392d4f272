package vn.hoctap.engine.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoctap.engine.support.Yaml;

/**
 * Reads parameter files ({@code hoctap/parameters/*.yaml}). Each top-level key is a parameter name; its entry has a
 * label, a unit and dated values, each with its source, and optional provincial variants.
 */
public final class ParameterReader {

    private ParameterReader() {
    }

    /** Parses one file; a malformed entry raises {@link Yaml.YamlException} naming the parameter. */
    public static List<ParameterDefinition> read(String file, String yaml) {
        List<ParameterDefinition> definitions = new ArrayList<>();
        JsonNode root = Yaml.parse(yaml);
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            try {
                definitions.add(definition(file, entry.getKey(), entry.getValue()));
            } catch (Yaml.YamlException e) {
                throw new Yaml.YamlException(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
        return definitions;
    }

    private static final Set<String> DEFINITION_KEYS = Set.of("label", "unit", "description", "unconfirmed", "note",
            "values", "provinces");
    private static final Set<String> VALUE_KEYS = Set.of("from", "value", "source", "unconfirmed", "note");

    private static ParameterDefinition definition(String file, String name, JsonNode node) {
        Yaml.onlyKeys(node, "", DEFINITION_KEYS);
        Map<String, List<ParameterValue>> provinces = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> variants = node.path("provinces").fields();
        while (variants.hasNext()) {
            Map.Entry<String, JsonNode> variant = variants.next();
            provinces.put(variant.getKey(), values(variant.getValue()));
        }
        return new ParameterDefinition(name, Yaml.requiredText(node, "label"), Yaml.text(node, "unit", ""),
                Yaml.text(node, "description", ""), Yaml.flag(node, "unconfirmed"), Yaml.text(node, "note", null),
                values(node.path("values")), provinces, file);
    }

    private static List<ParameterValue> values(JsonNode list) {
        List<ParameterValue> values = new ArrayList<>();
        for (JsonNode node : list) {
            Yaml.onlyKeys(node, "value from " + node.path("from").asText("?"), VALUE_KEYS);
            JsonNode value = node.get("value");
            Object parsed = value == null || value.isNull() ? null : value(value);
            String source = parsed == null ? Yaml.text(node, "source", "") : Yaml.requiredText(node, "source");
            values.add(new ParameterValue(Yaml.requiredDate(node, "from"), parsed, source, Yaml.flag(node, "unconfirmed"),
                    Yaml.text(node, "note", null)));
        }
        return values;
    }

    private static Object value(JsonNode value) {
        if (value.isArray()) {
            List<String> codes = new ArrayList<>();
            value.forEach(item -> codes.add(item.asText()));
            return List.copyOf(codes);
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return new BigDecimal(value.asText());
        }
        return value.asText();
    }
}
