package vn.hoctap.engine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;
import vn.hoctap.engine.scenario.ScenarioReport;
import vn.hoctap.engine.scenario.ScenarioResult;

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
     * Puts {@code candidate} into service if all its bundled scenarios pass; the previous ruleset (returned, if any)
     * stays open so that it can be restored or closed by the caller.
     *
     * @throws RulesetRejectedException naming every failed scenario; the active ruleset is unchanged
     */
    public Optional<Ruleset> activate(Ruleset candidate) {
        ScenarioReport report = verify(candidate);
        if (!report.passed()) {
            List<RulesetProblem> problems = report.failures().stream().map(RuleEngine::problem).toList();
            log.warn("Ruleset {} failed {} of {} scenarios; not activated", candidate.id(), problems.size(),
                    report.results().size());
            throw new RulesetRejectedException(candidate.id().gav(), problems);
        }
        Optional<Ruleset> previous = Optional.ofNullable(active.getAndSet(candidate));
        log.info("Activated ruleset {} ({} scenarios passed); previous: {}", candidate.id(), report.results().size(),
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

    private static RulesetProblem problem(ScenarioResult failure) {
        return new RulesetProblem(RulesetProblem.Kind.SCENARIO, failure.file(), 0,
                "scenario \"" + failure.name() + "\": " + String.join("; ", failure.mismatches()));
    }
}
