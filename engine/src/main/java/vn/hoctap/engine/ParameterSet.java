package vn.hoctap.engine;

import java.util.List;
import java.util.Map;
import vn.hoctap.engine.parameter.ResolvedParameter;

/**
 * The parameter values in force for one reference date and province, and the kjar's {@code Parameter} facts that
 * carry them into a session. Immutable; shared between evaluations of the same date and province.
 */
record ParameterSet(Map<String, ResolvedParameter> values, List<Object> facts) {

    ParameterSet {
        values = Map.copyOf(values);
        facts = List.copyOf(facts);
    }
}
