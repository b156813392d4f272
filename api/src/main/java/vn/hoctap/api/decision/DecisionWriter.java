package vn.hoctap.api.decision;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoctap.api.integrity.Seal;
import vn.hoctap.api.integrity.Sealer;
import vn.hoctap.api.storage.EmbeddedStorage;
import vn.hoctap.api.support.MongoWrites;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;

/**
 * The one writer of decisions in this instance. Request threads hand it sealed-but-unchained decisions; it takes them
 * in batches, in arrival order, and for each batch
 * <ol>
 * <li>settles each decision's place in its chain (revision, the decision it supersedes) from {@code decision_heads},
 * probing forward past any revision a crash left the head behind (self-repair), and refuses a re-evaluation of a
 * decision that is no longer current;</li>
 * <li>gives each decision the next position in its province's ledger and seals it ({@link Sealer});</li>
 * <li>stores the assessments handed with the decisions, then the shared texts the batch cites that are not stored yet ({@link DecisionTexts}), then inserts the
 * batch with one ordered insert — acknowledged only once durable — and then advances the chain heads
 * and ledger heads.</li>
 * </ol>
 * Because positions are assigned by this single thread, concurrent identical submissions never race for a revision;
 * between instances sharing a real MongoDB, the unique indexes on (chain, revision) and (ledger, seq) settle races, and
 * the loser re-reads and retries. A submission whose decision is already stored is answered with that decision.
 */
@Component
class DecisionWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);
    private static final int BATCH = 256;
    private static final int ROUNDS = 32;
    private static final long WAIT_SECONDS = 30;
    /** The single writer's note of the chains of the batch it is storing ({@link #attempt}). */
    static final String JOURNAL = "decision_writer_journal";

    private final MongoTemplate mongo;
    private final DecisionTexts texts;
    private final Sealer sealer;
    private final boolean singleWriter;
    private final ObjectProvider<HeadsObserver> observers;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private final Map<String, LedgerHead> ledgers = new HashMap<>();
    /**
     * Chains whose head may be behind (an advance failed, or the last life of this writer stopped mid-batch), each with
     * the number of the mark that made it suspect: a repair made elsewhere ({@link HeadReconciler}) clears a chain only
     * if it was not marked again meanwhile ({@link #cleared}).
     */
    private final Map<String, Long> suspect = new ConcurrentHashMap<>();
    private final AtomicLong marks = new AtomicLong();
    private volatile Thread thread;
    private volatile boolean running;

    DecisionWriter(MongoTemplate mongo, DecisionTexts texts, Sealer sealer, ObjectProvider<EmbeddedStorage> embedded,
            ObjectProvider<HeadsObserver> observers) {
        this.mongo = mongo;
        this.observers = observers;
        this.texts = texts;
        this.sealer = sealer;
        this.singleWriter = embedded.getIfAvailable() != null;
    }

    /** A decision to store: its document (chain fields and seal still empty) and what it must supersede, if anything. */
    record Pending(DecisionDocument draft, Document body, String bodySha256, String mustSupersede,
            List<DecisionTexts.Text> texts, Document assessment, CompletableFuture<DecisionStore.Recorded> done) {

        boolean submission() {
            return mustSupersede == null && "SUBMISSION".equals(draft.reason());
        }
    }

    private record ChainHead(String decisionId, int revision) {
    }

    private record LedgerHead(long seq, String hash) {
    }

    /** Stores a decision and returns it as stored; blocks until it is durable. */
    DecisionStore.Recorded write(DecisionDocument draft, Document body, String mustSupersede,
            List<DecisionTexts.Text> texts, Document assessment) {
        Pending pending = pending(draft, body, mustSupersede, texts, assessment);
        enqueue(List.of(pending));
        return outcome(pending);
    }

    /**
     * Stores several decisions, which the writer places and inserts together (in batches of {@value #BATCH}); blocks
     * until each is durable or has failed. Returns one outcome per decision, in order: a decision that could not be
     * stored (superseded meanwhile, storage unavailable) fails alone.
     */
    List<DecisionStore.Outcome> writeAll(List<Draft> drafts) {
        List<Pending> pendings = new ArrayList<>(drafts.size());
        drafts.forEach(draft -> pendings.add(pending(draft.draft(), draft.body(), draft.mustSupersede(), draft.texts(),
                draft.assessment())));
        enqueue(pendings);
        List<DecisionStore.Outcome> outcomes = new ArrayList<>(pendings.size());
        for (Pending pending : pendings) {
            try {
                outcomes.add(new DecisionStore.Outcome(outcome(pending), null));
            } catch (RuntimeException e) {
                outcomes.add(new DecisionStore.Outcome(null, e));
            }
        }
        return outcomes;
    }

    /** A decision to store with {@link #writeAll}. */
    record Draft(DecisionDocument draft, Document body, String mustSupersede, List<DecisionTexts.Text> texts,
            Document assessment) {
    }

    private Pending pending(DecisionDocument draft, Document body, String mustSupersede, List<DecisionTexts.Text> texts,
            Document assessment) {
        return new Pending(draft, body, sealer.bodySha256(body), mustSupersede, texts, assessment,
                new CompletableFuture<>());
    }

    /** Queues decisions; those the queue cannot take within 5 s fail as unavailable (the others are stored). */
    private void enqueue(List<Pending> pendings) {
        try {
            for (Pending pending : pendings) {
                if (!running || !queue.offer(pending, 5, TimeUnit.SECONDS)) {
                    pending.done().completeExceptionally(new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                            "The decision writer is not accepting work now"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private DecisionStore.Recorded outcome(Pending pending) {
        try {
            return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "Storing the decision took longer than "
                    + WAIT_SECONDS + " s; retry with the same Idempotency-Key");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void start() {
        if (singleWriter) {
            Document journal = mongo.getCollection(JOURNAL).find(Filters.eq("_id", "pending")).first();
            if (journal != null) {
                markSuspect(journal.getList("chains", String.class, List.of()));
                repairSuspects();
            }
        }
        running = true;
        thread = new Thread(this::run, "hoctap-decision-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.done().completeExceptionally(new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                "The service is stopping; nothing was stored for this request")));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase) has stopped taking requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                process(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    process(batch);
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Decision writer failed on a batch of {}", batch.size(), e);
                ledgers.clear();
                batch.forEach(pending -> pending.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Stores a batch: first what its decisions need and what does not depend on their positions (the assessments
     * handed with them, the texts they cite, the journal of their chains), then the rounds that place and insert them —
     * kept short, since another instance writing to the same ledger between a round's read and its insert costs a round.
     */
    private void process(List<Pending> batch) {
        List<DecisionTexts.Text> cited = new ArrayList<>();
        batch.forEach(pending -> cited.addAll(pending.texts()));
        texts.store(cited);
        storeAssessments(batch);
        journal(batch.stream().map(Pending::draft).toList());
        List<Pending> open = new ArrayList<>(batch);
        for (int round = 1; !open.isEmpty(); round++) {
            if (round > ROUNDS) {
                open.forEach(pending -> pending.done().completeExceptionally(new ApiException(
                        ProblemType.SERVICE_UNAVAILABLE, "Concurrent writers kept taking the same position; retry")));
                return;
            }
            if (round > 2) {
                // another writer keeps taking the same ledger positions: step aside for a moment, at random
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    open.forEach(pending -> pending.done().completeExceptionally(new ApiException(
                            ProblemType.SERVICE_UNAVAILABLE, "The service is stopping; nothing was stored for this request")));
                    return;
                }
            }
            open = attempt(open);
        }
    }

    /** One insert round; returns what has to be tried again (others wrote the positions this round assumed). */
    private List<Pending> attempt(List<Pending> pendings) {
        Map<String, DecisionDocument> stored = existing(pendings);
        Map<String, ChainHead> chains = chainHeads(pendings);
        List<Pending> placed = new ArrayList<>();
        List<DecisionDocument> finals = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Map<String, DecisionDocument> inBatch = new HashMap<>();
        List<Pending> duplicates = new ArrayList<>();
        for (Pending pending : pendings) {
            String id = pending.draft().id();
            if (stored.containsKey(id)) {
                pending.done().complete(new DecisionStore.Recorded(stored.get(id), false));
                continue;
            }
            if (inBatch.containsKey(id)) {
                duplicates.add(pending);
                continue;
            }
            ChainHead head = chains.get(pending.draft().chainKey());
            if (pending.mustSupersede() != null && (head == null || !head.decisionId().equals(pending.mustSupersede()))) {
                pending.done().completeExceptionally(new DecisionSupersededException(pending.mustSupersede(),
                        head == null ? "none" : head.decisionId()));
                continue;
            }
            int revision = head == null ? 1 : head.revision() + 1;
            String supersedes = head == null ? null : head.decisionId();
            String ledger = ledgerOf(pending.draft());
            LedgerHead position = ledger(ledger);
            long seq = position.seq() + 1;
            Seal seal = sealer.seal(ledger, seq, id, revision, supersedes, pending.bodySha256(), position.hash());
            DecisionDocument sealed = pending.draft().placed(revision, supersedes, seal);
            chains.put(sealed.chainKey(), new ChainHead(id, revision));
            ledgers.put(ledger, new LedgerHead(seq, seal.hash()));
            inBatch.put(id, sealed);
            placed.add(pending);
            finals.add(sealed);
            documents.add(document(pending.body(), revision, supersedes, seal));
        }
        int inserted = insert(documents);
        if (inserted > 0) {
            advanceHeads(finals.subList(0, inserted));
        }
        // answered once the heads are advanced, so that a query for current decisions right after sees them
        for (int i = 0; i < inserted; i++) {
            placed.get(i).done().complete(new DecisionStore.Recorded(finals.get(i), true));
        }
        List<Pending> again = new ArrayList<>(placed.subList(inserted, placed.size()));
        Set<String> storedNow = new java.util.HashSet<>();
        finals.subList(0, inserted).forEach(decision -> storedNow.add(decision.id()));
        for (Pending duplicate : duplicates) {
            DecisionDocument first = inBatch.get(duplicate.draft().id());
            if (storedNow.contains(first.id())) {
                duplicate.done().complete(new DecisionStore.Recorded(first, false));
            } else {
                again.add(duplicate);
            }
        }
        if (!again.isEmpty()) {
            // someone else writes here too (another instance connected to this store): re-read the ledgers and
            // probe these chains from now on
            ledgers.clear();
            markSuspect(again.stream().map(pending -> pending.draft().chainKey()).toList());
        }
        return again;
    }

    /**
     * Inserts in order; returns how many were stored. A duplicate key (another instance took a position) stops the
     * insert there and leaves the rest for the next round; any other failure fails the whole remainder.
     */
    private int insert(List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        try {
            decisions().insertMany(documents, new InsertManyOptions().ordered(true));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            int failedAt = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            if (e.getWriteErrors().isEmpty()
                    || ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            log.info("Decision writer: position taken by another writer at item {} of {}; re-reading", failedAt,
                    documents.size());
            return failedAt;
        }
    }

    private void advanceHeads(List<DecisionDocument> stored) {
        Map<String, DecisionDocument> lastOfChain = new LinkedHashMap<>();
        Map<String, Seal> lastOfLedger = new LinkedHashMap<>();
        for (DecisionDocument decision : stored) {
            lastOfChain.put(decision.chainKey(), decision);
            lastOfLedger.put(decision.integrity().ledger(), decision.integrity());
        }
        try {
            List<WriteModel<Document>> heads = new ArrayList<>();
            List<Document> written = new ArrayList<>();
            lastOfChain.values().forEach(decision -> {
                Document head = headDocument(decision);
                written.add(head);
                heads.add(new ReplaceOneModel<>(forward(decision.chainKey(), "revision", decision.revision()), head,
                        new ReplaceOptions().upsert(true)));
            });
            List<Integer> notAdvanced;
            try {
                notAdvanced = bulk(mongo.getCollection("decision_heads"), heads);
            } catch (RuntimeException e) {
                observers.forEach(observer -> observer.unknown(lastOfChain.keySet()));
                throw e;
            }
            Set<Integer> refused = new java.util.HashSet<>(notAdvanced);
            List<Document> advanced = new ArrayList<>(written.size());
            for (int i = 0; i < written.size(); i++) {
                if (!refused.contains(i)) {
                    advanced.add(written.get(i));
                }
            }
            observers.forEach(observer -> observer.written(advanced));
            List<WriteModel<Document>> ledgerHeads = new ArrayList<>();
            lastOfLedger.values().forEach(seal -> ledgerHeads.add(new ReplaceOneModel<>(
                    forward(seal.ledger(), "seq", seal.seq()), new Document("_id", seal.ledger()).append("seq", seal.seq())
                            .append("hash", seal.hash()), new ReplaceOptions().upsert(true))));
            bulk(mongo.getCollection("ledger_heads"), ledgerHeads);
            suspect.keySet().removeAll(lastOfChain.keySet());
            if (!notAdvanced.isEmpty()) {
                List<String> chains = new ArrayList<>(lastOfChain.keySet());
                List<String> behind = notAdvanced.stream().map(chains::get).toList();
                markSuspect(behind);
                if (singleWriter) {
                    log.error("Chain heads {} were refused as duplicates although this is the only writer (an index "
                            + "added to decision_heads?); their chains are suspect until the reconciler or a replay "
                            + "repairs them", behind);
                }
            }
        } catch (RuntimeException e) {
            markSuspect(lastOfChain.keySet());
            ledgers.clear();
            log.error("Decisions {} are stored but their chain heads could not be advanced ({}); the next write to those "
                    + "chains repairs them, and so do a replay and the reconciler (POST "
                    + HeadReconciliationController.PATH + ")", stored.stream().map(DecisionDocument::id).toList(),
                    e.getMessage());
        }
    }

    /**
     * Upserts that only move a head forward; a duplicate key means another writer is already further. Answers the
     * positions of the writes refused as duplicates: their heads were not written by this call, so their chains are
     * kept suspect (with several writers they usually are further already; with one, something else refused them).
     */
    private static List<Integer> bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        try {
            collection.bulkWrite(writes, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            if (!MongoWrites.onlyDuplicates(e)) {
                throw e;
            }
            return e.getWriteErrors().stream().map(com.mongodb.bulk.BulkWriteError::getIndex).toList();
        }
    }

    /**
     * Inserts the assessments handed with the decisions of this round, before the decisions (unordered; one already
     * stored by a retry is kept).
     */
    private void storeAssessments(List<Pending> placed) {
        List<Document> assessments = new ArrayList<>();
        placed.forEach(pending -> {
            if (pending.assessment() != null) {
                assessments.add(pending.assessment());
            }
        });
        MongoWrites.insertNew(mongo.getCollection("assessments"), assessments);
    }


    /**
     * With one writer: notes the chains of the batch about to be stored, and the suspect ones, so that a writer
     * stopped before advancing their heads repairs them when it starts again.
     */
    private void journal(List<DecisionDocument> batch) {
        if (!singleWriter || batch.isEmpty()) {
            return;
        }
        Set<String> chains = new LinkedHashSet<>(suspect.keySet());
        batch.forEach(decision -> chains.add(decision.chainKey()));
        mongo.getCollection(JOURNAL).replaceOne(Filters.eq("_id", "pending"), new Document("_id", "pending")
                .append("chains", new ArrayList<>(chains)), new ReplaceOptions().upsert(true));
    }

    /** Moves the heads of suspect chains forward to their last stored revision (at start-up). */
    private void repairSuspects() {
        Map<String, ChainHead> heads = new HashMap<>();
        for (Document head : mongo.getCollection("decision_heads").find(Filters.in("_id", suspect.keySet()))) {
            heads.put(head.getString("_id"), new ChainHead(head.getString("decisionId"), head.getInteger("revision")));
        }
        List<DecisionDocument> behind = new ArrayList<>();
        for (String key : suspect.keySet()) {
            ChainHead head = heads.get(key);
            int revision = head == null ? 0 : head.revision();
            Document next;
            Document last = null;
            while ((next = decisions().find(Filters.and(Filters.eq("chainKey", key), Filters.eq("revision", revision + 1)))
                    .first()) != null) {
                revision++;
                last = next;
            }
            if (last != null) {
                behind.add(mongo.getConverter().read(DecisionDocument.class, last));
            }
        }
        Set<String> repaired = new java.util.HashSet<>();
        behind.forEach(decision -> repaired.add(decision.chainKey()));
        suspect.keySet().removeIf(key -> !repaired.contains(key));
        if (!behind.isEmpty()) {
            behind.sort(java.util.Comparator.comparingLong(decision -> decision.integrity().seq()));
            advanceHeads(behind);
            log.warn("{} chain head(s) were behind after the last stop of the writer; repaired", behind.size());
        }
    }

    /**
     * The filter of a head update: with a single writer (the embedded store) the head is this writer's; with several
     * instances the update applies only while the stored head is behind.
     */
    private Bson forward(String id, String counter, long value) {
        return singleWriter ? Filters.eq("_id", id) : Filters.and(Filters.eq("_id", id), Filters.lt(counter, value));
    }

    private Map<String, DecisionDocument> existing(List<Pending> pendings) {
        List<String> ids = pendings.stream().filter(Pending::submission).map(pending -> pending.draft().id()).toList();
        Map<String, DecisionDocument> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Document document : decisions().find(Filters.in("_id", ids))) {
                found.put(document.getString("_id"), mongo.getConverter().read(DecisionDocument.class, document));
            }
        }
        return found;
    }

    /**
     * The current head of every chain in the batch, probed forward past revisions the head document missed. With one
     * writer (the embedded store) a head can only be behind if this writer failed to advance it, or stopped between
     * storing a batch and advancing its heads: such chains are {@link #suspect} (the {@link #JOURNAL} names the chains
     * of the batch being stored), and only they are probed. With several instances every chain is probed (a real
     * MongoDB answers from the unique index on chain and revision).
     */
    private Map<String, ChainHead> chainHeads(List<Pending> pendings) {
        Set<String> keys = new LinkedHashSet<>();
        pendings.forEach(pending -> keys.add(pending.draft().chainKey()));
        Map<String, ChainHead> heads = new HashMap<>();
        for (Document head : mongo.getCollection("decision_heads").find(Filters.in("_id", keys))) {
            heads.put(head.getString("_id"), new ChainHead(head.getString("decisionId"), head.getInteger("revision")));
        }
        for (String key : keys) {
            if (singleWriter && !suspect.containsKey(key)) {
                continue;
            }
            ChainHead head = heads.get(key);
            int revision = head == null ? 0 : head.revision();
            Document next;
            while ((next = decisions().find(Filters.and(Filters.eq("chainKey", key), Filters.eq("revision", revision + 1)))
                    .first()) != null) {
                revision++;
                head = new ChainHead(next.getString("_id"), revision);
            }
            if (head != null && heads.get(key) != head) {
                log.warn("Chain {} had its head behind at revision {}; repaired to revision {}", key,
                        heads.get(key) == null ? 0 : heads.get(key).revision(), revision);
            }
            if (head != null) {
                heads.put(key, head);
            }
        }
        return heads;
    }

    /** The last position of a ledger: cached while this writer is its only known writer, otherwise re-read. */
    private LedgerHead ledger(String ledger) {
        LedgerHead head = ledgers.get(ledger);
        if (head != null) {
            return head;
        }
        Document stored = mongo.getCollection("ledger_heads").find(Filters.eq("_id", ledger)).first();
        long seq = stored == null ? 0 : ((Number) stored.get("seq")).longValue();
        String hash = stored == null ? Seal.GENESIS : stored.getString("hash");
        Document next;
        while ((next = decisions().find(Filters.and(Filters.eq("integrity.ledger", ledger),
                Filters.eq("integrity.seq", seq + 1))).first()) != null) {
            seq++;
            hash = next.get("integrity", Document.class).getString("hash");
        }
        head = new LedgerHead(seq, hash);
        ledgers.put(ledger, head);
        return head;
    }

    private MongoCollection<Document> decisions() {
        return mongo.getCollection("decisions");
    }

    static String ledgerOf(DecisionDocument decision) {
        return decision.provinceCode() == null ? "_" : decision.provinceCode();
    }

    private Document document(Document body, int revision, String supersedes, Seal seal) {
        Document document = new Document(body);
        document.put("revision", revision);
        if (supersedes != null) {
            document.put("supersedes", supersedes);
        }
        Document integrity = new Document();
        mongo.getConverter().write(seal, integrity);
        integrity.remove("_class");
        document.put("integrity", integrity);
        return document;
    }

    private void markSuspect(java.util.Collection<String> chains) {
        chains.forEach(chain -> suspect.put(chain, marks.incrementAndGet()));
    }

    /** How many chains may have their head behind now (metric {@code hoctap.decisions.heads.suspect}). */
    int suspectCount() {
        return suspect.size();
    }

    /** The suspect chains now, each with its mark: what a reconciliation that starts now will have examined. */
    Map<String, Long> suspects() {
        return Map.copyOf(suspect);
    }

    /**
     * Forgets the suspicion of chains whose heads were examined (and repaired where needed) after {@code examined} was
     * taken by {@link #suspects}; a chain marked again since stays suspect.
     */
    void cleared(Map<String, Long> examined) {
        examined.forEach(suspect::remove);
    }

    private Document headDocument(DecisionDocument decision) {
        return DecisionHead.document(decision, mongo.getConverter());
    }
}
