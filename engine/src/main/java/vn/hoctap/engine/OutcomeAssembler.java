package vn.hoctap.engine;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * read), and into the rule-firing trace. What does not depend on the subject is worked out once: per rule its
 * metadata, DRL location and the criterion keys it judges; per province the applicable criteria, where each rule's
 * outcome goes among them and which input components each one reads. Thread-safe.
 */
final class OutcomeAssembler {

    private final KjarContract contract;
    private final CriterionCatalogue catalogue;
    private final InputSchema schema;
    private final Records record;
    private final List<Integer> generationLevels;
    /** Per rule name: its metadata and the keys ({@code id} or {@code id@level}) and levels it judges. */
    private final Map<String, RulePlan> rules = new ConcurrentHashMap<>();
    /** Per province code ("" for none): the applicable criteria, laid out for one evaluation. */
    private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

    OutcomeAssembler(KjarContract contract, CriterionCatalogue catalogue, List<Integer> generationLevels,
            InputSchema schema, Class<?> inputType) {
        this.contract = contract;
        this.catalogue = catalogue;
        this.schema = schema;
        this.record = Records.of(inputType);
        this.generationLevels = generationLevels;
        for (CriterionDefinition definition : catalogue.entries()) {
            for (String ruleName : definition.rules()) {
                plan(ruleName);
            }
        }
    }

    private static final int[] NO_TARGETS = {};

    private RulePlan plan(String ruleName) {
        return rules.computeIfAbsent(ruleName, name -> RulePlan.of(catalogue.rule(name), generationLevels));
    }

    /** One criterion key a rule judges, at one level. */
    private record Judged(Integer level, String key) {
    }

    /** What a rule contributes, known before any evaluation. */
    private static final class RulePlan {

        private final RuleMeta meta;
        private final String resource;
        private final List<Judged> judged;
        /** The last trace entry built for this rule and what it was built from, reused while they are the same. */
        private volatile CachedFiring cached;

        private RulePlan(RuleMeta meta, List<Judged> judged) {
            this.meta = meta;
            this.resource = meta == null ? null : meta.resource();
            this.judged = judged;
        }

        static RulePlan of(RuleMeta meta, List<Integer> generationLevels) {
            List<Judged> judged = new ArrayList<>();
            if (meta != null) {
                for (Integer level : CriterionCatalogue.levelsOf(meta, generationLevels)) {
                    judged.add(new Judged(level, CriterionCatalogue.key(meta.criterionId(), level)));
                }
            }
            return new RulePlan(meta, List.copyOf(judged));
        }
    }

    /** A trace entry and the matched objects' identities (parameter facts, other facts by class) it describes. */
    private record CachedFiring(Object[] identities, int results, RuleFiring firing) {
    }

    /** The criteria applicable to a province, with their input components and where each rule's outcome goes. */
    private static final class Layout {

        private final CriterionDefinition[] definitions;
        private final int[][] inputComponents;
        private final Map<String, int[]> targetsByRule = new HashMap<>();
        private final boolean[] componentsRead;

        Layout(List<CriterionDefinition> applicable, Map<String, RulePlan> rules, Records record) {
            definitions = applicable.toArray(CriterionDefinition[]::new);
            List<RecordComponent> components = record.components();
            inputComponents = new int[definitions.length][];
            componentsRead = new boolean[components.size()];
            Map<String, Integer> indexByKey = new HashMap<>();
            for (int d = 0; d < definitions.length; d++) {
                indexByKey.put(definitions[d].key(), d);
                List<String> names = definitions[d].inputs();
                int[] indices = new int[components.size()];
                int count = 0;
                for (int c = 0; c < components.size(); c++) {
                    if (names.contains(components.get(c).getName())) {
                        indices[count++] = c;
                        componentsRead[c] = true;
                    }
                }
                inputComponents[d] = Arrays.copyOf(indices, count);
            }
            rules.forEach((name, plan) -> {
                int[] targets = new int[plan.judged.size()];
                for (int j = 0; j < targets.length; j++) {
                    targets[j] = indexByKey.getOrDefault(plan.judged.get(j).key(), -1);
                }
                targetsByRule.put(name, targets);
            });
        }
    }

    List<CriterionOutcome> outcomes(List<Firing> firings, String provinceCode, Object fact, ParameterSet parameters) {
        Layout layout = layouts.computeIfAbsent(provinceCode == null ? "" : provinceCode,
                code -> new Layout(catalogue.entriesFor(provinceCode), rules, record));
        Object[] inputValues = readInputs(layout, fact);
        CriterionOutcome[] judged = new CriterionOutcome[layout.definitions.length];
        for (Firing firing : firings) {
            String ruleName = firing.rule().getName();
            RulePlan plan = plan(ruleName);
            RuleMeta meta = plan.meta;
            boolean criterion = meta != null && meta.isCriterion();
            if (!criterion && firing.results().isEmpty()) {
                continue;
            }
            if (!criterion || firing.results().size() != 1) {
                throw new EvaluationException("rule \"" + ruleName
                        + "\" must insert exactly one criterion result and carry @criterionId");
            }
            int[] targets = layout.targetsByRule.getOrDefault(ruleName, NO_TARGETS);
            ResultView result = contract.readResult(firing.results().get(0));
            List<ParameterUse> used = parametersMatched(firing, parameters);
            for (int j = 0; j < targets.length; j++) {
                int index = targets[j];
                if (index < 0) {
                    continue;
                }
                CriterionOutcome previous = judged[index];
                judged[index] = fired(meta, plan.judged.get(j).level(), result, used,
                        inputs(layout, index, inputValues));
                if (previous != null) {
                    throw new EvaluationException("criterion " + plan.judged.get(j).key() + " judged twice, by \""
                            + previous.ruleName() + "\" and \"" + meta.ruleName() + "\"");
                }
            }
        }
        List<CriterionOutcome> outcomes = new ArrayList<>(judged.length);
        for (int d = 0; d < judged.length; d++) {
            outcomes.add(judged[d] != null ? judged[d]
                    : notFired(layout.definitions[d], inputs(layout, d, inputValues), parameters));
        }
        return outcomes;
    }

    List<RuleFiring> trace(List<Firing> firings) {
        List<RuleFiring> trace = new ArrayList<>(firings.size());
        for (Firing firing : firings) {
            trace.add(traced(firing));
        }
        return trace;
    }

    private RuleFiring traced(Firing firing) {
        String ruleName = firing.rule().getName();
        RulePlan plan = plan(ruleName);
        List<Object> matched = firing.matched();
        Object[] identities = new Object[matched.size()];
        for (int i = 0; i < identities.length; i++) {
            Object object = matched.get(i);
            identities[i] = object == null ? null : contract.isParameter(object) ? object : object.getClass();
        }
        CachedFiring cached = plan.cached;
        if (cached != null && cached.results() == firing.results().size()
                && Arrays.equals(cached.identities(), identities)) {
            return cached.firing();
        }
        RuleMeta meta = plan.meta;
        List<String> facts = new ArrayList<>(matched.size());
        List<String> parameterNames = new ArrayList<>();
        for (Object object : matched) {
            if (object != null) {
                facts.add(object.getClass().getSimpleName());
                if (contract.isParameter(object)) {
                    parameterNames.add(contract.parameterName(object));
                }
            }
        }
        RuleFiring traced = new RuleFiring(ruleName, meta == null ? null : meta.criterionId(),
                plan.resource, facts, parameterNames,
                firing.results().size());
        plan.cached = new CachedFiring(identities, firing.results().size(), traced);
        return traced;
    }

    private CriterionOutcome fired(RuleMeta meta, Integer level, ResultView result, List<ParameterUse> used,
            Map<String, Object> inputs) {
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
                plain(result.observed()), inputs, result.required(), result.explanation(),
                meta.ruleName(), meta.resource(), meta.source(), meta.unconfirmed(), meta.note(), used, true,
                meta.informative(), List.of(), names(result));
    }

    private CriterionOutcome notFired(CriterionDefinition definition, Map<String, Object> inputs,
            ParameterSet parameters) {
        List<String> missing = new ArrayList<>();
        List<ParameterUse> inForce = new ArrayList<>();
        for (String name : definition.parameters()) {
            ParameterUse use = parameters.use(name);
            if (use == null) {
                missing.add(name);
            } else {
                inForce.add(use);
            }
        }
        List<String> absent = new ArrayList<>();
        for (String name : definition.inputs()) {
            if (inputs.containsKey(name) && inputs.get(name) == null) {
                absent.add(schema.field(name).map(field -> field.label() + " (" + name + ")").orElse(name));
            }
        }
        CriterionStatus status = missing.isEmpty() && absent.isEmpty() ? CriterionStatus.FAILED
                : CriterionStatus.NOT_EVALUATED;
        String explanation = !missing.isEmpty()
                ? "Chưa đánh giá được: tham số " + String.join(", ", missing)
                        + " không có giá trị hiệu lực vào ngày tham chiếu"
                : !absent.isEmpty() ? "Chưa đánh giá được: chưa khai báo " + String.join(", ", absent)
                : "Không quy tắc nào của chỉ tiêu được kích hoạt: điều kiện của quy tắc không thỏa mãn với dữ liệu đã nộp";
        return new CriterionOutcome(definition.criterionId(), definition.level(), definition.name(), status,
                definition.maxPoints() == null ? null : BigDecimal.ZERO, definition.maxPoints(), Map.of(),
                inputs, "", explanation, definition.rules().get(0), definition.resource(),
                definition.legalSource(), definition.unconfirmed(), definition.note(), inForce, false,
                definition.informative());
    }

    private List<ParameterUse> parametersMatched(Firing firing, ParameterSet parameters) {
        List<ParameterUse> used = new ArrayList<>();
        for (Object object : firing.matched()) {
            if (object == null) {
                continue;
            }
            ResolvedParameter own = parameters.valueOf(object);
            ParameterUse use = own != null ? parameters.use(own.name())
                    : contract.isParameter(object) ? parameters.use(contract.parameterName(object)) : null;
            if (use != null) {
                used.add(use);
            }
        }
        return used;
    }

    /** The components any applicable criterion reads, as plain values, read once per evaluation. */
    private Object[] readInputs(Layout layout, Object fact) {
        Object[] values = new Object[layout.componentsRead.length];
        for (int c = 0; c < values.length; c++) {
            if (layout.componentsRead[c]) {
                values[c] = plainValue(record.read(c, fact));
            }
        }
        return values;
    }

    /** The submitted values of the input components criterion {@code index} reads; lists by their size. */
    private Map<String, Object> inputs(Layout layout, int index, Object[] inputValues) {
        int[] components = layout.inputComponents[index];
        Map<String, Object> values = new LinkedHashMap<>(Math.max(4, components.length * 2));
        List<RecordComponent> all = record.components();
        for (int c : components) {
            values.put(all.get(c).getName(), inputValues[c]);
        }
        return values;
    }

    /** The machine names the rule gave its observed values, by label (only labels it observed). */
    private static Map<String, String> names(ResultView result) {
        Map<String, String> names = new LinkedHashMap<>(Math.max(4, result.observed().size() * 2));
        for (String label : result.observed().keySet()) {
            String name = result.observedNames().get(label);
            if (name != null) {
                names.put(label, name);
            }
        }
        return names;
    }

    private static Map<String, Object> plain(Map<String, Object> observed) {
        Map<String, Object> values = new LinkedHashMap<>(Math.max(4, observed.size() * 2));
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
