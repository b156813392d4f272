package vn.hoctap.engine.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hoctap.engine.contract.KjarContract;
import vn.hoctap.engine.contract.KjarContract.FieldAnnotation;

/**
 * Reads the schema of a kjar input record: its components, their {@code @Field} annotations, and the records and
 * enumerations they refer to. Breaches of the contract are collected, not thrown one at a time.
 */
public final class SchemaReader {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, Double.class, BigDecimal.class);
    private static final Set<Class<?>> BOOLEANS = Set.of(boolean.class, Boolean.class);

    private final KjarContract contract;
    private final List<String> problems = new ArrayList<>();

    public SchemaReader(KjarContract contract) {
        this.contract = contract;
    }

    /** The schema of {@code type}; check {@link #problems()} afterwards. */
    public InputSchema read(String titleCode, String generationId, Class<?> type) {
        return new InputSchema(titleCode, generationId, type.getName(), fields(type));
    }

    /** Contract breaches found so far, each naming the class and component. */
    public List<String> problems() {
        return problems;
    }

    private List<FieldSchema> fields(Class<?> type) {
        List<FieldSchema> fields = new ArrayList<>();
        if (!type.isRecord()) {
            problems.add(type.getName() + " is not a record");
            return fields;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            FieldAnnotation annotation = contract.field(component).orElse(null);
            if (annotation == null) {
                problems.add(type.getName() + "." + component.getName() + " has no @Field annotation");
                continue;
            }
            fields.add(field(type, component.getName(), component.getType(), component.getGenericType(), annotation));
        }
        checkNotAbove(type, fields);
        return fields;
    }

    private FieldSchema field(Class<?> owner, String name, Class<?> type, Type genericType, FieldAnnotation field) {
        boolean required = !field.optional();
        BigDecimal min = Double.isInfinite(field.min()) ? null : BigDecimal.valueOf(field.min());
        BigDecimal max = Double.isInfinite(field.max()) ? null : BigDecimal.valueOf(field.max());
        String notAbove = field.notAbove().isEmpty() ? null : field.notAbove();
        FieldType kind = kind(type);
        List<AllowedValue> allowed = kind == FieldType.CODE ? allowed(type) : List.of();
        List<FieldSchema> fields = kind == FieldType.OBJECT ? fields(type) : List.of();
        FieldSchema items = kind == FieldType.LIST ? items(owner, name, genericType, field) : null;
        if (kind == null) {
            problems.add(owner.getName() + "." + name + " has an unsupported type " + type.getName());
            kind = FieldType.TEXT;
        }
        if (!required && type.isPrimitive()) {
            problems.add(owner.getName() + "." + name + " is optional but has the primitive type " + type.getName()
                    + ": use its boxed type so that an absent value reaches the rules as null, not as 0 or false");
        }
        if (field.notAfterReferenceDate() && kind != FieldType.DATE) {
            problems.add(owner.getName() + "." + name + " sets notAfterReferenceDate but is not a date");
        }
        return new FieldSchema(name, kind, field.label(), field.description(), field.unit(), required, min, max,
                notAbove, allowed, fields, items, field.notAfterReferenceDate());
    }

    private FieldSchema items(Class<?> owner, String name, Type genericType, FieldAnnotation field) {
        if (!(genericType instanceof ParameterizedType parameterized)
                || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> item)) {
            problems.add(owner.getName() + "." + name + " must be a List of a concrete type");
            return null;
        }
        FieldType kind = kind(item);
        if (kind == null || kind == FieldType.LIST) {
            problems.add(owner.getName() + "." + name + " has unsupported items " + item.getName());
            return null;
        }
        List<AllowedValue> allowed = kind == FieldType.CODE ? allowed(item) : List.of();
        List<FieldSchema> fields = kind == FieldType.OBJECT ? fields(item) : List.of();
        return new FieldSchema("items", kind, field.label(), "", "", true, null, null, null, allowed, fields, null,
                field.notAfterReferenceDate());
    }

    private List<AllowedValue> allowed(Class<?> type) {
        List<AllowedValue> values = new ArrayList<>();
        if (!contract.isLabelled(type)) {
            problems.add(type.getName() + " must implement Labelled to publish its official wording");
        }
        for (Object constant : type.getEnumConstants()) {
            String code = ((Enum<?>) constant).name();
            values.add(new AllowedValue(code, contract.isLabelled(type) ? contract.label(constant) : code));
        }
        return values;
    }

    private void checkNotAbove(Class<?> type, List<FieldSchema> fields) {
        for (FieldSchema field : fields) {
            if (field.notAbove() == null) {
                continue;
            }
            boolean numericSibling = fields.stream().anyMatch(other -> other.name().equals(field.notAbove())
                    && (other.type() == FieldType.INTEGER || other.type() == FieldType.DECIMAL));
            if (!numericSibling) {
                problems.add(type.getName() + "." + field.name() + " notAbove names no numeric component '"
                        + field.notAbove() + "'");
            }
        }
    }

    static FieldType kind(Class<?> type) {
        if (INTEGERS.contains(type)) {
            return FieldType.INTEGER;
        }
        if (DECIMALS.contains(type)) {
            return FieldType.DECIMAL;
        }
        if (BOOLEANS.contains(type)) {
            return FieldType.BOOLEAN;
        }
        if (type == String.class) {
            return FieldType.TEXT;
        }
        if (type == LocalDate.class) {
            return FieldType.DATE;
        }
        if (type.isEnum()) {
            return FieldType.CODE;
        }
        if (type == List.class) {
            return FieldType.LIST;
        }
        return type.isRecord() ? FieldType.OBJECT : null;
    }
}
