package vn.hoctap.bench.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured line of a mode on one build in one run, e.g. "household, X-API-Key" with its submissions per second
 * and latencies. Values keep their column order.
 */
public record Figure(String mode, String build, int run, String label, Map<String, Double> values) {

    public Figure {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A value by column name; fails when the figure has no such column. */
    public double value(String column) {
        Double value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(label + " has no column " + column + "; it has " + values.keySet());
        }
        return value;
    }

    /** Collects the values of one figure in order. */
    static final class Values {

        private final Map<String, Double> values = new LinkedHashMap<>();

        Values put(String column, double value) {
            values.put(column, value);
            return this;
        }

        Map<String, Double> map() {
            return values;
        }
    }
}
