package vn.hoctap.api.decision;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@code decision_heads} from the decisions themselves. For every chain it takes the highest stored revision
 * and compares the chain's head with the head that decision makes ({@link DecisionHead#document}): a head that is
 * missing, behind, names another decision, or lacks or misstates a field of the current head shape is rebuilt from the
 * decision ({@link HeadRepairs}, which never overwrites a head a writer moved meanwhile). A head whose chain holds no
 * decision is an orphan: reported, never deleted (only an operator can tell a deleted decision from a foreign
 * document). Every run's report is kept in {@value #REPORTS}.
 * <p>
 * Reads each decision's summary once, in (chain, revision) order — which a real MongoDB serves from the unique index
 * on chain and revision — beside the heads in {@code _id} order, and merges the two.
 */
@Component
public class HeadReconciler {

    /** Why a head was rebuilt. */
    public enum Reason {
        /** The chain has decisions but no head. */
        MISSING,
        /** The head names an earlier revision than the highest stored one (a lost update). */
        BEHIND,
        /** The head names another decision than the one stored at the highest revision, or a revision not stored. */
        WRONG_DECISION,
        /** The head names the right decision but lacks fields of the current head shape, or holds other values. */
        OUTDATED_SHAPE
    }

    static final String REPORTS = "head_reconciliations";
    /** Most repairs and orphans listed in a report; all are counted. */
    static final int MAX_LISTED = 100;
    private static final Logger log = LoggerFactory.getLogger(HeadReconciler.class);

    private final MongoTemplate mongo;
    private final HeadRepairs repairs;
    private final DecisionWriter writer;
    private final Clock clock;
    private final boolean atStartup;

    HeadReconciler(MongoTemplate mongo, HeadRepairs repairs, DecisionWriter writer, Clock clock,
            DecisionProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.mongo = mongo;
        this.repairs = repairs;
        this.writer = writer;
        this.clock = clock;
        this.atStartup = properties.reconcileHeadsAtStartup();
        meters.ifAvailable(registry -> Gauge.builder("hoctap.decisions.heads.suspect", writer,
                DecisionWriter::suspectCount).description("Chains whose decision head may be behind (an advance failed)")
                .register(registry));
    }

    /**
     * Runs once when the service is ready ({@code hoctap.decisions.reconcile-heads-at-startup}, default true), before
     * the instance reports that it accepts traffic.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (atStartup) {
            reconcileAtStartup();
        }
    }

    /**
     * One run at start-up, its counts logged (a warning when a head was repaired, skipped or orphaned); answers the
     * report, or null when the run failed, which does not stop the service: a stale head is repaired by the next write
     * to its chain, by a replay, or by a later run.
     */
    HeadReconciliation reconcileAtStartup() {
        try {
            HeadReconciliation report = reconcileAll("STARTUP", "system");
            if (report.repaired() > 0 || report.orphans() > 0 || report.skipped() > 0) {
                log.warn("Decision heads at start-up: {} chains examined, {} heads repaired {}, {} skipped (moved by a "
                        + "writer), {} orphans {} in {} ms", report.chainsExamined(), report.repaired(),
                        report.repairedByReason(), report.skipped(), report.orphans(), report.orphanChains(),
                        report.durationMillis());
            } else {
                log.info("Decision heads at start-up: {} chains examined, all current ({} ms)", report.chainsExamined(),
                        report.durationMillis());
            }
            return report;
        } catch (RuntimeException e) {
            log.error("Reconciling decision heads at start-up failed; POST {} runs it again",
                    HeadReconciliationController.PATH, e);
            return null;
        }
    }

    /** Examines every chain, repairs stale heads, stores and returns the report. One run at a time per instance. */
    public synchronized HeadReconciliation reconcileAll(String trigger, String requestedBy) {
        Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Long> suspects = writer.suspects();
        Tally tally = new Tally();
        try (MongoCursor<Document> decisions = mongo.getCollection("decisions").find().projection(HeadRepairs.SUMMARY)
                .sort(Sorts.orderBy(Sorts.descending("chainKey"), Sorts.descending("revision"))).iterator();
                MongoCursor<Document> heads = mongo.getCollection(HeadRepairs.HEADS).find()
                        .sort(Sorts.descending("_id")).iterator()) {
            Document head = next(heads, tally);
            String previous = null;
            while (decisions.hasNext()) {
                Document top = decisions.next();
                String chainKey = top.getString("chainKey");
                if (chainKey == null || chainKey.equals(previous)) {
                    continue; // a lower revision of the chain just examined
                }
                previous = chainKey;
                while (head != null && head.getString("_id").compareTo(chainKey) > 0) {
                    orphanCandidate(head, tally);
                    head = next(heads, tally);
                }
                Document stored;
                if (head != null && head.getString("_id").equals(chainKey)) {
                    stored = head;
                    head = next(heads, tally);
                } else {
                    // no head here in the merge: look it up, in case the server orders keys unlike String.compareTo
                    stored = mongo.getCollection(HeadRepairs.HEADS).find(eq("_id", chainKey)).first();
                }
                tally.chains++;
                tally.add(repairs.check(chainKey, stored, top));
            }
            for (; head != null; head = next(heads, tally)) {
                orphanCandidate(head, tally);
            }
        }
        writer.cleared(suspects);
        Instant finished = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HeadReconciliation report = tally.report(trigger, requestedBy, started, finished);
        mongo.insert(report);
        return report;
    }

    /** The report of the last run, if any ran. */
    public Optional<HeadReconciliation> last() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(1),
                HeadReconciliation.class));
    }

    /**
     * Repairs the head of one chain if it is stale (a replayed submission calls this); answers the repair made, if
     * any. Clears the chain's suspicion unless the writer marked it again meanwhile.
     */
    public Optional<HeadReconciliation.Repair> reconcileChain(String chainKey) {
        Long mark = writer.suspects().get(chainKey);
        Optional<HeadRepairs.Checked> checked = repairs.chain(chainKey);
        if (mark != null) {
            writer.cleared(Map.of(chainKey, mark));
        }
        checked.filter(HeadRepairs.Checked::applied).ifPresent(done -> log.warn(
                "Head of chain {} was {}; rebuilt from decision {} (revision {})", chainKey, done.reason(),
                done.repair().decisionId(), done.repair().revision()));
        return checked.filter(HeadRepairs.Checked::applied).map(HeadRepairs.Checked::repair);
    }

    private static Document next(MongoCursor<Document> heads, Tally tally) {
        if (!heads.hasNext()) {
            return null;
        }
        tally.heads++;
        return heads.next();
    }

    /** A head the merge found no decisions for: an orphan unless its chain does hold one (examined on that side). */
    private void orphanCandidate(Document head, Tally tally) {
        String chainKey = head.getString("_id");
        boolean held = mongo.getCollection("decisions").find(eq("chainKey", chainKey))
                .projection(new Document("_id", 1)).first() != null;
        if (!held) {
            tally.orphans++;
            if (tally.orphanChains.size() < MAX_LISTED) {
                tally.orphanChains.add(chainKey);
            }
        }
    }

    /** What a run counted so far. */
    private static final class Tally {

        long chains;
        long heads;
        long skipped;
        long orphans;
        final Map<Reason, Long> byReason = new EnumMap<>(Reason.class);
        final List<HeadReconciliation.Repair> repaired = new ArrayList<>();
        final List<String> orphanChains = new ArrayList<>();

        void add(HeadRepairs.Checked checked) {
            if (checked.reason() == null) {
                return;
            }
            if (!checked.applied()) {
                skipped++;
                return;
            }
            byReason.merge(checked.reason(), 1L, Long::sum);
            if (repaired.size() < MAX_LISTED) {
                repaired.add(checked.repair());
            }
        }

        HeadReconciliation report(String trigger, String requestedBy, Instant started, Instant finished) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Reason reason : Reason.values()) {
                counts.put(reason.name(), byReason.getOrDefault(reason, 0L));
            }
            long total = byReason.values().stream().mapToLong(Long::longValue).sum();
            return new HeadReconciliation(UUID.randomUUID().toString(), trigger, requestedBy, started, finished,
                    finished.toEpochMilli() - started.toEpochMilli(), chains, heads, total, counts, skipped, orphans,
                    List.copyOf(repaired), List.copyOf(orphanChains));
        }
    }
}
