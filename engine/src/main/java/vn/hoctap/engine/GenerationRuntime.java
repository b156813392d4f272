package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import vn.hoctap.engine.contract.KjarContract;
import vn.hoctap.engine.evaluation.AppliedGeneration;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationException;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.Verdict;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.trace.TraceRecorder;

/**
 * One generation of one title, ready to evaluate: its knowledge base, input record type, schema and criteria.
 * Thread-safe: each evaluation has a session to itself. Sessions are reused: after an evaluation its subject, context
 * and results are deleted and the session, holding only parameter facts, goes back to a small pool; the parameter
 * facts stay while the next evaluation uses the same parameter set. A session that failed, or whose working memory is
 * not back to its parameters, is disposed instead.
 */
final class GenerationRuntime {

    /** A rule set that fires more often than this for one subject is looping. */
    private static final int MAX_FIRINGS = 10_000;
    /**
     * A reused session is disposed after this many evaluations: its working memory keeps about 2.4 KB per evaluation
     * even after every subject fact is deleted (measured on the TT 24 units), so unbounded reuse would leak.
     */
    private static final int MAX_USES = 256;

    private final TitleDefinition title;
    private final GenerationDefinition generation;
    private final KieBase kieBase;
    private final Class<?> inputType;
    private final InputSchema schema;
    private final CriterionCatalogue catalogue;
    private final KjarContract contract;
    private final OutcomeAssembler assembler;
    private final Queue<PooledSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle = Runtime.getRuntime().availableProcessors() * 2 + 2;
    private volatile boolean closed;
    /** The parameters the rules can match (the others are not inserted), or null for all. */
    private final java.util.Set<String> matchedParameters;

    GenerationRuntime(TitleDefinition title, GenerationDefinition generation, KieBase kieBase, Class<?> inputType,
            InputSchema schema, CriterionCatalogue catalogue, KjarContract contract) {
        this.title = title;
        this.generation = generation;
        this.kieBase = kieBase;
        this.inputType = inputType;
        this.schema = schema;
        this.catalogue = catalogue;
        this.contract = contract;
        this.assembler = new OutcomeAssembler(contract, catalogue, generation.decision().levelNumbers(), schema,
                inputType);
        this.matchedParameters = catalogue.parametersMatched().orElse(null);
    }

    TitleDefinition title() {
        return title;
    }

    GenerationDefinition generation() {
        return generation;
    }

    Class<?> inputType() {
        return inputType;
    }

    InputSchema schema() {
        return schema;
    }

    List<CriterionDefinition> criteria() {
        return catalogue.entries();
    }

    EvaluationResult evaluate(EvaluationRequest request, Object fact, ParameterSet parameters, RulesetId rulesetId) {
        PooledSession pooled = borrow();
        List<TraceRecorder.Firing> firings;
        boolean reusable = false;
        try {
            firings = pooled.run(contract.newContext(request.subjectId(), title.code(), generation.id(),
                    request.referenceDate(), request.assessmentYear(), request.provinceCode()), fact, parameters);
            reusable = pooled.clear();
        } finally {
            release(pooled, reusable);
        }
        List<CriterionOutcome> outcomes = NoEvidence.apply(
                assembler.outcomes(firings, request.provinceCode(), fact, parameters), request.noEvidence(), schema);
        Verdict verdict = VerdictCalculator.decide(generation.decision(), outcomes, parameters.values(), request);
        return new EvaluationResult(request.subjectId(), title.code(), title.officialName(),
                AppliedGeneration.of(generation), request.referenceDate(), request.assessmentYear(),
                request.provinceCode(), rulesetId, verdict, outcomes, assembler.trace(firings));
    }

    /** Disposes the idle sessions; sessions in use are disposed when they come back. */
    void close() {
        closed = true;
        for (PooledSession pooled; (pooled = idle.poll()) != null; ) {
            idleCount.decrementAndGet();
            pooled.session.dispose();
        }
    }

    private PooledSession borrow() {
        PooledSession pooled = idle.poll();
        if (pooled != null) {
            idleCount.decrementAndGet();
            return pooled;
        }
        return new PooledSession(kieBase.newKieSession(), new TraceRecorder(contract));
    }

    private void release(PooledSession pooled, boolean reusable) {
        if (reusable && pooled.uses >= MAX_USES) {
            pooled.session.dispose();
            return;
        }
        if (reusable && !closed && idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(pooled);
            if (closed && idle.remove(pooled)) {
                pooled.session.dispose();
            }
            return;
        }
        if (reusable && !closed) {
            idleCount.decrementAndGet();
        }
        pooled.session.dispose();
    }

    /** A session with its trace recorder and the parameter facts it holds. */
    private final class PooledSession {

        private final KieSession session;
        private final TraceRecorder recorder;
        private final List<FactHandle> parameterHandles = new ArrayList<>();
        private ParameterSet loaded;
        private FactHandle contextHandle;
        private FactHandle factHandle;
        private int uses;

        PooledSession(KieSession session, TraceRecorder recorder) {
            this.session = session;
            this.recorder = recorder;
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
        }

        /** Fires the rules for one subject and returns the firings. */
        List<TraceRecorder.Firing> run(Object context, Object fact, ParameterSet parameters) {
            uses++;
            if (loaded != parameters) {
                parameterHandles.forEach(session::delete);
                parameterHandles.clear();
                loaded = null;
                contextHandle = session.insert(context);
                factHandle = session.insert(fact);
                for (Object parameter : parameters.facts()) {
                    if (matchedParameters == null || matchedParameters.contains(contract.parameterName(parameter))) {
                        parameterHandles.add(session.insert(parameter));
                    }
                }
                loaded = parameters;
            } else {
                contextHandle = session.insert(context);
                factHandle = session.insert(fact);
            }
            recorder.restart();
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new EvaluationException("rules of " + generation.id() + " fired " + MAX_FIRINGS
                        + " times for one subject: a rule is looping");
            }
            return recorder.firings();
        }

        /**
         * Deletes every fact but the parameters: the subject, its context and what the rules inserted (as the recorder
         * saw it), then, should anything else be left, whatever is not a parameter. True when the session is back to
         * holding its parameters alone.
         */
        boolean clear() {
            session.delete(factHandle);
            session.delete(contextHandle);
            factHandle = null;
            contextHandle = null;
            List<FactHandle> inserted = List.copyOf(recorder.inserted());
            recorder.inserted().clear();
            inserted.forEach(session::delete);
            if (session.getFactCount() != parameterHandles.size()) {
                List<FactHandle> handles = new ArrayList<>(session.getFactHandles(object -> !contract.isParameter(object)));
                handles.forEach(session::delete);
            }
            return session.getFactCount() == parameterHandles.size();
        }
    }
}
