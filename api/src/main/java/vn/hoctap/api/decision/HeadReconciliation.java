package vn.hoctap.api.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;

/**
 * The report of one run of {@link HeadReconciler}, as answered by {@code POST /api/v1/integrity/head-reconciliation}
 * and kept in {@code head_reconciliations}.
 *
 * @param trigger          {@code STARTUP} or {@code REQUEST}
 * @param requestedBy      the user who asked for the run, or {@code system} at start-up
 * @param chainsExamined   chains holding at least one decision
 * @param headsExamined    documents read from {@code decision_heads}
 * @param repaired         heads rebuilt by this run, all reasons together
 * @param repairedByReason heads rebuilt per {@link HeadReconciler.Reason} (every reason listed, zeros included)
 * @param skipped          heads found stale but moved by a writer before the repair (left as the writer wrote them)
 * @param orphans          heads of chains without any decision: reported, never deleted
 * @param repairs          the first {@value HeadReconciler#MAX_LISTED} repairs
 * @param orphanChains     the chain keys of the first {@value HeadReconciler#MAX_LISTED} orphans
 */
@org.springframework.data.mongodb.core.mapping.Document(HeadReconciler.REPORTS)
public record HeadReconciliation(@Id String id, String trigger, String requestedBy, Instant startedAt,
        Instant finishedAt, long durationMillis, long chainsExamined, long headsExamined, long repaired,
        Map<String, Long> repairedByReason, long skipped, long orphans, List<Repair> repairs,
        List<String> orphanChains) {

    /**
     * One head rebuilt: the decision it names now, and what it named before (absent for a {@code MISSING} head).
     *
     * @param previousDecisionId the decision the stale head named, or null
     * @param previousRevision   the revision the stale head named, or null
     */
    public record Repair(String chainKey, HeadReconciler.Reason reason, String decisionId, int revision,
            String previousDecisionId, Integer previousRevision) {
    }
}
