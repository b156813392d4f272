package vn.hoctap.engine.trace;

import java.time.LocalDate;
import vn.hoctap.engine.parameter.ResolvedParameter;

/**
 * A parameter value a rule read, as the trace records it.
 *
 * @param value   the value as plain data (number, text, boolean, list of codes)
 * @param display the value as a reader sees it, e.g. "60 %"
 * @param scope   {@code "VN"} or the province code of the variant applied
 */
public record ParameterUse(String name, String label, Object value, String display, String unit,
        LocalDate effectiveFrom, String source, String scope, boolean unconfirmed, String note) {

    public static ParameterUse of(ResolvedParameter parameter) {
        return new ParameterUse(parameter.name(), parameter.label(), parameter.plainValue(), parameter.display(),
                parameter.unit(), parameter.effectiveFrom(), parameter.source(), parameter.scope(),
                parameter.unconfirmed(), parameter.note());
    }
}
