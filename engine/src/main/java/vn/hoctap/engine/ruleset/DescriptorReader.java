package vn.hoctap.engine.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoctap.engine.support.Yaml;

/** Reads and checks {@code hoctap/ruleset.yaml}; every defect becomes a {@link RulesetProblem}. */
public final class DescriptorReader {

    /** Path of the descriptor inside a kjar. */
    public static final String DESCRIPTOR = "hoctap/ruleset.yaml";

    private static final Set<String> ROOT_KEYS = Set.of("contractVersion", "name", "titles");
    private static final Set<String> TITLE_KEYS = Set.of("code", "exchangeCode", "officialName", "englishName",
            "subjectTier", "generations");
    private static final Set<String> GENERATION_KEYS = Set.of("id", "document", "documentTitle", "issuer", "issuedOn",
            "effectiveFrom", "effectiveTo", "kbase", "inputType", "decision", "notes", "rollups", "procedure");
    private static final Set<String> PROCEDURE_KEYS = Set.of("filingBy", "decidedBy", "decidedWithinWorkingDays");
    private static final Set<String> ROLLUP_KEYS = Set.of("field", "label", "measure", "of", "minLevel", "relation",
            "childTier", "validOn", "declarable", "denominator", "source", "note");
    private static final Set<String> DENOMINATOR_KEYS = Set.of("field", "from", "count");
    private static final Set<String> AREA_COUNTS = Set.of("households", "clans", "villages", "units", "members",
            "citizens");
    private static final Set<String> DECISION_KEYS = Set.of("method", "levels", "ranks", "failingRank",
            "requireNoFailedCriterion", "retentionYearsParameter", "undecidableReason");
    private static final Set<String> LEVEL_KEYS = Set.of("level", "code", "label");
    private static final Set<String> RANK_KEYS = Set.of("code", "label", "minPointsParameter");

    private final List<RulesetProblem> problems = new ArrayList<>();

    public RulesetDescriptor read(String yaml) {
        JsonNode root = Yaml.parse(yaml);
        try {
            Yaml.onlyKeys(root, "", ROOT_KEYS);
        } catch (Yaml.YamlException e) {
            problem(e.getMessage());
        }
        int contractVersion = root.path("contractVersion").asInt(0);
        if (contractVersion != RulesetDescriptor.CONTRACT_VERSION) {
            problem("contractVersion is " + contractVersion + "; this engine implements version "
                    + RulesetDescriptor.CONTRACT_VERSION);
        }
        List<TitleDefinition> titles = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode node : root.path("titles")) {
            try {
                TitleDefinition title = title(node);
                if (!codes.add(title.code())) {
                    problem("title " + title.code() + " is declared twice");
                }
                titles.add(title);
            } catch (Yaml.YamlException e) {
                problem("title " + node.path("code").asText("?") + ": " + e.getMessage());
            }
        }
        if (titles.isEmpty() && problems.isEmpty()) {
            problem("no titles declared");
        }
        return new RulesetDescriptor(contractVersion, Yaml.text(root, "name", ""), titles);
    }

    public List<RulesetProblem> problems() {
        return problems;
    }

    private TitleDefinition title(JsonNode node) {
        String code = Yaml.requiredText(node, "code");
        Yaml.onlyKeys(node, "", TITLE_KEYS);
        List<GenerationDefinition> generations = new ArrayList<>();
        for (JsonNode generation : node.path("generations")) {
            generations.add(generation(code, generation));
        }
        if (generations.isEmpty()) {
            throw new Yaml.YamlException("no generations of criteria");
        }
        generations.sort(Comparator.comparing(GenerationDefinition::effectiveFrom));
        checkPeriods(code, generations);
        return new TitleDefinition(code, Yaml.text(node, "exchangeCode", code), Yaml.requiredText(node, "officialName"),
                Yaml.text(node, "englishName", ""), Yaml.requiredText(node, "subjectTier"), generations);
    }

    private GenerationDefinition generation(String title, JsonNode node) {
        String id = Yaml.requiredText(node, "id");
        Yaml.onlyKeys(node, "generation " + id, GENERATION_KEYS);
        GenerationDefinition generation = new GenerationDefinition(id, Yaml.requiredText(node, "document"),
                Yaml.text(node, "documentTitle", ""), Yaml.text(node, "issuer", ""), Yaml.optionalDate(node, "issuedOn"),
                Yaml.requiredDate(node, "effectiveFrom"), Yaml.optionalDate(node, "effectiveTo"),
                Yaml.requiredText(node, "kbase"), Yaml.requiredText(node, "inputType"),
                decision(title + "/" + id, node.path("decision")), Yaml.texts(node, "notes"),
                rollups(title + "/" + id, node.path("rollups")), procedure(title + "/" + id, node.get("procedure")));
        if (generation.effectiveTo() != null && generation.effectiveTo().isBefore(generation.effectiveFrom())) {
            problem(title + "/" + id + ": effectiveTo is before effectiveFrom");
        }
        return generation;
    }

    private DecisionDefinition decision(String where, JsonNode node) {
        Yaml.onlyKeys(node, where + " decision", DECISION_KEYS);
        DecisionMethod method;
        try {
            method = DecisionMethod.valueOf(Yaml.requiredText(node, "method"));
        } catch (IllegalArgumentException e) {
            throw new Yaml.YamlException("decision.method must be one of LEVELS, POINTS");
        }
        List<LevelDefinition> levels = new ArrayList<>();
        for (JsonNode level : node.path("levels")) {
            Yaml.onlyKeys(level, where + " level", LEVEL_KEYS);
            levels.add(new LevelDefinition(level.path("level").asInt(), Yaml.requiredText(level, "code"),
                    Yaml.requiredText(level, "label")));
        }
        List<RankDefinition> ranks = new ArrayList<>();
        for (JsonNode rank : node.path("ranks")) {
            Yaml.onlyKeys(rank, where + " rank", RANK_KEYS);
            ranks.add(rank(rank));
        }
        JsonNode failing = node.get("failingRank");
        Yaml.onlyKeys(failing, where + " failingRank", Set.of("code", "label"));
        String undecidable = Yaml.text(node, "undecidableReason", null);
        if (method == DecisionMethod.LEVELS && levels.isEmpty()) {
            problem(where + ": decision method LEVELS needs at least one level");
        }
        if (method == DecisionMethod.POINTS && ranks.isEmpty() && undecidable == null) {
            problem(where + ": decision method POINTS needs at least one rank");
        }
        return new DecisionDefinition(method, levels, ranks,
                failing == null ? null : new RankDefinition(Yaml.requiredText(failing, "code"),
                        Yaml.requiredText(failing, "label"), null),
                Yaml.flag(node, "requireNoFailedCriterion"), Yaml.text(node, "retentionYearsParameter", null),
                undecidable);
    }

    private ProcedureDefinition procedure(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Yaml.onlyKeys(node, where + " procedure", PROCEDURE_KEYS);
        ProcedureDefinition procedure = new ProcedureDefinition(Yaml.text(node, "filingBy", null),
                Yaml.text(node, "decidedBy", null), Yaml.text(node, "decidedWithinWorkingDays", null));
        if (procedure.parameters().isEmpty()) {
            problem(where + " procedure: names no deadline (filingBy, decidedBy, decidedWithinWorkingDays)");
        }
        return procedure;
    }

    private List<RollupDefinition> rollups(String where, JsonNode nodes) {
        List<RollupDefinition> rollups = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (JsonNode node : nodes) {
            String field = Yaml.requiredText(node, "field");
            String at = where + " rollup " + field;
            Yaml.onlyKeys(node, at, ROLLUP_KEYS);
            if (!fields.add(field)) {
                problem(at + ": declared twice");
            }
            RollupDefinition.Measure measure = choice(RollupDefinition.Measure.class, node, "measure", at);
            RollupDefinition.Relation relation = choice(RollupDefinition.Relation.class, node, "relation", at);
            RollupDefinition.CountingDate validOn = node.hasNonNull("validOn")
                    ? choice(RollupDefinition.CountingDate.class, node, "validOn", at)
                    : RollupDefinition.CountingDate.END_OF_ASSESSMENT_YEAR;
            List<String> of = Yaml.texts(node, "of");
            if (of.isEmpty()) {
                problem(at + ": 'of' must name at least one title");
            }
            String childTier = Yaml.text(node, "childTier", null);
            if (relation == RollupDefinition.Relation.CHILD_AREAS && childTier == null) {
                problem(at + ": relation CHILD_AREAS needs childTier");
            }
            JsonNode denominator = node.get("denominator");
            Yaml.onlyKeys(denominator, at + " denominator", DENOMINATOR_KEYS);
            String denominatorField = denominator == null ? null : Yaml.requiredText(denominator, "field");
            RollupDefinition.Denominator from = denominator == null ? null
                    : choice(RollupDefinition.Denominator.class, denominator, "from", at + " denominator");
            String count = denominator == null ? null : Yaml.text(denominator, "count", null);
            if (from == RollupDefinition.Denominator.AREA_COUNT && (count == null || !AREA_COUNTS.contains(count))) {
                problem(at + ": denominator from AREA_COUNT needs count, one of " + AREA_COUNTS.stream().sorted().toList());
            }
            if (from == RollupDefinition.Denominator.CHILD_AREAS && childTier == null) {
                problem(at + ": denominator from CHILD_AREAS needs childTier");
            }
            if (measure == RollupDefinition.Measure.EARLIEST_DECISION_DATE && denominator != null) {
                problem(at + ": a date has no denominator");
            }
            rollups.add(new RollupDefinition(field, Yaml.requiredText(node, "label"), measure, of,
                    node.hasNonNull("minLevel") ? node.get("minLevel").asInt() : null, relation, childTier, validOn,
                    Yaml.flag(node, "declarable"), denominatorField, from, count, Yaml.requiredText(node, "source"),
                    Yaml.text(node, "note", null)));
        }
        return rollups;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, JsonNode node, String key, String where) {
        String value = Yaml.requiredText(node, key);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Yaml.YamlException(where + ": " + key + " must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ", got '" + value + "'");
        }
    }

    private static RankDefinition rank(JsonNode node) {
        return new RankDefinition(Yaml.requiredText(node, "code"), Yaml.requiredText(node, "label"),
                Yaml.requiredText(node, "minPointsParameter"));
    }

    private void checkPeriods(String title, List<GenerationDefinition> generations) {
        Set<String> ids = new HashSet<>();
        GenerationDefinition previous = null;
        for (GenerationDefinition generation : generations) {
            if (!ids.add(generation.id())) {
                problem(title + ": generation " + generation.id() + " is declared twice");
            }
            if (previous != null && (previous.effectiveTo() == null
                    || !previous.effectiveTo().isBefore(generation.effectiveFrom()))) {
                problem(title + ": generations " + previous.id() + " and " + generation.id() + " overlap in time");
            }
            previous = generation;
        }
    }

    private void problem(String message) {
        problems.add(new RulesetProblem(RulesetProblem.Kind.DESCRIPTOR, DESCRIPTOR, 0, message));
    }
}
