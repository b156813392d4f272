package vn.hoctap.engine.trace;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import vn.hoctap.engine.contract.KjarContract;

/**
 * Listens to one session and records every firing with the facts it matched and the criterion results its
 * consequence inserted. One recorder per session; not thread-safe (a session fires on one thread). A session that
 * is reused calls {@link #restart()} before each evaluation; the recorder then also keeps the handle of every fact
 * inserted from there on (by the rules), so that the session can delete them without searching its working memory.
 */
public final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final KjarContract contract;
    private List<Firing> firings = new ArrayList<>();
    private final List<FactHandle> inserted = new ArrayList<>();
    private Firing current;

    public TraceRecorder(KjarContract contract) {
        this.contract = contract;
    }

    /** Starts a new record; the list returned by {@link #firings()} before stays as it was. */
    public void restart() {
        firings = new ArrayList<>();
        inserted.clear();
        current = null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        List<Object> objects = List.copyOf(event.getMatch().getObjects());
        current = new Firing(event.getMatch().getRule(), objects, new ArrayList<>());
        firings.add(current);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        inserted.add(event.getFactHandle());
        if (current != null && contract.isCriterionResult(event.getObject())) {
            current.results().add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // inputs are immutable records; updates carry nothing to trace
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // rules insert outcomes and never retract them; deleting a handle twice is a no-op for the session
    }

    /** Handles of the facts inserted since the last {@link #restart()}, in insertion order. */
    public List<FactHandle> inserted() {
        return inserted;
    }

    /** Firings in the order they happened. */
    public List<Firing> firings() {
        return firings;
    }

    /** A rule firing: the rule, the facts it matched and the criterion results it inserted. */
    public record Firing(Rule rule, List<Object> matched, List<Object> results) {
    }
}
