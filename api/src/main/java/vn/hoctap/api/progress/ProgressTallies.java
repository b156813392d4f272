package vn.hoctap.api.progress;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoctap.api.decision.HeadsObserver;
import vn.hoctap.api.storage.EmbeddedStorage;

/**
 * The figures of the progress report kept on write, so that a report reads a handful of documents by {@code _id}
 * instead of aggregating every head of the area (the embedded server has no secondary indexes).
 * <ul>
 * <li>{@value #SUBJECTS}, {@code _id} = {@code titleCode|subjectKey}: the subject's current heads in compact form
 * (per chain: assessment year, outcome, level, validity, area versions) and a {@code version} for compare-and-set;</li>
 * <li>{@value #TALLIES}, {@code _id} = {@code titleCode|areaVersionId|year} ({@code VN} for the country): the subjects
 * of the area by their best level valid on 31/12 of the year ({@code levels.<n>}, 0 for a recognition without levels;
 * subjects with none are not kept, no report reads them) and those with a current decision for an assessment in the
 * year ({@code assessed}) — exactly what the aggregation of {@link Progress} counts;</li>
 * <li>{@value #STATE}, {@code _id} = {@code state}: whether the tallies are usable ({@code stale}), the last year they
 * cover ({@code coveredUntil}) and the batches being applied ({@code pending}).</li>
 * </ul>
 * When heads are written ({@link HeadsObserver}: the decision writer, head repairs) each affected subject's summary is
 * read (one {@code $in}), its contribution before and after is computed, the summary is replaced (compare-and-set on
 * {@code version}; a lost race re-reads and retries) and the difference is applied as {@code $inc} upserts (one
 * unordered bulk, differences of one batch merged per tally). A failure marks the tallies stale: the report then
 * aggregates (slow but right) until {@link #rebuild} recomputes everything from {@code decision_heads} in one scan —
 * on request or at start-up when the tallies are stale, absent while heads exist, or were left mid-batch.
 * <p>
 * A recognition without an end of validity counts for every later year; the tallies cover the years up to
 * {@code coveredUntil}, fixed at each rebuild to {@value #HORIZON} years after the current year or the latest
 * assessment year, whichever is later. A report for a later year aggregates.
 */
@Component
public class ProgressTallies implements HeadsObserver {

    static final String SUBJECTS = "progress_subjects";
    static final String TALLIES = "progress_tallies";
    static final String STATE = "progress_tally_state";
    static final String NATIONAL = PlanTargetDocument.NATIONAL;
    /** Years after the current (or latest assessment) year the tallies cover. */
    static final int HORIZON = 10;
    private static final int CHUNK = 1000;
    private static final int ATTEMPTS = 16;
    private static final Logger log = LoggerFactory.getLogger(ProgressTallies.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final boolean singleWriter;

    ProgressTallies(MongoTemplate mongo, Clock clock, ObjectProvider<EmbeddedStorage> embedded) {
        this.mongo = mongo;
        this.clock = clock;
        this.singleWriter = embedded.getIfAvailable() != null;
    }

    /** The state of the tallies; {@code coveredUntil} is meaningful only when {@link #usable}. */
    record State(boolean usable, int coveredUntil) {
    }

    /** What a rebuild did. */
    public record Rebuilt(String trigger, Instant startedAt, long durationMillis, long heads, long subjects,
            long tallies, int coveredUntil) {
    }

    /** One head as a summary keeps it. */
    private record Head(String chain, int year, boolean recognised, int level, String validUntil, List<String> areas) {

        static Head of(Document head) {
            Object chain = head.containsKey("c") ? head.get("c") : head.get("_id");
            Integer year = head.containsKey("y") ? head.getInteger("y") : (Integer) head.get("assessmentYear");
            String outcome = head.containsKey("y") ? head.getString("o") : head.getString("outcome");
            Object level = head.containsKey("y") ? head.get("l") : head.get("level");
            Object valid = head.containsKey("y") ? head.get("v") : head.get("validUntil");
            @SuppressWarnings("unchecked")
            List<String> areas = (List<String>) (head.containsKey("y") ? head.get("a") : head.get("areaVersions"));
            return new Head(String.valueOf(chain), year == null ? 0 : year, "RECOGNISED".equals(outcome),
                    level instanceof Number number ? number.intValue() : 0, valid == null ? null : valid.toString(),
                    areas == null ? List.of() : List.copyOf(areas));
        }

        Document compact() {
            return new Document("c", chain).append("y", year).append("o", recognised ? "RECOGNISED" : "OTHER")
                    .append("l", level).append("v", validUntil).append("a", areas);
        }
    }

    /** A subject's figure in one tally: its best valid level (-1: none) and whether it was assessed in the year. */
    private record Cell(int level, boolean assessed) {
    }

    /** The usable tallies of these ids, or null when the report must aggregate (stale, absent, year not covered). */
    Map<String, Document> read(Collection<String> ids, int year) {
        State state = state();
        if (!state.usable() || year > state.coveredUntil()) {
            return null;
        }
        Map<String, Document> found = new HashMap<>();
        for (Document tally : tallies().find(in("_id", ids))) {
            found.put(tally.getString("_id"), tally);
        }
        return found;
    }

    static String tallyId(String titleCode, String area, int year) {
        return titleCode + "|" + area + "|" + year;
    }

    State state() {
        Document state = stateCollection().find(eq("_id", "state")).first();
        if (state == null || !Boolean.FALSE.equals(state.getBoolean("stale"))) {
            return new State(false, 0);
        }
        return new State(true, state.getInteger("coveredUntil", 0));
    }

    @Override
    public synchronized void written(List<Document> heads) {
        if (heads.isEmpty()) {
            return;
        }
        try {
            State state = state();
            if (!state.usable()) {
                return; // the next rebuild counts these heads
            }
            stateCollection().updateOne(eq("_id", "state"), Updates.inc("pending", 1));
            Map<String, Map<String, Head>> changed = new LinkedHashMap<>();
            for (Document head : heads) {
                changed.computeIfAbsent(subjectId(head), id -> new LinkedHashMap<>()).put(head.getString("_id"),
                        Head.of(head));
            }
            for (int attempt = 1; !changed.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new IllegalStateException("summaries of " + changed.keySet() + " kept changing");
                }
                apply(changed, state.coveredUntil());
            }
            stateCollection().updateOne(eq("_id", "state"), Updates.inc("pending", -1));
        } catch (RuntimeException e) {
            markStale("maintaining the tallies failed: " + e.getMessage());
            log.error("Progress tallies could not be maintained; they are marked stale and reports aggregate until "
                    + "they are rebuilt (POST {})", ProgressTallyController.PATH, e);
        }
    }

    @Override
    public void unknown(Collection<String> chainKeys) {
        markStale("heads of " + chainKeys.size() + " chain(s) may or may not have been written");
    }

    /** One round: summaries read, replaced by compare-and-set, differences of the subjects replaced applied. */
    private void apply(Map<String, Map<String, Head>> changed, int until) {
        Map<String, Document> summaries = new HashMap<>();
        for (Document summary : subjects().find(in("_id", changed.keySet()))) {
            summaries.put(summary.getString("_id"), summary);
        }
        String writeId = UUID.randomUUID().toString();
        List<WriteModel<Document>> writes = new ArrayList<>();
        Map<String, Map<String, Map<String, Integer>>> differences = new HashMap<>();
        for (Map.Entry<String, Map<String, Head>> subject : changed.entrySet()) {
            String id = subject.getKey();
            Document stored = summaries.get(id);
            Map<String, Head> before = heads(stored);
            Map<String, Head> after = new LinkedHashMap<>(before);
            after.putAll(subject.getValue());
            String title = id.substring(0, id.indexOf('|'));
            differences.put(id, difference(contribution(title, before.values(), until),
                    contribution(title, after.values(), until)));
            long version = stored == null ? 0 : ((Number) stored.get("version")).longValue();
            Document replacement = summary(id, after.values(), version + 1).append("writeId", writeId);
            writes.add(stored == null ? new InsertOneModel<>(replacement)
                    : new ReplaceOneModel<>(and(eq("_id", id), eq("version", version)), replacement));
        }
        boolean all;
        try {
            var result = subjects().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            all = result.getInsertedCount() + result.getMatchedCount() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            all = false;
        }
        List<String> done = new ArrayList<>(changed.keySet());
        if (!all) {
            // another writer replaced some summaries first: only those carrying this round's id were replaced here
            done.clear();
            for (Document summary : subjects().find(in("_id", changed.keySet())).projection(
                    new Document("writeId", 1))) {
                if (writeId.equals(summary.getString("writeId"))) {
                    done.add(summary.getString("_id"));
                }
            }
        }
        Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
        for (String id : done) {
            differences.get(id).forEach((tally, fields) -> fields.forEach((field, delta) -> merged
                    .computeIfAbsent(tally, key -> new LinkedHashMap<>()).merge(field, delta, Integer::sum)));
            changed.remove(id);
        }
        List<WriteModel<Document>> increments = new ArrayList<>();
        merged.forEach((tally, fields) -> {
            Document inc = new Document();
            fields.forEach((field, delta) -> {
                if (delta != 0) {
                    inc.append(field, delta);
                }
            });
            if (!inc.isEmpty()) {
                increments.add(new UpdateOneModel<>(eq("_id", tally), new Document("$inc", inc),
                        new UpdateOptions().upsert(true)));
            }
        });
        if (!increments.isEmpty()) {
            tallies().bulkWrite(increments, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * Recomputes every summary and tally from {@code decision_heads} in one scan, and clears the stale flag. Writes
     * of this instance wait meanwhile; with several instances, run it while only one writes.
     */
    public synchronized Rebuilt rebuild(String trigger) {
        Instant started = clock.instant();
        markStale("rebuilding");
        subjects().drop();
        tallies().drop();
        Map<String, Map<String, Head>> bySubject = new HashMap<>();
        long heads = 0;
        int latest = 0;
        for (Document head : mongo.getCollection("decision_heads").find().projection(new Document("titleCode", 1)
                .append("subjectKey", 1).append("assessmentYear", 1).append("outcome", 1).append("level", 1)
                .append("validUntil", 1).append("areaVersions", 1))) {
            Head compact = Head.of(head);
            bySubject.computeIfAbsent(subjectId(head), id -> new LinkedHashMap<>()).put(compact.chain(), compact);
            latest = Math.max(latest, compact.year());
            heads++;
        }
        int until = Math.max(LocalDate.now(clock).getYear(), latest) + HORIZON;
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        List<Document> summaries = new ArrayList<>(CHUNK);
        for (Map.Entry<String, Map<String, Head>> subject : bySubject.entrySet()) {
            String title = subject.getKey().substring(0, subject.getKey().indexOf('|'));
            difference(Map.of(), contribution(title, subject.getValue().values(), until)).forEach((tally, fields) ->
                    fields.forEach((field, count) -> counted.computeIfAbsent(tally, key -> new HashMap<>())
                            .merge(field, count, Integer::sum)));
            summaries.add(summary(subject.getKey(), subject.getValue().values(), 1));
            if (summaries.size() == CHUNK) {
                subjects().insertMany(summaries);
                summaries.clear();
            }
        }
        if (!summaries.isEmpty()) {
            subjects().insertMany(summaries);
        }
        List<Document> tallies = new ArrayList<>(CHUNK);
        for (Map.Entry<String, Map<String, Integer>> tally : counted.entrySet()) {
            Document document = new Document("_id", tally.getKey());
            Document levels = new Document();
            tally.getValue().forEach((field, count) -> {
                if (field.startsWith("levels.")) {
                    levels.append(field.substring("levels.".length()), count);
                } else {
                    document.append(field, count);
                }
            });
            tallies.add(document.append("levels", levels));
            if (tallies.size() == CHUNK) {
                tallies().insertMany(tallies);
                tallies.clear();
            }
        }
        if (!tallies.isEmpty()) {
            tallies().insertMany(tallies);
        }
        Instant finished = clock.instant();
        stateCollection().replaceOne(eq("_id", "state"), new Document("_id", "state").append("stale", false)
                .append("coveredUntil", until).append("pending", 0).append("builtAt", finished.toString())
                .append("trigger", trigger), new ReplaceOptions().upsert(true));
        Rebuilt rebuilt = new Rebuilt(trigger, started, finished.toEpochMilli() - started.toEpochMilli(), heads,
                bySubject.size(), counted.size(), until);
        log.info("Progress tallies rebuilt ({}): {} heads, {} subjects, {} tallies up to {} in {} ms", trigger, heads,
                bySubject.size(), counted.size(), until, rebuilt.durationMillis());
        return rebuilt;
    }

    /**
     * At start-up: rebuilds the tallies when they are stale, absent while heads exist, or (one writer) were left
     * with a batch half applied; a failure leaves them stale, which only slows the report down.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            Document state = stateCollection().find(eq("_id", "state")).first();
            boolean heads = mongo.getCollection("decision_heads").find().projection(new Document("_id", 1))
                    .first() != null;
            String why = state == null ? (heads ? "absent" : null) : !Boolean.FALSE.equals(state.getBoolean("stale"))
                    ? "stale" : singleWriter && state.getInteger("pending", 0) != 0 ? "left mid-batch" : null;
            if (state == null && why == null) {
                rebuild("STARTUP (none yet)");
            } else if (why != null) {
                log.warn("Progress tallies are {}; rebuilding them from the decision heads", why);
                rebuild("STARTUP (" + why + ")");
            }
        } catch (RuntimeException e) {
            log.error("Rebuilding the progress tallies at start-up failed; reports aggregate until POST {} succeeds",
                    ProgressTallyController.PATH, e);
        }
    }

    /**
     * Per tally id, the subject's cell: for each area on any of its heads (and the country), for each year from its
     * first assessment year up to {@code until}, the best level valid on 31/12 among its heads of that area assessed
     * up to the year, and whether one of them is for an assessment of the year. A cell with no valid level and no
     * assessment is left out (it changes no figure).
     */
    private static Map<String, Cell> contribution(String title, Collection<Head> heads, int until) {
        Map<String, Cell> cells = new HashMap<>();
        if (heads.isEmpty()) {
            return cells;
        }
        int first = heads.stream().mapToInt(Head::year).min().orElseThrow();
        Map<String, List<Head>> byArea = new LinkedHashMap<>();
        byArea.put(NATIONAL, List.copyOf(heads));
        for (Head head : heads) {
            head.areas().forEach(area -> byArea.computeIfAbsent(area, key -> new ArrayList<>()).add(head));
        }
        for (Map.Entry<String, List<Head>> area : byArea.entrySet()) {
            for (int year = first; year <= until; year++) {
                String counting = LocalDate.of(year, 12, 31).toString();
                boolean any = false;
                boolean assessed = false;
                int level = -1;
                for (Head head : area.getValue()) {
                    if (head.year() > year) {
                        continue;
                    }
                    any = true;
                    assessed |= head.year() == year;
                    if (head.recognised() && (head.validUntil() == null
                            || head.validUntil().compareTo(counting) >= 0)) {
                        level = Math.max(level, head.level());
                    }
                }
                if (any && (level >= 0 || assessed)) {
                    cells.put(tallyId(title, area.getKey(), year), new Cell(level, assessed));
                }
            }
        }
        return cells;
    }

    /** Per tally id, the {@code $inc} fields that turn {@code before} into {@code after}. */
    private static Map<String, Map<String, Integer>> difference(Map<String, Cell> before, Map<String, Cell> after) {
        Map<String, Map<String, Integer>> changes = new HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Cell was = before.get(id);
            Cell is = after.get(id);
            if (Objects.equals(was, is)) {
                continue;
            }
            Map<String, Integer> fields = new LinkedHashMap<>();
            if (was != null && was.level() >= 0) {
                fields.merge("levels." + was.level(), -1, Integer::sum);
            }
            if (is != null && is.level() >= 0) {
                fields.merge("levels." + is.level(), 1, Integer::sum);
            }
            int assessed = (is != null && is.assessed() ? 1 : 0) - (was != null && was.assessed() ? 1 : 0);
            if (assessed != 0) {
                fields.put("assessed", assessed);
            }
            fields.values().removeIf(delta -> delta == 0);
            if (!fields.isEmpty()) {
                changes.put(id, fields);
            }
        }
        return changes;
    }

    private static Map<String, Head> heads(Document summary) {
        Map<String, Head> heads = new LinkedHashMap<>();
        if (summary != null) {
            for (Document head : summary.getList("heads", Document.class)) {
                Head compact = Head.of(head);
                heads.put(compact.chain(), compact);
            }
        }
        return heads;
    }

    private static Document summary(String id, Collection<Head> heads, long version) {
        return new Document("_id", id).append("version", version).append("heads",
                heads.stream().map(Head::compact).toList());
    }

    /** {@code titleCode|subjectKey}: the heads the aggregation groups as one subject. */
    private static String subjectId(Document head) {
        return head.getString("titleCode") + "|" + head.getString("subjectKey");
    }

    private void markStale(String reason) {
        try {
            stateCollection().updateOne(eq("_id", "state"), Updates.combine(Updates.set("stale", true),
                    Updates.set("reason", reason)), new UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            log.error("Progress tallies could not be marked stale ({})", reason, e);
        }
    }

    private MongoCollection<Document> subjects() {
        return mongo.getCollection(SUBJECTS);
    }

    private MongoCollection<Document> tallies() {
        return mongo.getCollection(TALLIES);
    }

    private MongoCollection<Document> stateCollection() {
        return mongo.getCollection(STATE);
    }
}
