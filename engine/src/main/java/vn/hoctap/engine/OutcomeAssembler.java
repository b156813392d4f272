package vn.hoctap.engine;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoctap.engine.contract.KjarContract;
import vn.hoctap.engine.contract.KjarContract.ResultView;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationException;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.support.Records;
import vn.hoctap.engine.trace.ParameterUse;
import vn.hoctap.engine.trace.RuleFiring;
import vn.hoctap.engine.trace.TraceRecorder.Firing;

/**
 * Turns the firings of one session into one outcome per applicable criterion, including the criteria no rule judged
 * (reported as failed, or as not evaluated when a parameter they need has no value in force, with the inputs they
 * read), and into the rule-firing trace.
 */
final class OutcomeAssembler {

    private final KjarContract contract;
    private final CriterionCatalogue catalogue;
    private final List<Integer> generationLevels;
    private final InputSchema schema;
    /** For each criterion rule, the keys ({@code id} or {@code id@level}) and levels it judges. */
    private final Map<String, List<Judged>> judgedByRule = new java.util.HashMap<>();

    OutcomeAssembler(KjarContract contract, CriterionCatalogue catalogue, List<Integer> generationLevels,
            InputSchema schema) {
        this.contract = contract;
        this.catalogue = catalogue;
        this.generationLevels = generationLevels;
        this.schema = schema;
        for (CriterionDefinition definition : catalogue.entries()) {
            for (String ruleName : definition.rules()) {
                RuleMeta meta = catalogue.rule(ruleName);
                List<Judged> judged = judgedByRule.computeIfAbsent(ruleName, name -> new ArrayList<>());
                if (meta != null && judged.isEmpty()) {
                    for (Integer level : CriterionCatalogue.levelsOf(meta, generationLevels)) {
                        judged.add(new Judged(level, CriterionCatalogue.key(meta.criterionId(), level)));
                    }
                }
            }
        }
    }

    /** One criterion key a rule judges, at one level. */
    private record Judged(Integer level, String key) {
    }

    List<CriterionOutcome> outcomes(List<Firing> firings, List<CriterionDefinition> applicable, Object fact,
            ParameterSet parameters) {
        Map<String, CriterionOutcome> judged = new java.util.HashMap<>();
        Map<String, CriterionDefinition> byKey = new java.util.HashMap<>();
        for (CriterionDefinition definition : applicable) {
            byKey.put(definition.key(), definition);
        }
        for (Firing firing : firings) {
            RuleMeta meta = catalogue.rule(firing.rule().getName());
            boolean criterion = meta != null && meta.isCriterion();
            if (!criterion && firing.results().isEmpty()) {
                continue;
            }
            if (!criterion || firing.results().size() != 1) {
                throw new EvaluationException("rule \"" + firing.rule().getName()
                        + "\" must insert exactly one criterion result and carry @criterionId");
            }
            ResultView result = contract.readResult(firing.results().get(0));
            List<ParameterUse> used = parametersMatched(firing, parameters);
            for (Judged target : judgedByRule.getOrDefault(meta.ruleName(), List.of())) {
                Integer level = target.level();
                String key = target.key();
                CriterionDefinition definition = byKey.get(key);
                if (definition == null) {
                    continue;
                }
                CriterionOutcome previous = judged.put(key, fired(definition, meta, level, result, used, fact));
                if (previous != null) {
                    throw new EvaluationException("criterion " + key + " judged twice, by \"" + previous.ruleName()
                            + "\" and \"" + meta.ruleName() + "\"");
                }
            }
        }
        List<CriterionOutcome> outcomes = new ArrayList<>();
        for (CriterionDefinition definition : applicable) {
            CriterionOutcome outcome = judged.get(definition.key());
            outcomes.add(outcome != null ? outcome : notFired(definition, fact, parameters));
        }
        return outcomes;
    }

    List<RuleFiring> trace(List<Firing> firings) {
        List<RuleFiring> trace = new ArrayList<>();
        for (Firing firing : firings) {
            RuleMeta meta = catalogue.rule(firing.rule().getName());
            List<String> facts = firing.matched().stream().filter(Objects::nonNull)
                    .map(object -> object.getClass().getSimpleName()).toList();
            List<String> parameters = firing.matched().stream().filter(contract::isParameter)
                    .map(contract::parameterName).toList();
            trace.add(new RuleFiring(firing.rule().getName(), meta == null ? null : meta.criterionId(),
                    meta == null ? null : meta.resource(), facts, parameters, firing.results().size()));
        }
        return trace;
    }

    private CriterionOutcome fired(CriterionDefinition definition, RuleMeta meta, Integer level, ResultView result,
            List<ParameterUse> used, Object fact) {
        CriterionStatus status;
        try {
            status = CriterionStatus.valueOf(result.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EvaluationException("rule \"" + meta.ruleName() + "\" reported the unknown status " + result.status());
        }
        BigDecimal points = result.points();
        if (points != null && meta.maxPoints() != null && points.compareTo(meta.maxPoints()) > 0) {
            throw new EvaluationException("rule \"" + meta.ruleName() + "\" awarded " + points + " points, more than "
                    + "its @maxPoints " + meta.maxPoints());
        }
        return new CriterionOutcome(meta.criterionId(), level, meta.wording(), status, points, meta.maxPoints(),
                plain(result.observed()), inputs(definition.inputs(), fact), result.required(), result.explanation(),
                meta.ruleName(), meta.resource(), meta.source(), meta.unconfirmed(), meta.note(), used, true,
                meta.informative());
    }

    private CriterionOutcome notFired(CriterionDefinition definition, Object fact, ParameterSet parameters) {
        List<String> missing = definition.parameters().stream()
                .filter(name -> !parameters.values().containsKey(name)).toList();
        Map<String, Object> inputs = inputs(definition.inputs(), fact);
        List<String> absent = definition.inputs().stream().filter(name -> inputs.containsKey(name) && inputs.get(name) == null)
                .map(name -> schema.field(name).map(field -> field.label() + " (" + name + ")").orElse(name)).toList();
        CriterionStatus status = missing.isEmpty() && absent.isEmpty() ? CriterionStatus.FAILED
                : CriterionStatus.NOT_EVALUATED;
        String explanation = !missing.isEmpty()
                ? "Chưa đánh giá được: tham số " + String.join(", ", missing)
                        + " không có giá trị hiệu lực vào ngày tham chiếu"
                : !absent.isEmpty() ? "Chưa đánh giá được: chưa khai báo " + String.join(", ", absent)
                : "Không quy tắc nào của chỉ tiêu được kích hoạt: điều kiện của quy tắc không thỏa mãn với dữ liệu đã nộp";
        List<ParameterUse> inForce = definition.parameters().stream().map(parameters.values()::get)
                .filter(Objects::nonNull).map(ParameterUse::of).toList();
        return new CriterionOutcome(definition.criterionId(), definition.level(), definition.name(), status,
                definition.maxPoints() == null ? null : BigDecimal.ZERO, definition.maxPoints(), Map.of(),
                inputs, "", explanation, definition.rules().get(0), definition.resource(),
                definition.legalSource(), definition.unconfirmed(), definition.note(), inForce, false,
                definition.informative());
    }

    private List<ParameterUse> parametersMatched(Firing firing, ParameterSet parameters) {
        List<ParameterUse> used = new ArrayList<>();
        for (Object object : firing.matched()) {
            if (object != null && contract.isParameter(object)) {
                ResolvedParameter value = parameters.values().get(contract.parameterName(object));
                if (value != null) {
                    used.add(ParameterUse.of(value));
                }
            }
        }
        return used;
    }

    /** The submitted values of the named input components; lists are summarised by their size. */
    static Map<String, Object> inputs(List<String> names, Object fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        Records record = Records.of(fact.getClass());
        List<RecordComponent> components = record.components();
        for (int i = 0; i < components.size(); i++) {
            if (names.contains(components.get(i).getName())) {
                values.put(components.get(i).getName(), plainValue(record.read(i, fact)));
            }
        }
        return values;
    }

    private static Map<String, Object> plain(Map<String, Object> observed) {
        Map<String, Object> values = new LinkedHashMap<>();
        observed.forEach((key, value) -> values.put(key, plainValue(value)));
        return values;
    }

    private static Object plainValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            return list.size();
        }
        return value.toString();
    }
}
