package vn.hoctap.engine.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion (at one level) of a generation, as declared by the rules that judge it — what the ruleset can
 * decide, published before any evaluation.
 *
 * @param rules       names of the rules that judge it (variants for area flags, or "not applicable" rules)
 * @param resource    DRL file and line of the first of those rules
 * @param inputs      input fields the criterion reads
 * @param parameters  parameters the criterion reads
 * @param province    GSO code of the province whose variant adds this criterion, or null for a national one
 * @param replaces    criterion ids this provincial criterion replaces for that province
 */
public record CriterionDefinition(String criterionId, Integer level, String name, List<String> rules,
        String resource, String legalSource, BigDecimal maxPoints, boolean unconfirmed, String note,
        List<String> inputs, List<String> parameters, boolean informative, String province, List<String> replaces) {

    public CriterionDefinition {
        rules = List.copyOf(rules);
        inputs = List.copyOf(inputs);
        parameters = List.copyOf(parameters);
        replaces = List.copyOf(replaces);
    }

    /** {@code id@level}, or the id alone when there are no levels. */
    public String key() {
        return level == null ? criterionId : criterionId + "@" + level;
    }

    /** Whether it applies to a subject of {@code provinceCode}. */
    public boolean appliesTo(String provinceCode) {
        return province == null || province.equals(provinceCode);
    }
}
