package vn.hoctap.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import vn.hoctap.engine.contract.KjarContract;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.ProcedureDeadlines;
import vn.hoctap.engine.parameter.ParameterTable;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.ruleset.DecisionMethod;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RulesetDescriptor;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.scenario.Scenario;
import vn.hoctap.engine.schema.FactBinder;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.schema.InvalidInputException;

/**
 * A loaded, checked ruleset: one kjar version with its titles, generations of criteria, input schemas, dated
 * parameters and bundled scenarios. Obtain one from {@link RuleEngine#load}. Thread-safe: evaluations may run
 * concurrently, each in its own session.
 */
public final class Ruleset implements AutoCloseable {

    private static final int PARAMETER_CACHE_LIMIT = 4096;

    private final RulesetId id;
    private final RulesetDescriptor descriptor;
    private final KieContainer container;
    private final KjarContract contract;
    private final Map<String, GenerationRuntime> generations;
    private final ParameterTable parameters;
    private final List<Scenario> scenarios;
    private final boolean removeFromRepository;
    private final KjarContent content;
    private final Map<String, ParameterSet> parameterCache = new ConcurrentHashMap<>();
    /** One parameter set per distinct content, so that dates and provinces with the same values share their facts. */
    private final Map<Map<String, ResolvedParameter>, ParameterSet> distinctParameterSets = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger leases = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean retired;
    private volatile boolean closed;

    Ruleset(RulesetId id, RulesetDescriptor descriptor, KieContainer container, KjarContract contract,
            Map<String, GenerationRuntime> generations, ParameterTable parameters, List<Scenario> scenarios,
            boolean removeFromRepository, KjarContent content) {
        this.content = content;
        this.id = id;
        this.descriptor = descriptor;
        this.container = container;
        this.contract = contract;
        this.generations = Map.copyOf(generations);
        this.parameters = parameters;
        this.scenarios = List.copyOf(scenarios);
        this.removeFromRepository = removeFromRepository;
    }

    /** Coordinates and checksum of the kjar. */
    public RulesetId id() {
        return id;
    }

    public RulesetDescriptor descriptor() {
        return descriptor;
    }

    public List<TitleDefinition> titles() {
        return descriptor.titles();
    }

    public Optional<TitleDefinition> title(String code) {
        return descriptor.title(code);
    }

    /** The input schema of the generation of {@code titleCode} in force on {@code date}, if any. */
    public Optional<InputSchema> schema(String titleCode, LocalDate date) {
        return title(titleCode).flatMap(title -> title.generationOn(date))
                .map(generation -> runtime(titleCode, generation.id()).schema());
    }

    /** The input schema of one generation; fails for an unknown title or generation. */
    public InputSchema schema(String titleCode, String generationId) {
        return runtime(titleCode, generationId).schema();
    }

    /** The criteria of one generation (national and provincial), in natural order. */
    public List<CriterionDefinition> criteria(String titleCode, String generationId) {
        return runtime(titleCode, generationId).criteria();
    }

    public ParameterTable parameters() {
        return parameters;
    }

    /** The bundled scenarios, in file order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * Evaluates one subject under the generation of criteria in force on its reference date.
     *
     * @throws InvalidInputException listing every field error (unknown title, no criteria in force, unknown field,
     *                               wrong type, missing or out-of-range value)
     */
    public EvaluationResult evaluate(EvaluationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        GenerationRuntime runtime = select(request, errors);
        Object fact = runtime == null ? null
                : new FactBinder(request.referenceDate()).bind(runtime.inputType(), runtime.schema().fields(),
                        request.facts(), "facts", errors, request.noEvidence());
        if (runtime != null) {
            checkRequest(runtime.generation(), request, errors);
            checkNoEvidence(runtime.schema(), request, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return runtime.evaluate(request, fact, parameterSet(request.referenceDate(), request.provinceCode()), id);
    }

    /**
     * The filing and decision deadlines of a dossier under the generation in force on its reference date, when that
     * generation declares its procedure ({@code procedure:} in ruleset.yaml); empty otherwise, or when no generation
     * applies. The decision date is the request's effective one.
     *
     * @param filingDate ngày nộp hồ sơ, or null when the submission does not state it
     */
    public Optional<ProcedureDeadlines> deadlines(EvaluationRequest request, LocalDate filingDate) {
        Optional<GenerationDefinition> generation = title(request.titleCode())
                .flatMap(title -> title.generationOn(request.referenceDate()));
        if (generation.isEmpty() || generation.get().procedure() == null) {
            return Optional.empty();
        }
        return Optional.of(ProcedureCalendar.deadlines(generation.get().procedure(),
                parameterSet(request.referenceDate(), request.provinceCode()).values(), request.assessmentYear(),
                filingDate, request.effectiveDecisionDate()));
    }

    /** Evaluates every request; an invalid item yields its errors and does not stop the others. */
    public List<BatchItemResult> evaluateAll(List<EvaluationRequest> requests) {
        List<BatchItemResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                results.add(new BatchItemResult(i, evaluate(requests.get(i)), List.of()));
            } catch (InvalidInputException e) {
                results.add(new BatchItemResult(i, null, e.errors()));
            }
        }
        return results;
    }

    /**
     * Takes the ruleset for one unit of work (a request, a batch): it stays open until the lease is closed, even when it
     * is retired meanwhile.
     *
     * @throws IllegalStateException when it is already closed
     */
    public Lease lease() {
        leases.incrementAndGet();
        if (closed) {
            leases.decrementAndGet();
            throw new IllegalStateException("Ruleset " + id + " is closed");
        }
        return new Lease();
    }

    /** Marks the ruleset as no longer in service; it is closed as soon as no lease holds it. */
    public void retire() {
        retired = true;
        closeIfIdle();
    }

    public boolean isRetired() {
        return retired;
    }

    public boolean isClosed() {
        return closed;
    }

    /** A hold on a ruleset for one unit of work. */
    public final class Lease implements AutoCloseable {

        private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

        public Ruleset ruleset() {
            return Ruleset.this;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false) && leases.decrementAndGet() == 0) {
                closeIfIdle();
            }
        }
    }

    private void closeIfIdle() {
        if (retired && leases.get() == 0) {
            close();
        }
    }

    /**
     * Releases the knowledge bases and removes the kjar's module from the engine-wide KIE repository, so that its
     * classes can be unloaded. Evaluations must not be started afterwards. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        generations.values().forEach(GenerationRuntime::close);
        container.dispose();
        if (removeFromRepository) {
            KieServices.get().getRepository().removeKieModule(container.getReleaseId());
        }
    }

    /** Paths of every file in the kjar, in path order. */
    public List<String> files() {
        return List.copyOf(content.paths());
    }

    /** The bytes of one file of the kjar. */
    public Optional<byte[]> file(String path) {
        return content.entry(path).map(byte[]::clone);
    }

    KjarContract contract() {
        return contract;
    }

    KjarContent content() {
        return content;
    }

    /** The level asked for must be one of the generation's levels; a decision cannot precede its dossier. */
    private static void checkRequest(GenerationDefinition generation, EvaluationRequest request, List<FieldError> errors) {
        Integer asked = request.requestedLevel();
        List<Integer> levels = generation.decision().method() == DecisionMethod.LEVELS
                ? generation.decision().levelNumbers() : List.of();
        if (asked != null && !levels.contains(asked)) {
            errors.add(new FieldError("requestedLevel", Reason.NOT_ALLOWED, levels.isEmpty()
                    ? generation.document() + " xếp loại bằng điểm, không có mức độ để đề nghị"
                    : "requested level " + asked + " is not a level of " + generation.document() + "; levels: " + levels));
        }
        if (request.acceptLowerLevel() && asked == null) {
            errors.add(new FieldError("acceptLowerLevel", Reason.NOT_ALLOWED, "only with a requestedLevel"));
        }
        if (request.decisionDate() != null && request.decisionDate().isBefore(request.referenceDate())) {
            errors.add(new FieldError("decisionDate", Reason.OUT_OF_RANGE, "the decision date " + request.decisionDate()
                    + " is before the dossier's reference date " + request.referenceDate()));
        }
    }

    /** Only the input's own top-level fields can lack evidence. */
    private static void checkNoEvidence(InputSchema schema, EvaluationRequest request, List<FieldError> errors) {
        request.noEvidence().stream().filter(name -> schema.field(name).isEmpty()).sorted().forEach(name ->
                errors.add(new FieldError("noEvidence." + name, Reason.UNKNOWN_FIELD, "'" + name + "' is not a field of "
                        + schema.typeName() + "; accepted fields: " + schema.fields().stream().map(f -> f.name()).sorted()
                                .toList())));
    }

    private GenerationRuntime select(EvaluationRequest request, List<FieldError> errors) {
        Optional<TitleDefinition> title = title(request.titleCode());
        if (title.isEmpty()) {
            errors.add(new FieldError("titleCode", Reason.UNKNOWN_TITLE, "unknown title '" + request.titleCode()
                    + "'; known titles: " + titles().stream().map(TitleDefinition::code).toList()));
            return null;
        }
        return title.get().generationOn(request.referenceDate())
                .map(generation -> runtime(request.titleCode(), generation.id())).orElseGet(() -> {
                    errors.add(new FieldError("referenceDate", Reason.NO_CRITERIA_IN_FORCE, "no criteria of "
                            + request.titleCode() + " are in force on " + request.referenceDate() + "; generations: "
                            + title.get().generations().stream().map(g -> g.id() + " from " + g.effectiveFrom()
                                    + (g.effectiveTo() == null ? "" : " to " + g.effectiveTo())).toList()));
                    return null;
                });
    }

    private GenerationRuntime runtime(String titleCode, String generationId) {
        GenerationRuntime runtime = generations.get(titleCode + "/" + generationId);
        if (runtime == null) {
            throw new IllegalArgumentException("No generation " + generationId + " of title " + titleCode);
        }
        return runtime;
    }

    private ParameterSet parameterSet(LocalDate date, String provinceCode) {
        String key = date + "|" + provinceCode;
        ParameterSet cached = parameterCache.get(key);
        if (cached != null) {
            return cached;
        }
        if (parameterCache.size() >= PARAMETER_CACHE_LIMIT) {
            parameterCache.clear();
            distinctParameterSets.clear();
        }
        Map<String, ResolvedParameter> values = parameters.resolve(date, provinceCode);
        ParameterSet set = distinctParameterSets.computeIfAbsent(values,
                resolved -> new ParameterSet(resolved, contract::newParameter));
        parameterCache.put(key, set);
        return set;
    }

    @Override
    public String toString() {
        return "Ruleset[" + id + "]";
    }
}
