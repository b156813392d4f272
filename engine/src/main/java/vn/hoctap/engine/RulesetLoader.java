package vn.hoctap.engine;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoctap.engine.contract.KjarContract;
import vn.hoctap.engine.parameter.ParameterDefinition;
import vn.hoctap.engine.parameter.ParameterReader;
import vn.hoctap.engine.parameter.ParameterTable;
import vn.hoctap.engine.ruleset.DescriptorReader;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.ProcedureDefinition;
import vn.hoctap.engine.ruleset.RankDefinition;
import vn.hoctap.engine.ruleset.RollupDefinition;
import vn.hoctap.engine.ruleset.RulesetDescriptor;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetProblem.Kind;
import vn.hoctap.engine.ruleset.RulesetRejectedException;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.scenario.Scenario;
import vn.hoctap.engine.scenario.ScenarioReader;
import vn.hoctap.engine.schema.FieldSchema;
import vn.hoctap.engine.schema.FieldType;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.schema.SchemaReader;
import vn.hoctap.engine.support.Yaml;

/**
 * Loads a kjar and checks everything that can be checked without evaluating: DRL compilation, the descriptor, the
 * kjar contract, input records, rule metadata, parameter files and references, scenario files. Either a complete
 * {@link Ruleset} comes out or a {@link RulesetRejectedException} listing every problem; nothing half-loaded remains.
 */
final class RulesetLoader {

    private static final Logger log = LoggerFactory.getLogger(RulesetLoader.class);

    private final KieServices kie = KieServices.get();

    Ruleset load(RulesetSource source) {
        KjarContent content;
        try {
            content = source.read();
        } catch (UncheckedIOException e) {
            throw reject(source.description(), List.of(problem(Kind.DESCRIPTOR, null, e.getMessage())));
        }
        List<RulesetProblem> problems = new ArrayList<>();
        DescriptorReader descriptorReader = new DescriptorReader();
        RulesetDescriptor descriptor = content.text(KjarContent.DESCRIPTOR).map(text -> read(descriptorReader, text,
                problems)).orElse(null);
        problems.addAll(descriptorReader.problems());
        if (descriptor == null) {
            problems.add(problem(Kind.DESCRIPTOR, KjarContent.DESCRIPTOR, "missing: not a hoctap kjar"));
        }
        if (!problems.isEmpty()) {
            throw reject(source.description(), problems);
        }
        KieContainer container = null;
        ReleaseId releaseId = null;
        try {
            if (source.isClasspath()) {
                container = kie.newKieClasspathContainer(source.classLoader());
            } else {
                KieModule module = kie.getRepository().addKieModule(kie.getResources().newByteArrayResource(source.archive()));
                releaseId = module.getReleaseId();
                container = kie.newKieContainer(releaseId);
            }
            Ruleset ruleset = assemble(source, content, descriptor, container, releaseId, problems);
            if (problems.isEmpty()) {
                log.info("Loaded ruleset {} from {}", ruleset.id(), source.description());
                return ruleset;
            }
        } catch (RuntimeException e) {
            problems.add(problem(Kind.COMPILATION, null, "the kjar could not be built: " + e.getMessage()));
        }
        discard(container, releaseId);
        throw reject(source.description(), problems);
    }

    private Ruleset assemble(RulesetSource source, KjarContent content, RulesetDescriptor descriptor,
            KieContainer container, ReleaseId releaseId, List<RulesetProblem> problems) {
        DecisionTables tables = DecisionTables.read(content);
        problems.addAll(tables.problems());
        problems.addAll(tables.check((packageName, type) -> patternType(container, descriptor, packageName, type)));
        container.verify().getMessages(Message.Level.ERROR).forEach(message -> problems.add(
                message.getPath() != null && DecisionTables.isTable(message.getPath())
                        ? tables.locate(message.getPath(), message.getLine(), message.getText())
                        : new RulesetProblem(Kind.COMPILATION, message.getPath(), message.getLine(), message.getText())));
        if (!problems.isEmpty()) {
            return null;
        }
        KjarContract contract;
        try {
            contract = KjarContract.bind(container.getClassLoader());
        } catch (ReflectiveOperationException e) {
            problems.add(problem(Kind.CONTRACT, null, "kjar contract classes missing or different: " + e));
            return null;
        }
        ParameterTable parameters = parameters(content, problems);
        DrlIndex index = new DrlIndex(content, tables);
        Map<String, GenerationRuntime> runtimes = new LinkedHashMap<>();
        for (TitleDefinition title : descriptor.titles()) {
            for (GenerationDefinition generation : title.generations()) {
                GenerationRuntime runtime = runtime(container, contract, title, generation, index, problems);
                if (runtime != null) {
                    checkParameters(runtime, parameters, problems);
                    checkRollups(runtime, descriptor, problems);
                    runtimes.put(title.code() + "/" + generation.id(), runtime);
                }
            }
        }
        List<Scenario> scenarios = scenarios(content, problems);
        RulesetId id = id(content, releaseId, source);
        return new Ruleset(id, descriptor, container, contract, runtimes, parameters, scenarios, releaseId != null, content);
    }

    private GenerationRuntime runtime(KieContainer container, KjarContract contract, TitleDefinition title,
            GenerationDefinition generation, DrlIndex index, List<RulesetProblem> problems) {
        String where = title.code() + "/" + generation.id();
        KieBase kieBase;
        Class<?> inputType;
        try {
            kieBase = container.getKieBase(generation.kbase());
        } catch (RuntimeException e) {
            problems.add(problem(Kind.CONTRACT, "META-INF/kmodule.xml", where + ": no knowledge base '"
                    + generation.kbase() + "'"));
            return null;
        }
        try {
            inputType = container.getClassLoader().loadClass(generation.inputType());
        } catch (ClassNotFoundException e) {
            problems.add(problem(Kind.CONTRACT, KjarContent.DESCRIPTOR, where + ": input type "
                    + generation.inputType() + " not found"));
            return null;
        }
        SchemaReader schemaReader = new SchemaReader(contract);
        InputSchema schema = schemaReader.read(title.code(), generation.id(), inputType);
        schemaReader.problems().forEach(message -> problems.add(problem(Kind.CONTRACT, null, where + ": " + message)));
        CriterionCatalogue catalogue = CriterionCatalogue.read(kieBase, generation, schema, index, problems);
        return new GenerationRuntime(title, generation, kieBase, inputType, schema, catalogue, contract);
    }

    /**
     * The class a decision table's pattern names, for checking the fields its conditions name: an input record of a
     * generation (by simple name in the table's package, or by full name) or the contract's Context. Empty for any
     * other type, which KIE's compilation judges.
     */
    private static Optional<Class<?>> patternType(KieContainer container, RulesetDescriptor descriptor,
            String packageName, String type) {
        List<String> candidates = new ArrayList<>();
        descriptor.titles().forEach(title -> title.generations().forEach(generation -> candidates.add(
                generation.inputType())));
        candidates.add("vn.hoctap.rules.common.Context");
        for (String candidate : candidates) {
            String simple = candidate.substring(candidate.lastIndexOf('.') + 1);
            String candidatePackage = candidate.lastIndexOf('.') < 0 ? "" : candidate.substring(0,
                    candidate.lastIndexOf('.'));
            boolean named = type.equals(candidate) || type.equals(simple) && (candidatePackage.equals(packageName)
                    || simple.equals("Context"));
            if (named) {
                try {
                    return Optional.of(container.getClassLoader().loadClass(candidate));
                } catch (ClassNotFoundException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A roll-up fills an optional field of the generation's input record (null reaches the rules when nothing can be
     * counted): a whole number for a count, a date for a decision date; its denominator is a whole number; the titles
     * it counts exist, and a minimum level is one of their levels.
     */
    private static void checkRollups(GenerationRuntime runtime, RulesetDescriptor descriptor,
            List<RulesetProblem> problems) {
        String where = runtime.title().code() + "/" + runtime.generation().id() + " rollup ";
        for (RollupDefinition rollup : runtime.generation().rollups()) {
            Optional<FieldSchema> field = runtime.schema().field(rollup.field());
            FieldType wanted = rollup.measure()
                    == RollupDefinition.Measure.COUNT
                    ? FieldType.INTEGER : FieldType.DATE;
            if (field.isEmpty()) {
                problems.add(problem(Kind.CONTRACT, null, where + rollup.field() + ": the input record has no such field"));
            } else if (field.get().type() != wanted || field.get().required()) {
                problems.add(problem(Kind.CONTRACT, null, where + rollup.field() + ": must be an optional " + wanted
                        + " field (a reference type such as Long or LocalDate), is " + (field.get().required()
                        ? "required " : "") + field.get().type()));
            }
            if (rollup.denominatorField() != null && runtime.schema().field(rollup.denominatorField())
                    .filter(whole -> whole.type() == FieldType.INTEGER).isEmpty()) {
                problems.add(problem(Kind.CONTRACT, null, where + rollup.field() + ": denominator "
                        + rollup.denominatorField() + " must be an INTEGER field of the input record"));
            }
            for (String code : rollup.of()) {
                Optional<TitleDefinition> counted = descriptor.titles().stream()
                        .filter(title -> title.code().equals(code)).findFirst();
                if (counted.isEmpty()) {
                    problems.add(problem(Kind.CONTRACT, null, where + rollup.field() + ": counts unknown title " + code));
                } else if (rollup.minLevel() != null && counted.get().generations().stream()
                        .noneMatch(g -> g.decision().levelNumbers().contains(rollup.minLevel()))) {
                    problems.add(problem(Kind.CONTRACT, null, where + rollup.field() + ": no generation of " + code
                            + " has level " + rollup.minLevel()));
                }
            }
        }
    }

    private static void checkParameters(GenerationRuntime runtime, ParameterTable parameters,
            List<RulesetProblem> problems) {
        Set<String> needed = new HashSet<>();
        runtime.criteria().forEach(criterion -> needed.addAll(criterion.parameters()));
        runtime.generation().decision().ranks().stream().map(RankDefinition::minPointsParameter).forEach(needed::add);
        String retention = runtime.generation().decision().retentionYearsParameter();
        if (retention != null) {
            needed.add(retention);
        }
        needed.stream().filter(name -> parameters.definition(name).isEmpty()).sorted()
                .forEach(name -> problems.add(problem(Kind.PARAMETER, null, runtime.title().code() + "/"
                        + runtime.generation().id() + " reads parameter '" + name + "' which no parameter file defines")));
        Set<String> numeric = new HashSet<>();
        runtime.generation().decision().ranks().stream().map(RankDefinition::minPointsParameter).forEach(numeric::add);
        if (retention != null) {
            numeric.add(retention);
        }
        numeric.stream().map(parameters::definition).flatMap(java.util.Optional::stream)
                .filter(definition -> !definition.allNumeric()).forEach(definition -> problems.add(problem(Kind.PARAMETER,
                        definition.file(), "decision parameter " + definition.name() + " must hold numbers (or no value)")));
        checkProcedure(runtime, parameters, problems);
    }

    /** The deadline parameters exist, have the unit their role needs, and every value reads as that unit. */
    private static void checkProcedure(GenerationRuntime runtime, ParameterTable parameters,
            List<RulesetProblem> problems) {
        ProcedureDefinition procedure = runtime.generation().procedure();
        if (procedure == null) {
            return;
        }
        String where = runtime.title().code() + "/" + runtime.generation().id() + " procedure";
        Map<String, String> units = new LinkedHashMap<>();
        if (procedure.filingByParameter() != null) {
            units.put(procedure.filingByParameter(), ProcedureDefinition.DAY_MONTH);
        }
        if (procedure.decidedByParameter() != null) {
            units.put(procedure.decidedByParameter(), ProcedureDefinition.DAY_MONTH);
        }
        if (procedure.decidedWithinWorkingDaysParameter() != null) {
            units.put(procedure.decidedWithinWorkingDaysParameter(), ProcedureDefinition.WORKING_DAYS);
        }
        units.forEach((name, unit) -> {
            java.util.Optional<ParameterDefinition> definition = parameters.definition(name);
            if (definition.isEmpty()) {
                problems.add(problem(Kind.PARAMETER, null, where + " reads parameter '" + name
                        + "' which no parameter file defines"));
                return;
            }
            if (!unit.equals(definition.get().unit())) {
                problems.add(problem(Kind.PARAMETER, definition.get().file(), "deadline parameter " + name
                        + " must have unit " + unit + ", has " + definition.get().unit()));
                return;
            }
            java.util.stream.Stream.concat(definition.get().values().stream(),
                    definition.get().provinces().values().stream().flatMap(List::stream))
                    .filter(value -> value.value() != null)
                    .filter(value -> unit.equals(ProcedureDefinition.DAY_MONTH)
                            ? ProcedureCalendar.dayMonth(value.value()).isEmpty()
                            : !(value.value() instanceof java.math.BigDecimal days) || days.signum() <= 0)
                    .forEach(value -> problems.add(problem(Kind.PARAMETER, definition.get().file(), "deadline parameter "
                            + name + " from " + value.from() + " holds " + value.value() + "; expected "
                            + (unit.equals(ProcedureDefinition.DAY_MONTH) ? "a day and month \"dd/MM\""
                                    : "a positive number of working days"))));
        });
    }

    private static ParameterTable parameters(KjarContent content, List<RulesetProblem> problems) {
        Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
        for (String path : content.paths("hoctap/parameters/", ".yaml")) {
            try {
                for (ParameterDefinition definition : ParameterReader.read(path, content.text(path).orElse(""))) {
                    ParameterDefinition previous = definitions.put(definition.name(), definition);
                    if (previous != null) {
                        problems.add(problem(Kind.PARAMETER, path, "parameter " + definition.name()
                                + " is also defined in " + previous.file()));
                    }
                }
            } catch (Yaml.YamlException e) {
                problems.add(problem(Kind.PARAMETER, path, e.getMessage()));
            }
        }
        return new ParameterTable(definitions.values());
    }

    private static List<Scenario> scenarios(KjarContent content, List<RulesetProblem> problems) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String path : content.paths("hoctap/scenarios/", ".yaml")) {
            try {
                scenarios.add(ScenarioReader.read(path, content.text(path).orElse("")));
            } catch (Yaml.YamlException e) {
                problems.add(problem(Kind.SCENARIO, path, e.getMessage()));
            }
        }
        return scenarios;
    }

    private static RulesetId id(KjarContent content, ReleaseId releaseId, RulesetSource source) {
        if (releaseId != null) {
            return new RulesetId(releaseId.getGroupId(), releaseId.getArtifactId(), releaseId.getVersion(),
                    content.sha256(), content.contentSha256());
        }
        Properties coordinates = content.coordinates().orElseGet(Properties::new);
        return new RulesetId(coordinates.getProperty("groupId", "unknown"),
                coordinates.getProperty("artifactId", source.description()),
                coordinates.getProperty("version", "unknown"), content.sha256(), content.contentSha256());
    }

    private static RulesetDescriptor read(DescriptorReader reader, String text, List<RulesetProblem> problems) {
        try {
            return reader.read(text);
        } catch (Yaml.YamlException e) {
            problems.add(problem(Kind.DESCRIPTOR, KjarContent.DESCRIPTOR, e.getMessage()));
            return null;
        }
    }

    private void discard(KieContainer container, ReleaseId releaseId) {
        if (container != null) {
            container.dispose();
        }
        if (releaseId != null) {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static RulesetProblem problem(Kind kind, String file, String message) {
        return new RulesetProblem(kind, file, 0, message);
    }

    private static RulesetRejectedException reject(String source, List<RulesetProblem> problems) {
        log.warn("Refused ruleset from {}: {} problem(s), first: {}", source, problems.size(), problems.get(0));
        return new RulesetRejectedException(source, problems);
    }
}
