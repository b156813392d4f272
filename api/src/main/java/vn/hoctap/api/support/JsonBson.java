package vn.hoctap.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Exact conversion between Jackson trees and BSON documents: decimals travel as Decimal128 (never through double),
 * whole numbers as int32/int64, so a stored decision reads back exactly as it was answered.
 */
public final class JsonBson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonBson() {
    }

    /** An object node as a BSON document. */
    public static Document toDocument(JsonNode object) {
        Document document = new Document();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            document.put(field.getKey(), toValue(field.getValue()));
        }
        return document;
    }

    /** A BSON document as an object node. */
    public static ObjectNode toNode(Document document) {
        ObjectNode node = NODES.objectNode();
        document.forEach((name, value) -> node.set(name, toNode(value)));
        return node;
    }

    private static Object toValue(JsonNode node) {
        if (node.isObject()) {
            return toDocument(node);
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.forEach(item -> values.add(toValue(item)));
            return values;
        }
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return new Decimal128(node.decimalValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Document document) {
            return toNode(document);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((name, item) -> node.set(String.valueOf(name), toNode(item)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toNode(item)));
            return array;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof Decimal128 decimal) {
            return NODES.numberNode(decimal.bigDecimalValue());
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Date date) {
            return NODES.textNode(date.toInstant().toString());
        }
        if (value instanceof ObjectId id) {
            return NODES.textNode(id.toHexString());
        }
        return NODES.textNode(String.valueOf(value));
    }
}
