package vn.hoctap.api.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.trace.ParameterUse;
import vn.hoctap.engine.trace.RuleFiring;

/**
 * Diễn giải quyết định — the whole trace of a decision as the API shows it ({@code result} of
 * {@code GET /api/v1/decisions/{id}}): the generation of the law applied, the ruleset, the verdict, every criterion
 * (met or not) with observed values, requirement, parameters with effective date and source, rule, DRL resource and
 * legal citation, and the rule firings. The api's own shape: the engine's records are mapped here field by field, so
 * renaming an engine field changes neither what is answered nor what is stored ({@link StoredTrace}).
 */
public record DecisionTrace(String subjectId, String titleCode, String titleName, Generation generation,
        LocalDate referenceDate, int assessmentYear, String provinceCode, RulesetRef ruleset, Verdict verdict,
        List<Criterion> criteria, List<Firing> trace) {

    /** The generation (văn bản) of the law applied. */
    public record Generation(String id, String document, String documentTitle, String issuer, LocalDate issuedOn,
            LocalDate effectiveFrom, LocalDate effectiveTo, String decisionMethod, List<String> notes) {
    }

    /** Kết quả: outcome, level or rank, points, reasons, and the end of validity. */
    public record Verdict(String outcome, Integer level, String levelCode, String levelLabel, String rankCode,
            String rankLabel, BigDecimal totalPoints, BigDecimal maxPoints, List<String> reasons,
            List<String> missingParameters, boolean restsOnUnconfirmed, LocalDate validUntil) {
    }

    /** One criterion (tiêu chí / chỉ tiêu) at one level, met or not. */
    public record Criterion(String criterionId, Integer level, String name, String status, BigDecimal pointsAwarded,
            BigDecimal maxPoints, List<Observed> observed, Map<String, Object> inputs, String required,
            String explanation, String ruleName, String resource, String legalSource, boolean unconfirmed,
            String note, List<Parameter> parameters, boolean fired, boolean informative, List<FieldEvidence> evidence,
            List<String> noEvidence) {

        /** {@code id@level}, or the id alone: the key scenarios and impact reports use. */
        public String key() {
            return level == null ? criterionId : criterionId + "@" + level;
        }
    }

    /**
     * Minh chứng of one input field a criterion reads, as the assessment cited it: the files (with their SHA-256, the
     * evidence id) and the documents referred to, or {@code none = true} when the dossier has no suitable evidence.
     */
    public record FieldEvidence(String field, List<EvidenceFile> files, List<Reference> references, Boolean none) {
    }

    /** An evidence file cited, as stored when the decision was taken. */
    public record EvidenceFile(String id, String name, String contentType, long size, String sha256) {
    }

    /** A document referred to as evidence: its number, date, issuer and a note. */
    public record Reference(String number, LocalDate date, String issuer, String note) {
    }

    /**
     * A value a rule derived: its stable machine name (camelCase English — the input field's name when the value is
     * an input, e.g. {@code citizens}, or a named constant when it is computed, e.g. {@code learningCitizenRate}),
     * its Vietnamese label and the value. {@code name} is null (absent from the JSON) for a ruleset that gives no
     * names and for decisions stored before names were recorded.
     */
    public record Observed(String name, String label, Object value) {
    }

    /** A parameter value a rule read, with its effective date and legal source. */
    public record Parameter(String name, String label, Object value, String display, String unit,
            LocalDate effectiveFrom, String source, String scope, boolean unconfirmed, String note) {
    }

    /** A rule that fired: the facts and parameters it matched and how many results it gave. */
    public record Firing(String ruleName, String criterionId, String resource, List<String> facts,
            List<String> parameters, int results) {
    }

    /** The trace of an evaluation that cites no evidence. */
    public static DecisionTrace of(EvaluationResult result) {
        return of(result, Map.of());
    }

    /**
     * The trace of an evaluation; each criterion lists the evidence of the input fields it reads, from
     * {@code evidence} (by field name).
     */
    public static DecisionTrace of(EvaluationResult result, Map<String, FieldEvidence> evidence) {
        vn.hoctap.engine.evaluation.AppliedGeneration applied = result.generation();
        vn.hoctap.engine.evaluation.Verdict verdict = result.verdict();
        List<Criterion> criteria = new ArrayList<>(result.criteria().size());
        result.criteria().forEach(outcome -> criteria.add(criterion(outcome, evidence)));
        List<Firing> firings = new ArrayList<>(result.trace().size());
        for (RuleFiring firing : result.trace()) {
            firings.add(new Firing(firing.ruleName(), firing.criterionId(), firing.resource(), firing.facts(),
                    firing.parameters(), firing.results()));
        }
        return new DecisionTrace(result.subjectId(), result.titleCode(), result.titleName(),
                new Generation(applied.id(), applied.document(), applied.documentTitle(), applied.issuer(),
                        applied.issuedOn(), applied.effectiveFrom(), applied.effectiveTo(), applied.decisionMethod(),
                        applied.notes()),
                result.referenceDate(), result.assessmentYear(), result.provinceCode(), RulesetRef.of(result.ruleset()),
                new Verdict(verdict.outcome().name(), verdict.level(), verdict.levelCode(), verdict.levelLabel(),
                        verdict.rankCode(), verdict.rankLabel(), verdict.totalPoints(), verdict.maxPoints(),
                        verdict.reasons(), verdict.missingParameters(), verdict.restsOnUnconfirmed(),
                        verdict.validUntil()),
                criteria, firings);
    }

    private static Criterion criterion(CriterionOutcome outcome, Map<String, FieldEvidence> evidence) {
        List<FieldEvidence> cited = new ArrayList<>();
        if (outcome.inputs() != null) {
            outcome.inputs().keySet().stream().map(evidence::get).filter(java.util.Objects::nonNull).forEach(cited::add);
        }
        List<Observed> observed = new ArrayList<>();
        if (outcome.observed() != null) {
            outcome.observed().forEach((label, value) -> observed.add(new Observed(outcome.observedName(label), label,
                    value)));
        }
        List<Parameter> parameters = new ArrayList<>(outcome.parameters().size());
        for (ParameterUse use : outcome.parameters()) {
            parameters.add(new Parameter(use.name(), use.label(), use.value(), use.display(), use.unit(),
                    use.effectiveFrom(), use.source(), use.scope(), use.unconfirmed(), use.note()));
        }
        return new Criterion(outcome.criterionId(), outcome.level(), outcome.name(), outcome.status().name(),
                outcome.pointsAwarded(), outcome.maxPoints(), outcome.observed() == null ? null : observed,
                outcome.inputs() == null ? null : new LinkedHashMap<>(outcome.inputs()), outcome.required(),
                outcome.explanation(), outcome.ruleName(), outcome.resource(), outcome.legalSource(),
                outcome.unconfirmed(), outcome.note(), parameters, outcome.fired(), outcome.informative(),
                cited.isEmpty() ? null : cited, outcome.noEvidence().isEmpty() ? null : outcome.noEvidence());
    }
}
