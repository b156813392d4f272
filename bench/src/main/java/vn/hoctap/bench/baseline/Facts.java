package vn.hoctap.bench.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Typed reads of the fact map as it arrives (JSON-shaped: booleans, numbers, text, lists, maps). */
final class Facts {

    private Facts() {
    }

    static boolean flag(Map<String, Object> facts, String name) {
        return Boolean.TRUE.equals(facts.get(name));
    }

    static Boolean optionalFlag(Map<String, Object> facts, String name) {
        return (Boolean) facts.get(name);
    }

    static long count(Map<String, Object> facts, String name) {
        Object value = facts.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Integer optionalInteger(Map<?, ?> facts, String name) {
        Object value = facts.get(name);
        return value == null ? null : ((Number) value).intValue();
    }

    static String code(Map<?, ?> facts, String name) {
        return (String) facts.get(name);
    }

    static LocalDate date(Map<?, ?> facts, String name) {
        Object value = facts.get(name);
        return value == null ? null : value instanceof LocalDate date ? date : LocalDate.parse((String) value);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> facts, String name) {
        Object value = facts.get(name);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
