package vn.hoctap.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
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
 * Thread-safe: each evaluation runs in a session of its own.
 */
final class GenerationRuntime {

    /** A rule set that fires more often than this for one subject is looping. */
    private static final int MAX_FIRINGS = 10_000;

    private final TitleDefinition title;
    private final GenerationDefinition generation;
    private final KieBase kieBase;
    private final Class<?> inputType;
    private final InputSchema schema;
    private final CriterionCatalogue catalogue;
    private final KjarContract contract;
    private final OutcomeAssembler assembler;

    GenerationRuntime(TitleDefinition title, GenerationDefinition generation, KieBase kieBase, Class<?> inputType,
            InputSchema schema, CriterionCatalogue catalogue, KjarContract contract) {
        this.title = title;
        this.generation = generation;
        this.kieBase = kieBase;
        this.inputType = inputType;
        this.schema = schema;
        this.catalogue = catalogue;
        this.contract = contract;
        this.assembler = new OutcomeAssembler(contract, catalogue, generation.decision().levelNumbers(), schema);
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
        TraceRecorder recorder = new TraceRecorder(contract);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            session.insert(contract.newContext(request.subjectId(), title.code(), generation.id(),
                    request.referenceDate(), request.assessmentYear(), request.provinceCode()));
            session.insert(fact);
            parameters.facts().forEach(session::insert);
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new EvaluationException("rules of " + generation.id() + " fired " + MAX_FIRINGS
                        + " times for one subject: a rule is looping");
            }
        } finally {
            session.dispose();
        }
        List<CriterionDefinition> applicable = catalogue.entriesFor(request.provinceCode());
        List<CriterionOutcome> outcomes = assembler.outcomes(recorder.firings(), applicable, fact, parameters);
        Verdict verdict = VerdictCalculator.decide(generation.decision(), outcomes, parameters.values(),
                request.referenceDate());
        return new EvaluationResult(request.subjectId(), title.code(), title.officialName(),
                AppliedGeneration.of(generation), request.referenceDate(), request.assessmentYear(),
                request.provinceCode(), rulesetId, verdict, outcomes, assembler.trace(recorder.firings()));
    }
}
