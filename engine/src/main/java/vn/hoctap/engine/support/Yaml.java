package vn.hoctap.engine.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the kjar's YAML files (descriptor, parameters, scenarios) into Jackson trees, with strict field access. */
public final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    /** Parses a YAML document; malformed YAML becomes a {@link YamlException} naming the line. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            throw new YamlException("malformed YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Fails when {@code node} has a key outside {@code allowed}: a mistyped key ("vaule", "form") must not silently
     * leave a value out.
     */
    public static void onlyKeys(JsonNode node, String where, java.util.Set<String> allowed) {
        if (node == null || !node.isObject()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new YamlException((where.isEmpty() ? "" : where + ": ") + "unknown key(s) " + unknown
                    + "; allowed: " + new java.util.TreeSet<>(allowed));
        }
    }

    /** The text at {@code field}; fails when absent or blank. */
    public static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new YamlException("missing '" + field + "'");
        }
        return value.asText();
    }

    /** The text at {@code field}, or {@code fallback} when absent. */
    public static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    public static LocalDate requiredDate(JsonNode node, String field) {
        return date(requiredText(node, field), field);
    }

    /** The ISO date at {@code field}, or null when absent. */
    public static LocalDate optionalDate(JsonNode node, String field) {
        String text = text(node, field, null);
        return text == null ? null : date(text, field);
    }

    public static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.asBoolean(false);
    }

    /** Texts of a YAML sequence at {@code field} (a single scalar counts as one), empty when absent. */
    public static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(value.asText());
        }
        return texts;
    }

    /** A scalar as an exact decimal (YAML numbers are read from their text, never through double). */
    public static BigDecimal decimal(JsonNode value, String field) {
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new YamlException("'" + field + "' is not a number: " + value.asText());
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new YamlException("'" + field + "' is not an ISO date (yyyy-mm-dd): " + text);
        }
    }

    /** A YAML document that does not have the expected shape. */
    public static final class YamlException extends RuntimeException {

        public YamlException(String message) {
            super(message);
        }

        public YamlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
