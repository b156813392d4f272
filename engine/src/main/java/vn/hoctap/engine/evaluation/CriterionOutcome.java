package vn.hoctap.engine.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.trace.ParameterUse;

/**
 * Everything an auditor needs about one criterion of one evaluation, met or not.
 *
 * @param criterionId  stable id, e.g. {@code CCL25-C5.T1}
 * @param level        the level it was judged for (null for titles without levels)
 * @param name         the official wording (the rule name without its id)
 * @param maxPoints    maximum points, null when the criterion is not scored or its maximum is unknown
 * @param observed     values the rule derived, by Vietnamese label (rates, counts, levels)
 * @param inputs       the submitted input values the criterion reads, by field name
 * @param required     the requirement, e.g. "≥ 60 %"
 * @param explanation  one sentence: observed against required, or why no rule fired
 * @param ruleName     the DRL rule that judged it (or, when none fired, the rule that would have)
 * @param resource     DRL file and line in the kjar
 * @param legalSource  document, article, clause
 * @param unconfirmed  whether the criteria document marks the item UNCONFIRMED
 * @param parameters   parameter values the rule read, with effective dates and sources
 * @param fired        whether a rule fired for it
 * @param informative  whether it is shown for information only and does not count towards the decision
 * @param noEvidence   the input fields it reads that have no evidence ({@link EvaluationRequest#noEvidence}): when
 *                     not empty, the criterion is failed with no points whatever its rule found; never null
 * @param observedNames the stable machine name (camelCase English) of each observed value, by its label; a label
 *                     without one (a kjar built before names joined the contract) is absent; never null
 */
public record CriterionOutcome(String criterionId, Integer level, String name, CriterionStatus status,
        BigDecimal pointsAwarded, BigDecimal maxPoints, Map<String, Object> observed, Map<String, Object> inputs,
        String required, String explanation, String ruleName, String resource, String legalSource,
        boolean unconfirmed, String note, List<ParameterUse> parameters, boolean fired, boolean informative,
        List<String> noEvidence, Map<String, String> observedNames) {

    public CriterionOutcome {
        parameters = List.copyOf(parameters);
        noEvidence = noEvidence == null ? List.of() : List.copyOf(noEvidence);
        observedNames = observedNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(observedNames));
    }

    /** An outcome whose observed values have no machine names. */
    public CriterionOutcome(String criterionId, Integer level, String name, CriterionStatus status,
            BigDecimal pointsAwarded, BigDecimal maxPoints, Map<String, Object> observed, Map<String, Object> inputs,
            String required, String explanation, String ruleName, String resource, String legalSource,
            boolean unconfirmed, String note, List<ParameterUse> parameters, boolean fired, boolean informative,
            List<String> noEvidence) {
        this(criterionId, level, name, status, pointsAwarded, maxPoints, observed, inputs, required, explanation,
                ruleName, resource, legalSource, unconfirmed, note, parameters, fired, informative, noEvidence, Map.of());
    }

    /** An outcome whose inputs all have their evidence. */
    public CriterionOutcome(String criterionId, Integer level, String name, CriterionStatus status,
            BigDecimal pointsAwarded, BigDecimal maxPoints, Map<String, Object> observed, Map<String, Object> inputs,
            String required, String explanation, String ruleName, String resource, String legalSource,
            boolean unconfirmed, String note, List<ParameterUse> parameters, boolean fired, boolean informative) {
        this(criterionId, level, name, status, pointsAwarded, maxPoints, observed, inputs, required, explanation,
                ruleName, resource, legalSource, unconfirmed, note, parameters, fired, informative, List.of(), Map.of());
    }

    /** The machine name of the observed value under {@code label}, or null when the kjar gives none. */
    public String observedName(String label) {
        return observedNames.get(label);
    }

    /** {@code CCL25-C5.T1@2}, or the id alone when there are no levels; the key used in scenarios. */
    public String key() {
        return level == null ? criterionId : criterionId + "@" + level;
    }
}
