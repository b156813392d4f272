package vn.hoctap.api.decision;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks one chain's head against the highest stored revision of the chain and rebuilds it from that decision when it
 * is stale ({@link HeadReconciler.Reason}). A repair replaces only the head it examined (compare-and-set on its
 * revision and decision id), and inserts a missing head only while none exists, so it never overwrites a head that a
 * writer — of this instance or another — moved meanwhile: whatever a writer wrote is newer than what was examined.
 */
@Component
class HeadRepairs {

    static final String HEADS = "decision_heads";
    /** What is read of a decision to rebuild its head: everything but the input snapshot and the trace. */
    static final Document SUMMARY = new Document("input", 0).append("result", 0);

    private final MongoTemplate mongo;
    private final ObjectProvider<HeadsObserver> observers;

    HeadRepairs(MongoTemplate mongo, ObjectProvider<HeadsObserver> observers) {
        this.mongo = mongo;
        this.observers = observers;
    }

    /** The outcome of checking one head: nothing to do, repaired, or stale but moved by a writer first. */
    record Checked(HeadReconciler.Reason reason, HeadReconciliation.Repair repair, boolean applied) {

        static final Checked CURRENT = new Checked(null, null, false);
    }

    /** Checks and repairs the head of one chain, looking up its highest revision from the head forward. */
    Optional<Checked> chain(String chainKey) {
        Document stored = heads().find(eq("_id", chainKey)).first();
        Document top = highest(chainKey, stored);
        return top == null ? Optional.empty() : Optional.of(check(chainKey, stored, top));
    }

    /** Checks {@code stored} (null: no head) against {@code top}, the highest stored revision of the chain. */
    Checked check(String chainKey, Document stored, Document top) {
        DecisionDocument decision = mongo.getConverter().read(DecisionDocument.class, top);
        Document expected = DecisionHead.document(decision, mongo.getConverter());
        HeadReconciler.Reason reason = reason(chainKey, stored, decision, expected);
        if (reason == null) {
            return Checked.CURRENT;
        }
        Integer revision = revision(stored);
        HeadReconciliation.Repair repair = new HeadReconciliation.Repair(chainKey, reason, decision.id(),
                decision.revision(), stored == null ? null : stored.getString("decisionId"), revision);
        boolean applied;
        try {
            applied = replace(chainKey, stored, expected);
        } catch (RuntimeException e) {
            observers.forEach(observer -> observer.unknown(List.of(chainKey)));
            throw e;
        }
        if (applied) {
            observers.forEach(observer -> observer.written(List.of(expected)));
        }
        return new Checked(reason, repair, applied);
    }

    private HeadReconciler.Reason reason(String chainKey, Document stored, DecisionDocument top, Document expected) {
        if (stored == null) {
            return HeadReconciler.Reason.MISSING;
        }
        Integer revision = revision(stored);
        if (revision != null && revision < top.revision()) {
            return HeadReconciler.Reason.BEHIND;
        }
        if (revision != null && revision > top.revision() && atRevision(chainKey, revision) != null) {
            return null; // a writer stored and advanced a newer revision after the decisions were read
        }
        if (!top.id().equals(stored.getString("decisionId")) || revision == null || revision != top.revision()) {
            return HeadReconciler.Reason.WRONG_DECISION;
        }
        return expected.equals(stored) ? null : HeadReconciler.Reason.OUTDATED_SHAPE;
    }

    /** Whether the head was written: false when a writer moved it (or created it) after it was read. */
    private boolean replace(String chainKey, Document stored, Document expected) {
        if (stored == null) {
            try {
                heads().insertOne(expected);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return heads().replaceOne(and(eq("_id", chainKey), eq("revision", stored.get("revision")),
                eq("decisionId", stored.get("decisionId"))), expected).getMatchedCount() == 1;
    }

    /**
     * The highest stored revision of a chain (its summary), probed forward from the head's revision by the unique
     * (chain, revision) key; found by a sorted query when the head names a revision that is not stored.
     */
    private Document highest(String chainKey, Document stored) {
        Integer from = revision(stored);
        int revision = from == null ? 0 : from;
        Document at = revision == 0 ? null : atRevision(chainKey, revision);
        if (revision > 0 && at == null) {
            return highestBySort(chainKey);
        }
        Document next;
        while ((next = atRevision(chainKey, revision + 1)) != null) {
            at = next;
            revision++;
        }
        return at != null ? at : highestBySort(chainKey);
    }

    private Document highestBySort(String chainKey) {
        return mongo.getCollection("decisions").find(eq("chainKey", chainKey)).projection(SUMMARY)
                .sort(Sorts.descending("revision")).first();
    }

    Document atRevision(String chainKey, int revision) {
        return mongo.getCollection("decisions").find(and(eq("chainKey", chainKey), eq("revision", revision)))
                .projection(SUMMARY).first();
    }

    private static Integer revision(Document head) {
        return head != null && head.get("revision") instanceof Number number ? number.intValue() : null;
    }

    private MongoCollection<Document> heads() {
        return mongo.getCollection(HEADS);
    }
}
