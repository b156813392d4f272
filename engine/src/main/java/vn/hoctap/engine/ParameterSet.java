package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.trace.ParameterUse;

/**
 * The parameter values in force for one reference date and province, the kjar's {@code Parameter} facts that carry
 * them into a session, and each value as the trace records it (built once, not per evaluation). Immutable; shared
 * between evaluations of the same date and province.
 */
final class ParameterSet {

    private final Map<String, ResolvedParameter> values;
    private final List<Object> facts;
    private final Map<String, ParameterUse> uses;
    private final Map<Object, ResolvedParameter> byFact = new IdentityHashMap<>();

    /** The set of {@code resolved}, with one fact per value made by {@code toFact}. */
    ParameterSet(Map<String, ResolvedParameter> resolved, Function<ResolvedParameter, Object> toFact) {
        List<Object> made = new ArrayList<>(resolved.size());
        Map<String, ParameterUse> madeUses = new LinkedHashMap<>();
        for (ResolvedParameter value : resolved.values()) {
            Object fact = toFact.apply(value);
            made.add(fact);
            byFact.put(fact, value);
            madeUses.put(value.name(), ParameterUse.of(value));
        }
        this.values = Map.copyOf(resolved);
        this.facts = List.copyOf(made);
        this.uses = Map.copyOf(madeUses);
    }

    /** The values in force, by parameter name. */
    Map<String, ResolvedParameter> values() {
        return values;
    }

    /** One {@code Parameter} fact per value. */
    List<Object> facts() {
        return facts;
    }

    /** The trace's record of the value named {@code name}, or null when none is in force. */
    ParameterUse use(String name) {
        return uses.get(name);
    }

    /** The value one of this set's {@link #facts()} carries, or null for any other object. */
    ResolvedParameter valueOf(Object fact) {
        return byFact.get(fact);
    }
}
