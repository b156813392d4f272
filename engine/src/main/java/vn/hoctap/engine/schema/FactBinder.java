package vn.hoctap.engine.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.support.Records;

/**
 * Turns a JSON-like document (maps, lists, strings, numbers, booleans) into an instance of a kjar input record,
 * reporting every unknown field, missing value, wrong type and out-of-range value with its path. Text is
 * normalised to Unicode NFC. An optional value that is absent reaches the rules as {@code null} (the kjar contract
 * requires boxed types for optional components), never as 0 or false. Dates are ISO {@code yyyy-mm-dd} with a
 * four-digit year, from {@value #EARLIEST_YEAR} to one year after the reference date — or to the reference date itself
 * for decision and birth dates. Immutable and thread-safe. What depends only on the record type and its fields (the
 * fields by name, the components they bind, item types, enumeration constants by name) is worked out once per type and
 * field list and kept with the type; error paths are spelt out only when an error is reported.
 */
public final class FactBinder {

    /** No date of any input lies before 1 January of this year. */
    public static final int EARLIEST_YEAR = 1900;

    private static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);
    private static final Object INVALID = new Object();
    /** Neutral values of the boxed types a required component may have; primitives and others: {@link #defaultValue}. */
    private static final Map<Class<?>, Object> NEUTRAL_BOXED = Map.of(Integer.class, 0, Long.class, 0L,
            Double.class, 0.0, Boolean.class, Boolean.FALSE, BigDecimal.class, BigDecimal.ZERO);
    /** Field lists a type keeps layouts for; more (a caller building new lists each time) replace the oldest. */
    private static final int LAYOUTS_PER_TYPE = 16;
    private static final ClassValue<Layout[][]> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout[][] computeValue(Class<?> type) {
            return new Layout[][] {new Layout[0]};
        }
    };
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.putIfAbsent(((Enum<?>) constant).name(), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private final LocalDate referenceDate;
    private final LocalDate yearAfterReferenceDate;

    /** A binder whose dates are bounded by the assessment's reference date. */
    public FactBinder(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        this.yearAfterReferenceDate = referenceDate == null ? null : referenceDate.plusYears(1);
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
        return bind(type, fields, document, new Path(path), errors, Set.of());
    }

    /**
     * Binds {@code document} as {@link #bind(Class, List, Map, String, List)} does, except that a required top-level
     * field named in {@code withoutEvidence} may be absent: it is then bound to its type's neutral value ({@code false},
     * {@code 0}, an empty list, or null for text, dates, codes and objects), so that the rules run and the engine
     * can judge the criteria reading it as failed for want of evidence.
     */
    public Object bind(Class<?> type, List<FieldSchema> fields, Map<?, ?> document, String path,
            List<FieldError> errors, Set<String> withoutEvidence) {
        return bind(type, fields, document, new Path(path), errors, withoutEvidence);
    }

    private Object bind(Class<?> type, List<FieldSchema> fields, Map<?, ?> document, Path path,
            List<FieldError> errors, Set<String> withoutEvidence) {
        int before = errors.size();
        Layout layout = layout(type, fields);
        boolean listed = false;
        for (Object key : document.keySet()) {
            if (!layout.byName.containsKey(String.valueOf(key))) {
                errors.add(new FieldError(path.text() + "." + key, Reason.UNKNOWN_FIELD, listed ? "unknown field"
                        : "unknown field; accepted fields: " + layout.accepted));
                listed = true;
            }
        }
        Object[] arguments = new Object[layout.components.length];
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = layout.components[i];
            Object value = value(component, layout.fieldOf[i], layout.itemTypes[i], document,
                    path.child(component.getName()), errors, withoutEvidence);
            arguments[i] = value == INVALID ? defaultValue(component.getType()) : value;
            values[i] = value;
        }
        checkNotAbove(layout, values, path, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            return construct(type, layout.record, arguments);
        } catch (Refused e) {
            errors.add(e.error(path, layout.byName.keySet()));
            return null;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path.text(), Reason.INVALID, e.getMessage()));
            return null;
        }
    }

    private Object value(RecordComponent component, FieldSchema field, Class<?> itemType, Map<?, ?> document,
            Path path, List<FieldError> errors, Set<String> withoutEvidence) {
        Object raw = document.get(field.name());
        if (raw == null) {
            if (field.required() && withoutEvidence.contains(field.name())) {
                return neutralValue(component.getType());
            }
            if (field.required()) {
                errors.add(new FieldError(path.text(), Reason.MISSING, "required: " + field.label()));
                return INVALID;
            }
            return component.getType().isPrimitive() ? defaultValue(component.getType()) : null;
        }
        return convert(component.getType(), itemType, field, raw, path, errors);
    }

    private Object convert(Class<?> type, Class<?> itemType, FieldSchema field, Object raw, Path path,
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
            String text = path.text();
            if (!alreadyReported(errors, text)) {
                errors.add(new FieldError(text, Reason.WRONG_TYPE, "expected " + describe(field) + ", got "
                        + describe(raw) + " (" + field.label() + ")"));
            }
            return INVALID;
        }
        checkRange(field, value, path, errors);
        return value;
    }

    private Object nested(Class<?> type, FieldSchema field, Map<?, ?> map, Path path, List<FieldError> errors) {
        Object bound = bind(type, field.fields(), map, path, errors, Set.of());
        return bound == null ? INVALID : bound;
    }

    private Object list(Class<?> itemType, FieldSchema field, Object raw, Path path, List<FieldError> errors) {
        if (!(raw instanceof List<?> list)) {
            return INVALID;
        }
        Object[] items = new Object[list.size()];
        boolean valid = true;
        for (int i = 0; i < items.length; i++) {
            Path itemPath = path.item(i);
            Object given = list.get(i);
            Object item = given == null ? INVALID : convert(itemType, null, field.items(), given, itemPath, errors);
            if (given == null) {
                errors.add(new FieldError(itemPath.text(), Reason.MISSING, "list items may not be null"));
            }
            valid &= item != INVALID;
            items[i] = item;
        }
        return valid ? List.of(items) : INVALID;
    }

    private Object code(Class<?> type, FieldSchema field, Object raw, Path path, List<FieldError> errors) {
        if (!(raw instanceof String text)) {
            return INVALID;
        }
        Object constant = CONSTANTS.get(type).get(text);
        if (constant != null) {
            return constant;
        }
        errors.add(new FieldError(path.text(), Reason.NOT_ALLOWED, "'" + text + "' is not one of "
                + field.allowedValues().stream().map(AllowedValue::code).toList() + " (" + field.label() + ")"));
        return INVALID;
    }

    private static Object integer(Class<?> type, Object raw) {
        boolean small = type == int.class || type == Integer.class;
        if (raw instanceof Integer whole) {
            return small ? whole : (Object) whole.longValue();
        }
        if (raw instanceof Long whole) {
            try {
                return small ? (Object) Math.toIntExact(whole) : whole;
            } catch (ArithmeticException e) {
                return INVALID;
            }
        }
        BigDecimal number = number(raw);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return INVALID;
        }
        try {
            long whole = number.longValueExact();
            if (small) {
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

    private Object date(Object raw, FieldSchema field, Path path, List<FieldError> errors) {
        LocalDate date;
        if (raw instanceof LocalDate given) {
            date = given;
        } else if (raw instanceof String text && isIsoDate(text)) {
            try {
                date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (DateTimeException e) {
                return INVALID;
            }
        } else {
            return INVALID;
        }
        LocalDate latest = referenceDate == null ? null
                : field.notAfterReferenceDate() ? referenceDate : yearAfterReferenceDate;
        if (date.isBefore(EARLIEST) || latest != null && date.isAfter(latest)) {
            errors.add(new FieldError(path.text(), Reason.OUT_OF_RANGE, "must lie between " + EARLIEST + " and "
                    + (latest == null ? "…" : latest) + (field.notAfterReferenceDate() ? " (the reference date)" : "")
                    + ", got " + date + " (" + field.label() + ")"));
            return INVALID;
        }
        return date;
    }

    /** {@code yyyy-mm-dd} with ASCII digits. */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static void checkRange(FieldSchema field, Object value, Path path, List<FieldError> errors) {
        if (!(value instanceof Number number) || (field.min() == null && field.max() == null)) {
            return;
        }
        BigDecimal decimal = number instanceof Integer || number instanceof Long ? BigDecimal.valueOf(number.longValue())
                : new BigDecimal(number.toString());
        if (field.min() != null && decimal.compareTo(field.min()) < 0
                || field.max() != null && decimal.compareTo(field.max()) > 0) {
            errors.add(new FieldError(path.text(), Reason.OUT_OF_RANGE, "must be between " + bound(field.min())
                    + " and " + bound(field.max()) + ", got " + decimal.toPlainString() + " (" + field.label() + ")"));
        }
    }

    /**
     * A part may not exceed its whole ({@code notAbove}), and one bad input gives one error: a value already refused
     * (wrong type, out of range) is compared with nothing, so neither its parts nor its whole are reported again; a
     * whole that two or more of its parts exceed is reported once, at the whole (the one value that disagrees with
     * all the others); a part that exceeds its whole is not compared with its own parts. Wholes are compared
     * outermost first.
     */
    private static void checkNotAbove(Layout layout, Object[] values, Path path, List<FieldError> errors) {
        if (layout.notAboveByWhole.isEmpty()) {
            return;
        }
        boolean[] broken = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            broken[i] = values[i] == INVALID || !errors.isEmpty() && layout.inNotAbove[i]
                    && alreadyReported(errors, path.child(layout.components[i].getName()).text());
        }
        for (List<NotAbove> group : layout.notAboveByWhole) {
            int wholeIndex = group.get(0).whole();
            if (broken[wholeIndex] || !(values[wholeIndex] instanceof Number whole)) {
                continue;
            }
            List<NotAbove> exceeding = new ArrayList<>();
            for (NotAbove rule : group) {
                if (!broken[rule.part()] && values[rule.part()] instanceof Number part
                        && decimal(part).compareTo(decimal(whole)) > 0) {
                    exceeding.add(rule);
                }
            }
            if (exceeding.size() == 1) {
                NotAbove rule = exceeding.get(0);
                FieldSchema field = rule.field();
                errors.add(new FieldError(path.text() + "." + field.name(), Reason.OUT_OF_RANGE, "must not exceed "
                        + field.notAbove() + " (" + whole + "): " + field.label() + " ≤ " + rule.wholeLabel()));
                broken[rule.part()] = true;
            } else if (exceeding.size() > 1) {
                List<String> parts = new ArrayList<>();
                exceeding.forEach(rule -> parts.add(rule.field().name() + " (" + values[rule.part()] + ")"));
                errors.add(new FieldError(path.text() + "." + exceeding.get(0).field().notAbove(), Reason.OUT_OF_RANGE,
                        "must be at least each of its parts, but " + String.join(", ", parts) + " exceed it ("
                                + whole + "): " + exceeding.get(0).wholeLabel()));
                broken[wholeIndex] = true;
            }
        }
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof Integer || number instanceof Long ? BigDecimal.valueOf(number.longValue())
                : new BigDecimal(number.toString());
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
            Refused refused = Refused.of(e.getCause());
            if (refused != null) {
                throw refused;
            }
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

    /** The value a required field without evidence is bound to when it is absent. */
    private static Object neutralValue(Class<?> type) {
        Object boxed = NEUTRAL_BOXED.get(type);
        return boxed != null ? boxed : defaultValue(type);
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

    private static Layout layout(Class<?> type, List<FieldSchema> fields) {
        Layout[][] holder = LAYOUTS.get(type);
        for (Layout layout : holder[0]) {
            if (layout.fields == fields) {
                return layout;
            }
        }
        synchronized (holder) {
            Layout[] known = holder[0];
            for (Layout layout : known) {
                if (layout.fields == fields) {
                    return layout;
                }
            }
            Layout made = new Layout(type, fields);
            Layout[] grown = known.length < LAYOUTS_PER_TYPE ? Arrays.copyOf(known, known.length + 1)
                    : Arrays.copyOfRange(known, 1, known.length + 1);
            grown[grown.length - 1] = made;
            holder[0] = grown;
            return made;
        }
    }

    /**
     * A record's refusal that names the field it concerns and the reason: an exception thrown by the canonical
     * constructor with public {@code getField()} (a component name, or empty for the whole record) and
     * {@code getReason()} (a {@link Reason} name) — the kjar's {@code InputRefusedException}.
     */
    private static final class Refused extends RuntimeException {

        private final String field;
        private final Reason reason;

        private Refused(String field, Reason reason, String message) {
            super(message, null, false, false);
            this.field = field;
            this.reason = reason;
        }

        static Refused of(Throwable cause) {
            try {
                Object field = cause.getClass().getMethod("getField").invoke(cause);
                Object reason = cause.getClass().getMethod("getReason").invoke(cause);
                if (!(field instanceof String name) || !(reason instanceof String code)) {
                    return null;
                }
                Reason known = Arrays.stream(Reason.values()).filter(r -> r.name().equals(code)).findFirst()
                        .orElse(Reason.INVALID);
                return new Refused(name, known, cause.getMessage());
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** The error at the named field when the record has it, otherwise at the record itself. */
        FieldError error(Path path, Set<String> fields) {
            String at = fields.contains(field) ? path.text() + "." + field : path.text();
            return new FieldError(at, reason, getMessage());
        }
    }

    /** A record type bound with one list of fields. */
    private static final class Layout {

        private final List<FieldSchema> fields;
        private final Map<String, FieldSchema> byName;
        private final String accepted;
        private final Records record;
        private final RecordComponent[] components;
        private final FieldSchema[] fieldOf;
        private final Class<?>[] itemTypes;
        private final List<NotAbove> notAbove = new ArrayList<>();
        /** The {@code notAbove} rules grouped by their whole, outermost whole first. */
        private final List<List<NotAbove>> notAboveByWhole = new ArrayList<>();
        /** Whether a component is the part or the whole of a {@code notAbove} rule. */
        private final boolean[] inNotAbove;

        Layout(Class<?> type, List<FieldSchema> fields) {
            this.fields = fields;
            this.byName = fields.stream().collect(Collectors.toMap(FieldSchema::name, field -> field));
            this.accepted = String.join(", ", byName.keySet().stream().sorted().toList());
            this.record = Records.of(type);
            this.components = record.components().toArray(RecordComponent[]::new);
            this.fieldOf = new FieldSchema[components.length];
            this.itemTypes = new Class<?>[components.length];
            Map<String, Integer> indexByName = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                fieldOf[i] = byName.get(components[i].getName());
                itemTypes[i] = fieldOf[i] != null && fieldOf[i].type() == FieldType.LIST ? itemClass(components[i]) : null;
                indexByName.put(components[i].getName(), i);
            }
            for (FieldSchema field : fields) {
                Integer part = indexByName.get(field.name());
                Integer whole = field.notAbove() == null ? null : indexByName.get(field.notAbove());
                if (part != null && whole != null) {
                    String wholeLabel = fields.stream().filter(other -> other.name().equals(field.notAbove()))
                            .map(FieldSchema::label).findFirst().orElse(field.notAbove());
                    notAbove.add(new NotAbove(field, part, whole, wholeLabel));
                }
            }
            inNotAbove = new boolean[components.length];
            Map<Integer, Integer> wholeOf = new HashMap<>();
            Map<Integer, List<NotAbove>> byWhole = new LinkedHashMap<>();
            for (NotAbove rule : notAbove) {
                inNotAbove[rule.part()] = true;
                inNotAbove[rule.whole()] = true;
                wholeOf.put(rule.part(), rule.whole());
                byWhole.computeIfAbsent(rule.whole(), whole -> new ArrayList<>()).add(rule);
            }
            notAboveByWhole.addAll(byWhole.values());
            notAboveByWhole.sort(Comparator.comparingInt(group -> depth(group.get(0).whole(), wholeOf)));
        }

        /** How many wholes lie above a component (0 for an outermost whole); a cycle is cut at the field count. */
        private int depth(int component, Map<Integer, Integer> wholeOf) {
            int depth = 0;
            Integer above = wholeOf.get(component);
            while (above != null && depth < components.length) {
                depth++;
                above = wholeOf.get(above);
            }
            return depth;
        }
    }

    /** A field that may not exceed a sibling: the components of both, by index. */
    private record NotAbove(FieldSchema field, int part, int whole, String wholeLabel) {
    }

    /** Where a value sits in the document, spelt out only for an error. */
    private static final class Path {

        private final Path parent;
        private final String name;
        private final int index;
        private String text;

        Path(String text) {
            this.parent = null;
            this.name = null;
            this.index = -1;
            this.text = text;
        }

        private Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Path child(String childName) {
            return new Path(this, childName, -1);
        }

        Path item(int itemIndex) {
            return new Path(this, null, itemIndex);
        }

        String text() {
            if (text == null) {
                text = name != null ? parent.text() + "." + name : parent.text() + "[" + index + "]";
            }
            return text;
        }
    }
}
