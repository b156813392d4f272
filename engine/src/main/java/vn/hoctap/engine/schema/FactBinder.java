package vn.hoctap.engine.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.support.Records;

/**
 * Turns a JSON-like document (maps, lists, strings, numbers, booleans) into an instance of a kjar input record,
 * reporting every unknown field, missing value, wrong type and out-of-range value with its path. Text is
 * normalised to Unicode NFC. An optional value that is absent reaches the rules as {@code null} (the kjar contract
 * requires boxed types for optional components), never as 0 or false. Dates are ISO {@code yyyy-mm-dd} with a
 * four-digit year, from {@value #EARLIEST_YEAR} to one year after the reference date — or to the reference date itself
 * for decision and birth dates. Immutable and thread-safe.
 */
public final class FactBinder {

    /** No date of any input lies before 1 January of this year. */
    public static final int EARLIEST_YEAR = 1900;

    private static final Object INVALID = new Object();
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LocalDate referenceDate;

    /** A binder whose dates are bounded by the assessment's reference date. */
    public FactBinder(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** A binder with no reference date: dates are bounded below only. */
    public FactBinder() {
        this(null);
    }

    /**
     * Binds {@code document} to {@code type} described by {@code fields}.
     *
     * @param path   prefix of error paths, e.g. {@code "facts"}
     * @param errors receives every error found
     * @return the record, or null when any error was found
     */
    public Object bind(Class<?> type, List<FieldSchema> fields, Map<?, ?> document, String path,
            List<FieldError> errors) {
        int before = errors.size();
        Map<String, FieldSchema> byName = fields.stream()
                .collect(Collectors.toMap(FieldSchema::name, field -> field));
        boolean listed = false;
        for (Object key : document.keySet()) {
            if (!byName.containsKey(String.valueOf(key))) {
                errors.add(new FieldError(path + "." + key, Reason.UNKNOWN_FIELD, listed ? "unknown field"
                        : "unknown field; accepted fields: " + String.join(", ", byName.keySet().stream().sorted().toList())));
                listed = true;
            }
        }
        Records record = Records.of(type);
        List<RecordComponent> components = record.components();
        Object[] arguments = new Object[components.size()];
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = components.get(i);
            FieldSchema field = byName.get(component.getName());
            Object value = value(component, field, document, path + "." + component.getName(), errors);
            arguments[i] = value == INVALID ? defaultValue(component.getType()) : value;
            values.put(component.getName(), value);
        }
        checkNotAbove(fields, values, path, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            return construct(type, record, arguments);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path, Reason.INVALID, e.getMessage()));
            return null;
        }
    }

    private Object value(RecordComponent component, FieldSchema field, Map<?, ?> document, String path,
            List<FieldError> errors) {
        Object raw = document.get(field.name());
        if (raw == null) {
            if (field.required()) {
                errors.add(new FieldError(path, Reason.MISSING, "required: " + field.label()));
                return INVALID;
            }
            return component.getType().isPrimitive() ? defaultValue(component.getType()) : null;
        }
        Class<?> itemType = field.type() == FieldType.LIST ? itemClass(component) : null;
        return convert(component.getType(), itemType, field, raw, path, errors);
    }

    private Object convert(Class<?> type, Class<?> itemType, FieldSchema field, Object raw, String path,
            List<FieldError> errors) {
        Object value = switch (field.type()) {
            case INTEGER -> integer(type, raw);
            case DECIMAL -> decimal(type, raw);
            case BOOLEAN -> raw instanceof Boolean ? raw : INVALID;
            case TEXT -> raw instanceof String text ? Normalizer.normalize(text, Normalizer.Form.NFC) : INVALID;
            case DATE -> date(raw, field, path, errors);
            case CODE -> code(type, field, raw, path, errors);
            case LIST -> list(itemType, field, raw, path, errors);
            case OBJECT -> raw instanceof Map<?, ?> map ? nested(type, field, map, path, errors) : INVALID;
        };
        if (value == INVALID) {
            if (!alreadyReported(errors, path)) {
                errors.add(new FieldError(path, Reason.WRONG_TYPE, "expected " + describe(field) + ", got "
                        + describe(raw) + " (" + field.label() + ")"));
            }
            return INVALID;
        }
        checkRange(field, value, path, errors);
        return value;
    }

    private Object nested(Class<?> type, FieldSchema field, Map<?, ?> map, String path, List<FieldError> errors) {
        Object bound = bind(type, field.fields(), map, path, errors);
        return bound == null ? INVALID : bound;
    }

    private Object list(Class<?> itemType, FieldSchema field, Object raw, String path, List<FieldError> errors) {
        if (!(raw instanceof List<?> list)) {
            return INVALID;
        }
        List<Object> items = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path + "[" + i + "]";
            Object item = list.get(i) == null ? INVALID
                    : convert(itemType, null, field.items(), list.get(i), itemPath, errors);
            if (list.get(i) == null) {
                errors.add(new FieldError(itemPath, Reason.MISSING, "list items may not be null"));
            }
            valid &= item != INVALID;
            items.add(item);
        }
        return valid ? List.copyOf(items) : INVALID;
    }

    private Object code(Class<?> type, FieldSchema field, Object raw, String path, List<FieldError> errors) {
        if (!(raw instanceof String text)) {
            return INVALID;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        errors.add(new FieldError(path, Reason.NOT_ALLOWED, "'" + text + "' is not one of "
                + field.allowedValues().stream().map(AllowedValue::code).toList() + " (" + field.label() + ")"));
        return INVALID;
    }

    private static Object integer(Class<?> type, Object raw) {
        BigDecimal number = number(raw);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return INVALID;
        }
        try {
            long whole = number.longValueExact();
            if (type == int.class || type == Integer.class) {
                return Math.toIntExact(whole);
            }
            return whole;
        } catch (ArithmeticException e) {
            return INVALID;
        }
    }

    private static Object decimal(Class<?> type, Object raw) {
        BigDecimal number = number(raw);
        if (number == null) {
            return INVALID;
        }
        if (type == BigDecimal.class) {
            return number;
        }
        double value = number.doubleValue();
        return Double.isFinite(value) ? (Object) value : INVALID;
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double value = ((Number) raw).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return null;
    }

    private Object date(Object raw, FieldSchema field, String path, List<FieldError> errors) {
        LocalDate date;
        if (raw instanceof LocalDate given) {
            date = given;
        } else if (raw instanceof String text && ISO_DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return INVALID;
            }
        } else {
            return INVALID;
        }
        LocalDate earliest = LocalDate.of(EARLIEST_YEAR, 1, 1);
        LocalDate latest = referenceDate == null ? null
                : field.notAfterReferenceDate() ? referenceDate : referenceDate.plusYears(1);
        if (date.isBefore(earliest) || latest != null && date.isAfter(latest)) {
            errors.add(new FieldError(path, Reason.OUT_OF_RANGE, "must lie between " + earliest + " and "
                    + (latest == null ? "…" : latest) + (field.notAfterReferenceDate() ? " (the reference date)" : "")
                    + ", got " + date + " (" + field.label() + ")"));
            return INVALID;
        }
        return date;
    }

    private static void checkRange(FieldSchema field, Object value, String path, List<FieldError> errors) {
        if (!(value instanceof Number number) || (field.min() == null && field.max() == null)) {
            return;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (field.min() != null && decimal.compareTo(field.min()) < 0
                || field.max() != null && decimal.compareTo(field.max()) > 0) {
            errors.add(new FieldError(path, Reason.OUT_OF_RANGE, "must be between " + bound(field.min()) + " and "
                    + bound(field.max()) + ", got " + decimal.toPlainString() + " (" + field.label() + ")"));
        }
    }

    private static void checkNotAbove(List<FieldSchema> fields, Map<String, Object> values, String path,
            List<FieldError> errors) {
        for (FieldSchema field : fields) {
            if (field.notAbove() == null || !(values.get(field.name()) instanceof Number part)
                    || !(values.get(field.notAbove()) instanceof Number whole)) {
                continue;
            }
            if (new BigDecimal(part.toString()).compareTo(new BigDecimal(whole.toString())) > 0) {
                String wholeLabel = fields.stream().filter(other -> other.name().equals(field.notAbove()))
                        .map(FieldSchema::label).findFirst().orElse(field.notAbove());
                errors.add(new FieldError(path + "." + field.name(), Reason.OUT_OF_RANGE, "must not exceed "
                        + field.notAbove() + " (" + whole + "): " + field.label() + " ≤ " + wholeLabel));
            }
        }
    }

    private static boolean alreadyReported(List<FieldError> errors, String path) {
        return errors.stream().map(FieldError::field)
                .anyMatch(field -> field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "["));
    }

    private static Class<?> itemClass(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    private static Object construct(Class<?> type, Records record, Object[] arguments) {
        try {
            return record.construct(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("input record " + type.getName() + " refused the values: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == List.class ? List.of() : null;
    }

    private static String bound(BigDecimal bound) {
        return bound == null ? "∞" : bound.stripTrailingZeros().toPlainString();
    }

    private static String describe(FieldSchema field) {
        return switch (field.type()) {
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text";
            case DATE -> "a date yyyy-mm-dd";
            case CODE -> "one of the codes " + field.allowedValues().stream().map(AllowedValue::code).toList();
            case LIST -> "a list";
            case OBJECT -> "an object";
        };
    }

    private static String describe(Object raw) {
        if (raw instanceof String text) {
            return "text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (raw instanceof Number) {
            return "number " + raw;
        }
        if (raw instanceof Boolean) {
            return String.valueOf(raw);
        }
        if (raw instanceof List) {
            return "a list";
        }
        return raw instanceof Map ? "an object" : raw.getClass().getSimpleName();
    }
}
