package vn.hoctap.api.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A decision's trace as stored (trace schema {@value #SCHEMA}): only what belongs to this decision — verdict,
 * per-criterion status, points, observed values, inputs read and explanation, per-firing result counts — and, for
 * everything that is the same for every decision under one ruleset (title and generation, criterion names, rule names,
 * DRL locations, legal citations, parameter labels, values and sources, observed-value labels), the id of a shared
 * text ({@link DecisionTexts}). A text's id is the SHA-256 of its content, so the decision's seal, which covers these
 * ids, covers the texts too. {@link DecisionTexts#expand} rebuilds the {@link DecisionTrace} exactly.
 *
 * <p>Schema 1 (decisions stored before schema 2 existed) kept the whole trace in the decision; it is read as it is.
 *
 * @param head        the id of the {@link HeadText}
 * @param verdict     the verdict without its reasons and missing parameters
 * @param verdictText the id of the {@link ReasonsText} holding those
 */
record StoredTrace(int schema, String head, String subjectId, LocalDate referenceDate, int assessmentYear,
        String provinceCode, DecisionTrace.Verdict verdict, String verdictText, List<Criterion> criteria,
        List<Firing> trace) {

    static final int SCHEMA = 2;
    /** Stored names of {@link Criterion#key()} and of the text id in criteria and firings. */
    static final String KEY = "k";
    static final String TEXT = "t";
    static final String STATUS = "s";

    /**
     * A criterion's own values. Stored under one-letter names (k, t, s, p, o, i, e, f, v, n): a commune's decision
     * holds some thirty of them. The evidence is the decision's own, so it is here, not in a shared text.
     *
     * @param key      {@code id@level}, kept here for queries and impact reports that read no text
     * @param text     the id of its {@link CriterionText}
     * @param observed the observed values, in the order of the text's labels
     * @param evidence   the evidence of the fields it reads (absent when none was cited)
     * @param noEvidence the fields it reads that have no evidence (absent when there are none)
     */
    record Criterion(@JsonProperty("k") String key, @JsonProperty("t") String text, @JsonProperty("s") String status,
            @JsonProperty("p") BigDecimal pointsAwarded, @JsonProperty("o") List<Object> observed,
            @JsonProperty("i") Map<String, Object> inputs, @JsonProperty("e") String explanation,
            @JsonProperty("f") boolean fired, @JsonProperty("v") List<DecisionTrace.FieldEvidence> evidence,
            @JsonProperty("n") List<String> noEvidence) {
    }

    /** A firing's own value: how many results the rule gave (stored as t, r). */
    record Firing(@JsonProperty("t") String text, @JsonProperty("r") int results) {
    }

    /** What every decision of a title under one ruleset and generation shares. */
    record HeadText(String titleCode, String titleName, DecisionTrace.Generation generation, RulesetRef ruleset) {
    }

    /** The reasons of a verdict and the parameters it missed: the same for every decision that came out so. */
    record ReasonsText(List<String> reasons, List<String> missingParameters) {
    }

    /**
     * What every outcome of a criterion shares under one ruleset and parameter set.
     *
     * @param observedNames the machine names of the observed values, in the order of {@code observedLabels} (null
     *                      entries for labels without one); absent (null) in texts stored before names were recorded
     *                      and when no value has a name, so those texts keep their content and id
     */
    record CriterionText(String criterionId, Integer level, String name, BigDecimal maxPoints,
            List<String> observedLabels, String required, String ruleName, String resource, String legalSource,
            boolean unconfirmed, String note, List<DecisionTrace.Parameter> parameters, boolean informative,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> observedNames) {
    }

    /** What every firing of a rule shares. */
    record FiringText(String ruleName, String criterionId, String resource, List<String> facts,
            List<String> parameters) {
    }
}
