package vn.hoctap.api.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The canonical text of a stored BSON document, which its integrity hash covers: members sorted by name, no white
 * space, strings JSON-escaped, every number as a plain decimal without trailing zeros (an int32 60 and a Decimal128
 * 60.0 are the same number; the string "60" is not), dates as {@code {"$date":<epoch ms>}}, nulls kept. Computed from
 * the document as stored, so that anyone can recompute it from the database without the service's classes.
 */
public final class BsonCanonical {

    private BsonCanonical() {
    }

    public static String of(Map<String, ?> document) {
        StringBuilder out = new StringBuilder(4096);
        write(document, out);
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the canonical text. */
    public static String sha256(Map<String, ?> document) {
        return hex(digest(of(document)));
    }

    public static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>();
            map.keySet().forEach(name -> names.add(String.valueOf(name)));
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                text(names.get(i), out);
                out.append(':');
                write(map.get(names.get(i)), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            text(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof Decimal128 decimal) {
            number(decimal.isNaN() || decimal.isInfinite() ? null : decimal.bigDecimalValue(), decimal.toString(), out);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            number(Double.isFinite(number) ? BigDecimal.valueOf(number) : null, String.valueOf(number), out);
        } else if (value instanceof Number number) {
            number(new BigDecimal(number.toString()), number.toString(), out);
        } else if (value instanceof Date date) {
            out.append("{\"$date\":").append(date.getTime()).append('}');
        } else if (value instanceof ObjectId id) {
            out.append("{\"$oid\":\"").append(id.toHexString()).append("\"}");
        } else {
            out.append("{\"$").append(value.getClass().getSimpleName()).append("\":");
            text(value.toString(), out);
            out.append('}');
        }
    }

    private static void number(BigDecimal value, String special, StringBuilder out) {
        if (value == null) {
            out.append("{\"$number\":\"").append(special).append("\"}");
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        out.append((stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString());
    }

    private static void text(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
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
