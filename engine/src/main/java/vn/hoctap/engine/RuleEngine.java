package vn.hoctap.engine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.ruleset.GateReport;
import vn.hoctap.engine.ruleset.RulesetRejectedException;
import vn.hoctap.engine.scenario.ScenarioReport;

/**
 * The engine's facade: loads rulesets, gates them on their bundled scenarios, holds the active one and evaluates
 * against it. Activation swaps the active ruleset atomically; an evaluation in progress finishes on the ruleset it
 * started with. Thread-safe; no Spring, no MongoDB, no knowledge of any particular title.
 */
public final class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final RulesetLoader loader = new RulesetLoader();
    private final AtomicReference<Ruleset> active = new AtomicReference<>();

    /**
     * Loads and checks a kjar without putting it into service.
     *
     * @throws RulesetRejectedException when it does not compile or breaks the kjar contract
     */
    public Ruleset load(RulesetSource source) {
        return loader.load(source);
    }

    /** Runs the ruleset's bundled scenarios. */
    public ScenarioReport verify(Ruleset ruleset) {
        return ScenarioRunner.run(ruleset);
    }

    /**
     * The gate: loads the kjar and runs every check that decides whether it may serve (see {@link GateReport}). When
     * it passes, the loaded ruleset comes back open and ready to activate; otherwise it is closed and only the report
     * remains.
     */
    public Gated gate(RulesetSource source) {
        Ruleset ruleset;
        try {
            ruleset = load(source);
        } catch (RulesetRejectedException e) {
            return new Gated(null, new GateReport(source.description(), null, false, e.problems(), List.of()));
        }
        GateReport report = Gate.check(ruleset, source.description());
        if (!report.passed()) {
            ruleset.close();
            log.warn("Ruleset {} refused by the gate: {} problem(s), first: {}", ruleset.id(), report.problems().size(),
                    report.problems().get(0));
            return new Gated(null, report);
        }
        return new Gated(ruleset, report);
    }

    /** A gate's report and, when it passed, the loaded ruleset. */
    public record Gated(Ruleset ruleset, GateReport report) {

        public Optional<Ruleset> passed() {
            return Optional.ofNullable(ruleset);
        }
    }

    /**
     * Puts {@code candidate} into service if it passes the gate (bundled scenarios, scenario coverage, static check);
     * the previous ruleset (returned, if any) stays open so that it can be restored or closed by the caller.
     *
     * @throws RulesetRejectedException naming every problem; the active ruleset is unchanged
     */
    public Optional<Ruleset> activate(Ruleset candidate) {
        GateReport report = Gate.check(candidate, candidate.id().gav());
        if (!report.passed()) {
            log.warn("Ruleset {} refused by the gate: {} problem(s); not activated", candidate.id(),
                    report.problems().size());
            throw new RulesetRejectedException(candidate.id().gav(), report.problems());
        }
        Optional<Ruleset> previous = Optional.ofNullable(active.getAndSet(candidate));
        log.info("Activated ruleset {} ({} scenarios passed); previous: {}", candidate.id(), report.scenarios().size(),
                previous.map(Ruleset::id).map(Object::toString).orElse("none"));
        return previous;
    }

    /** Loads, verifies and activates in one step. */
    public Ruleset loadAndActivate(RulesetSource source) {
        Ruleset ruleset = load(source);
        try {
            activate(ruleset);
            return ruleset;
        } catch (RulesetRejectedException e) {
            ruleset.close();
            throw e;
        }
    }

    /** The ruleset in service, if any. */
    public Optional<Ruleset> active() {
        return Optional.ofNullable(active.get());
    }

    /** Evaluates against the active ruleset. */
    public EvaluationResult evaluate(EvaluationRequest request) {
        return requireActive().evaluate(request);
    }

    /** Evaluates a batch against the active ruleset (one ruleset for the whole batch). */
    public List<BatchItemResult> evaluateAll(List<EvaluationRequest> requests) {
        return requireActive().evaluateAll(requests);
    }

    private Ruleset requireActive() {
        Ruleset ruleset = active.get();
        if (ruleset == null) {
            throw new IllegalStateException("No ruleset is active");
        }
        return ruleset;
    }
}
