package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.schema.InputSchema;

/**
 * The criteria of one generation, read from the metadata of the rules in its knowledge base: one entry per criterion
 * and level, each naming every rule that may judge it. Immutable.
 */
final class CriterionCatalogue {

    private final Map<String, RuleMeta> rules;
    private final Map<String, CriterionDefinition> entries;
    /** {@link #entriesFor} by province code ("" for none): the same few provinces are asked for again and again. */
    private final Map<String, List<CriterionDefinition>> entriesByProvince = new java.util.concurrent.ConcurrentHashMap<>();

    private CriterionCatalogue(Map<String, RuleMeta> rules, Map<String, CriterionDefinition> entries) {
        this.rules = Map.copyOf(rules);
        this.entries = entries;
    }

    /** Reads the catalogue; inconsistencies (unknown levels or inputs) are added to {@code problems}. */
    static CriterionCatalogue read(KieBase kieBase, GenerationDefinition generation, InputSchema schema,
            DrlIndex index, List<RulesetProblem> problems) {
        List<Integer> generationLevels = generation.decision().levelNumbers();
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        Map<String, List<RuleMeta>> byKey = new LinkedHashMap<>();
        for (RuleMeta meta : rules(kieBase, index)) {
            rules.put(meta.ruleName(), meta);
            if (!meta.isCriterion()) {
                continue;
            }
            check(meta, generation, generationLevels, schema, problems);
            for (Integer level : levelsOf(meta, generationLevels)) {
                byKey.computeIfAbsent(key(meta.criterionId(), level), key -> new ArrayList<>()).add(meta);
            }
        }
        Map<String, CriterionDefinition> entries = new LinkedHashMap<>();
        byKey.keySet().stream().sorted(NaturalOrder.INSTANCE)
                .forEach(key -> entries.put(key, definition(byKey.get(key), key)));
        return new CriterionCatalogue(rules, entries);
    }

    /** Every criterion entry, in natural order of criterion id, then level. */
    List<CriterionDefinition> entries() {
        return List.copyOf(entries.values());
    }

    /** Entries that apply to a subject of {@code provinceCode}: national ones not replaced there, plus its own. */
    List<CriterionDefinition> entriesFor(String provinceCode) {
        return entriesByProvince.computeIfAbsent(provinceCode == null ? "" : provinceCode,
                code -> List.copyOf(applicable(provinceCode)));
    }

    private List<CriterionDefinition> applicable(String provinceCode) {
        Set<String> replaced = new LinkedHashSet<>();
        entries.values().stream().filter(entry -> entry.province() != null && entry.appliesTo(provinceCode))
                .forEach(entry -> replaced.addAll(entry.replaces()));
        return entries.values().stream().filter(entry -> entry.appliesTo(provinceCode))
                .filter(entry -> entry.province() != null || !replaced.contains(entry.criterionId())).toList();
    }

    /**
     * The names of every parameter the generation's rules can match, or empty when some rule reads parameters in a way
     * the DRL index cannot enumerate (then every parameter must be in the session).
     */
    java.util.Optional<Set<String>> parametersMatched() {
        Set<String> names = new java.util.HashSet<>();
        for (RuleMeta meta : rules.values()) {
            if (meta.location() == null || !meta.location().onlyNamedParameters()) {
                return java.util.Optional.empty();
            }
            names.addAll(meta.parameters());
        }
        return java.util.Optional.of(Set.copyOf(names));
    }

    RuleMeta rule(String ruleName) {
        return rules.get(ruleName);
    }

    /** The levels a rule judges: its own, or every level of the generation ({@code [null]} without levels). */
    static List<Integer> levelsOf(RuleMeta meta, List<Integer> generationLevels) {
        if (meta.levels() != null) {
            return meta.levels();
        }
        List<Integer> all = new ArrayList<>(generationLevels);
        if (all.isEmpty()) {
            all.add(null);
        }
        return all;
    }

    static String key(String criterionId, Integer level) {
        return level == null ? criterionId : criterionId + "@" + level;
    }

    private static CriterionDefinition definition(List<RuleMeta> metas, String key) {
        RuleMeta first = metas.get(0);
        Set<String> inputs = new LinkedHashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        metas.forEach(meta -> {
            inputs.addAll(meta.inputs());
            parameters.addAll(meta.parameters());
        });
        int at = key.indexOf('@');
        Integer level = at < 0 ? null : Integer.valueOf(key.substring(at + 1));
        return new CriterionDefinition(first.criterionId(), level, first.wording(),
                metas.stream().map(RuleMeta::ruleName).toList(), first.resource(), first.source(), first.maxPoints(),
                metas.stream().anyMatch(RuleMeta::unconfirmed), first.note(), List.copyOf(inputs),
                List.copyOf(parameters), first.informative(), first.province(), first.replaces());
    }

    private static void check(RuleMeta meta, GenerationDefinition generation, List<Integer> generationLevels,
            InputSchema schema, List<RulesetProblem> problems) {
        String file = meta.location() == null ? null : meta.location().file();
        int line = meta.location() == null ? 0 : meta.location().line();
        boolean tableRow = meta.location() != null && meta.location().isTableRow();
        String where = tableRow ? meta.location().cell() + ": " : "";
        if (meta.levels() != null && !generationLevels.containsAll(meta.levels())) {
            problems.add(new RulesetProblem(RulesetProblem.Kind.CONTRACT, file, line, "rule \"" + meta.ruleName()
                    + "\" judges levels " + meta.levels() + " but " + generation.id() + " has levels " + generationLevels));
        }
        for (String input : meta.inputs()) {
            if (schema.field(input).isEmpty()) {
                problems.add(new RulesetProblem(RulesetProblem.Kind.CONTRACT, file, line, where + "rule \""
                        + meta.ruleName() + "\" names input '" + input + "' which " + schema.typeName() + " does not have"));
            }
        }
        if (meta.source() == null && !tableRow) {
            problems.add(new RulesetProblem(RulesetProblem.Kind.CONTRACT, file, line,
                    "rule \"" + meta.ruleName() + "\" has no @source"));
        }
    }

    private static List<RuleMeta> rules(KieBase kieBase, DrlIndex index) {
        List<RuleMeta> metas = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                metas.add(RuleMeta.of(rule, index));
            }
        }
        return metas;
    }
}
