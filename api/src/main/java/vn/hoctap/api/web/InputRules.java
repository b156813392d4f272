package vn.hoctap.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What every accepted text and number must be, checked on the request tree before anything expensive (hashing,
 * validation against the schema, evaluation) is done with it:
 * <ul>
 * <li>text is valid Unicode: no unpaired surrogate, no U+FFFD (the mark of bytes that were not UTF-8, see
 * {@link Utf8SanitizingInputStream}), no noncharacter U+FFFE/U+FFFF, no NUL or other C0/C1 control except tab, line
 * feed and carriage return; field names likewise;</li>
 * <li>numbers have at most {@value #MAX_DIGITS} significant digits (what Decimal128 keeps exactly), at most
 * {@value #MAX_FRACTION_DIGITS} digits after the decimal point, and a magnitude below 10^{@value #MAX_EXPONENT}: a
 * ten-byte literal such as {@code 1e10000000} is refused at once instead of being expanded.</li>
 * </ul>
 * Text is returned in Unicode NFC. Stateless.
 */
public final class InputRules {

    public static final int MAX_DIGITS = 34;
    public static final int MAX_FRACTION_DIGITS = 20;
    public static final int MAX_EXPONENT = 24;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private InputRules() {
    }

    /** The problem with {@code text} at {@code path}, or null when it is acceptable. */
    public static FieldProblem text(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String fault = fault(c);
            if (fault != null) {
                return new FieldProblem(path, "INVALID", fault + " at character " + (i + 1));
            }
        }
        return null;
    }

    /** The problem with a number, or null when it is within the limits. */
    public static FieldProblem number(String path, JsonNode number) {
        if (number.isInt() || number.isLong() || number.isShort()) {
            return null;
        }
        BigDecimal value = number.isBigInteger() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
        if (value.signum() == 0) {
            return null;
        }
        int precision = value.precision();
        long exponent = (long) precision - value.scale();
        if (precision > MAX_DIGITS || exponent > MAX_EXPONENT || value.scale() > MAX_FRACTION_DIGITS) {
            return new FieldProblem(path, "OUT_OF_RANGE", "numbers are accepted with at most " + MAX_DIGITS
                    + " significant digits, " + MAX_FRACTION_DIGITS + " decimal places and a magnitude below 10^"
                    + MAX_EXPONENT);
        }
        return null;
    }

    /**
     * A copy of {@code node} with every text in NFC; every field name, text and number that breaks the rules is added to
     * {@code problems} with its path below {@code path}.
     */
    public static JsonNode checked(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                FieldProblem name = text(FieldProblems.shortened(childPath), field.getKey());
                if (name != null) {
                    problems.add(new FieldProblem(name.field(), name.reason(), "field name: " + name.message()));
                }
                copy.set(Normalizer.normalize(field.getKey(), Normalizer.Form.NFC),
                        checked(field.getValue(), childPath, problems));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(checked(node.get(i), path + "[" + i + "]", problems));
            }
            return copy;
        }
        if (node.isTextual()) {
            FieldProblem problem = text(FieldProblems.shortened(path), node.textValue());
            if (problem != null) {
                problems.add(problem);
                return node;
            }
            return NODES.textNode(Normalizer.normalize(node.textValue(), Normalizer.Form.NFC));
        }
        if (node.isNumber()) {
            FieldProblem problem = number(FieldProblems.shortened(path), node);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return node;
    }

    private static String fault(char c) {
        if (Character.isSurrogate(c)) {
            return "an unpaired surrogate (U+" + hex(c) + ") is not a character";
        }
        if (c == '\uFFFD') {
            return "U+FFFD: the text contains bytes that are not valid UTF-8";
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return "U+" + hex(c) + " is not a character";
        }
        if (c == 0) {
            return "NUL (U+0000) is not allowed";
        }
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
            return "the control character U+" + hex(c) + " is not allowed";
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
