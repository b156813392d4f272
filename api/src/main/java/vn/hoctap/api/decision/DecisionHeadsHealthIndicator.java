package vn.hoctap.api.decision;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether chain heads may be stale: the chains whose head could not be advanced ({@code suspectChains}, also the gauge
 * {@code hoctap.decisions.heads.suspect}) and the counts of the last reconciliation. Always UP — a stale head makes a
 * count wrong, not the service unavailable — and not part of the readiness group.
 */
@Component("decisionHeads")
class DecisionHeadsHealthIndicator extends AbstractHealthIndicator {

    private final DecisionWriter writer;
    private final HeadReconciler reconciler;

    DecisionHeadsHealthIndicator(DecisionWriter writer, HeadReconciler reconciler) {
        super("Decision heads check failed");
        this.writer = writer;
        this.reconciler = reconciler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("suspectChains", writer.suspectCount());
        reconciler.last().ifPresent(last -> builder.withDetail("lastReconciliation", java.util.Map.of(
                "finishedAt", last.finishedAt().toString(), "repaired", last.repaired(), "orphans", last.orphans())));
    }
}
