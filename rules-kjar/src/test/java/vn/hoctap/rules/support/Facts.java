package vn.hoctap.rules.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** A mutable input document for tests: start from a title's defaults and change what the test is about. */
public final class Facts {

    private final Map<String, Object> values;

    private Facts(Map<String, Object> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public static Facts of(Map<String, Object> defaults) {
        return new Facts(defaults);
    }

    public Facts with(String field, Object value) {
        values.put(field, value);
        return this;
    }

    public Facts without(String field) {
        values.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(values);
    }
}
