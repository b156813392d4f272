package vn.hoctap.engine.parameter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every parameter of a ruleset, by name. Immutable and thread-safe. */
public final class ParameterTable {

    private final Map<String, ParameterDefinition> definitions;

    public ParameterTable(Collection<ParameterDefinition> definitions) {
        Map<String, ParameterDefinition> byName = new TreeMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        this.definitions = Map.copyOf(byName);
    }

    public Optional<ParameterDefinition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public Collection<ParameterDefinition> definitions() {
        return new TreeMap<>(definitions).values();
    }

    /** The values in force on {@code date} for {@code provinceCode} (null for national only), by name. */
    public Map<String, ResolvedParameter> resolve(LocalDate date, String provinceCode) {
        Map<String, ResolvedParameter> resolved = new LinkedHashMap<>();
        for (ParameterDefinition definition : new TreeMap<>(definitions).values()) {
            definition.valueOn(date, provinceCode).ifPresent(value -> resolved.put(definition.name(), value));
        }
        return resolved;
    }
}
