package vn.hoctap.bench.baseline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.parameter.ResolvedParameter;

/**
 * The parameter values the baseline reads (percentages, ages, levels, accepted codes), by name. Only the values are
 * taken from the ruleset; how they are applied is the baseline's own code. Immutable.
 */
public final class Thresholds {

    private final Map<String, Object> values;

    public Thresholds(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The values of a resolved parameter table (one date, national). */
    public static Thresholds of(Map<String, ResolvedParameter> resolved) {
        Map<String, Object> values = new java.util.HashMap<>();
        resolved.forEach((name, parameter) -> {
            if (parameter.value() != null) {
                values.put(name, parameter.value());
            }
        });
        return new Thresholds(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public BigDecimal decimal(String name) {
        Object value = values.get(name);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new IllegalArgumentException("threshold " + name + " is not a number: " + value);
    }

    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    @SuppressWarnings("unchecked")
    public List<String> codes(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        throw new IllegalArgumentException("threshold " + name + " is not a list of codes: " + value);
    }
}
