package vn.hoctap.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical JSON form an input snapshot is hashed over: object members sorted by name, no insignificant white
 * space, strings in Unicode NFC with JSON escaping of control characters, numbers as plain decimals without trailing
 * zeros (1.50 and 1.5 are the same number), no nulls. Two submissions meaning the same thing hash the same.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String sha256(JsonNode node) {
        return sha256(of(node).getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of an immutable content shared by many records (a decision text): base64url, without padding, of the
     * first 128 bits of SHA-256 over {@code kind + "\n" + canonical form}. Changing the content changes the id.
     */
    public static String contentId(String kind, JsonNode content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + "\n" + of(content)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            ((ObjectNode) node).fieldNames().forEachRemaining(names::add);
            names.removeIf(name -> node.get(name).isNull());
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                text(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = ((ArrayNode) node).elements();
            for (int i = 0; items.hasNext(); i++) {
                out.append(i == 0 ? "" : ",");
                write(items.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue().stripTrailingZeros();
            out.append((number.scale() < 0 ? number.setScale(0) : number).toPlainString());
        } else if (node.isTextual()) {
            text(node.textValue(), out);
        } else {
            out.append(node.asText());
        }
    }

    private static void text(String value, StringBuilder out) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
