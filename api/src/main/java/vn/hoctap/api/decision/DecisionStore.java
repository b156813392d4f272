package vn.hoctap.api.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hoctap.api.integrity.Sealer;
import vn.hoctap.api.support.JsonBson;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.Verdict;

/**
 * Writes decisions (insert-only, through the single {@link DecisionWriter}, which places and seals them) and reads
 * them back. Every lookup on a hot path is by {@code _id} or by a unique index — (chain, revision), (ledger, seq) — so
 * that the embedded server, which scans for any other query, answers in constant time.
 */
@Service
public class DecisionStore {

    private static final Logger log = LoggerFactory.getLogger(DecisionStore.class);

    private final Decisions decisions;
    private final DecisionWriter writer;
    private final MongoTemplate mongo;
    private final DecisionTexts texts;
    private final Clock clock;
    private final HeadReconciler heads;

    DecisionStore(Decisions decisions, DecisionWriter writer, MongoTemplate mongo, DecisionTexts texts, Clock clock,
            HeadReconciler heads) {
        this.decisions = decisions;
        this.writer = writer;
        this.mongo = mongo;
        this.texts = texts;
        this.clock = clock;
        this.heads = heads;
    }

    /**
     * A decision recorded by {@link #record}.
     *
     * @param created false when the assessment's submission decision already existed (a retry made it)
     */
    public record Recorded(DecisionDocument decision, boolean created) {
    }

    /**
     * Stores a new decision as the next revision of its chain and makes it current; returns once it is durable. The
     * decision on a submitted assessment has an id derived from the assessment's, so an assessment never gets two
     * submission decisions, however many retries race.
     */
    public Recorded record(NewDecision decision) {
        return record(decision, null);
    }

    /**
     * Stores a decision as {@link #record(NewDecision)} does, and first — in the same round of the writer — the
     * assessment it decides ({@code assessment}: a document of {@code assessments}; one already stored, by a retry, is
     * kept as it is). One trip to the database for both.
     */
    public Recorded record(NewDecision decision, Document assessment) {
        DecisionWriter.Draft draft = prepare(decision);
        Recorded recorded = writer.write(draft.draft(), draft.body(), draft.mustSupersede(), draft.texts(), assessment);
        if (!recorded.created()) {
            repairHead(recorded.decision());
        }
        return recorded;
    }

    /**
     * The outcome of one decision of {@link #recordAll}: recorded, or the failure of that decision alone.
     */
    public record Outcome(Recorded recorded, RuntimeException failure) {
    }

    /**
     * Stores several decisions together (the writer inserts them in few round trips); returns once each is durable or
     * has failed, one outcome per decision in order.
     */
    public List<Outcome> recordAll(List<NewDecision> decisions) {
        List<DecisionWriter.Draft> drafts = new ArrayList<>(decisions.size());
        decisions.forEach(decision -> drafts.add(prepare(decision)));
        List<Outcome> outcomes = writer.writeAll(drafts);
        outcomes.stream().filter(outcome -> outcome.recorded() != null && !outcome.recorded().created())
                .forEach(outcome -> repairHead(outcome.recorded().decision()));
        return outcomes;
    }

    /**
     * The decision on a submitted assessment, for the replay of its submission (the same {@code Idempotency-Key}):
     * a replay also repairs the head of the decision's chain if it is stale, so retrying a submission whose head could
     * not be advanced puts it right.
     */
    public Optional<DecisionDocument> replayedSubmission(String assessmentId) {
        Optional<DecisionDocument> found = submissionDecision(assessmentId);
        found.ifPresent(this::repairHead);
        return found;
    }

    /** A replay answers its decision even if the repair fails: the head stays suspect, for the reconciler. */
    private void repairHead(DecisionDocument decision) {
        try {
            heads.reconcileChain(decision.chainKey());
        } catch (RuntimeException e) {
            log.error(
                    "Could not check the head of chain {} on a replay: {}", decision.chainKey(), e.getMessage());
        }
    }

    private DecisionWriter.Draft prepare(NewDecision decision) {
        DecisionTexts.Compacted trace = texts.compact(DecisionTrace.of(decision.result(), decision.evidence()));
        DecisionDocument draft = draft(decision, texts.toDocument(trace.trace()));
        Document body = new Document();
        mongo.getConverter().write(draft, body);
        body.remove("_class");
        Sealer.UNSEALED_FIELDS.forEach(body::remove);
        return new DecisionWriter.Draft(draft, body, decision.supersedes(), trace.texts(), null);
    }

    /** The full trace of a decision, as {@code GET /api/v1/decisions/{id}} answers it. */
    public JsonNode trace(DecisionDocument decision) {
        return texts.view(decision.result());
    }

    public Optional<DecisionDocument> find(String id) {
        return decisions.findById(id);
    }

    /** The decision at {@code revision} of a chain. */
    public Optional<DecisionDocument> atRevision(String chainKey, int revision) {
        return Optional.ofNullable(mongo.findOne(new Query(where("chainKey").is(chainKey).and("revision").is(revision)),
                DecisionDocument.class));
    }

    /** Every decision of the chain, oldest first. */
    public List<DecisionDocument> chain(String chainKey) {
        List<DecisionDocument> chain = new ArrayList<>();
        Optional<DecisionDocument> next;
        while ((next = atRevision(chainKey, chain.size() + 1)).isPresent()) {
            chain.add(next.get());
        }
        return chain;
    }

    /** The decision that superseded {@code decision}, if any. */
    public Optional<DecisionDocument> successor(DecisionDocument decision) {
        return atRevision(decision.chainKey(), decision.revision() + 1);
    }

    /** The decision on a submitted assessment (its first decision), if it was stored. */
    public Optional<DecisionDocument> submissionDecision(String assessmentId) {
        return decisions.findById(submissionId(assessmentId));
    }

    /** Decisions made on an assessment (the submission, then its re-evaluations), oldest first. */
    public List<DecisionDocument> ofAssessment(String assessmentId) {
        Optional<DecisionDocument> first = submissionDecision(assessmentId);
        if (first.isEmpty()) {
            return List.of();
        }
        List<DecisionDocument> made = new ArrayList<>(List.of(first.get()));
        Optional<DecisionDocument> next = successor(first.get());
        while (next.isPresent()) {
            if (assessmentId.equals(next.get().assessmentId())) {
                made.add(next.get());
            }
            next = successor(next.get());
        }
        return made;
    }
    /**
     * A page of current decisions (or of every decision, with history), newest first: summaries only (the input
     * snapshot and the trace are not read).
     */
    public DecisionPage query(DecisionFilter filter, boolean history, int page, int size) {
        Query query = new Query(criteria(filter, history)).with(Sort.by(Sort.Direction.DESC, "decidedAt")
                .and(Sort.by(history ? "_id" : "chainKey")));
        Class<?> collection = history ? DecisionDocument.class : DecisionHead.class;
        long total = mongo.count(query, collection);
        query.skip((long) page * size).limit(size);
        List<DecisionDocument> items;
        if (history) {
            query.fields().exclude("input", "result");
            items = mongo.find(query, DecisionDocument.class);
        } else {
            query.fields().include("decisionId");
            List<String> ids = mongo.find(query, Document.class, "decision_heads").stream()
                    .map(head -> head.getString("decisionId")).toList();
            Query summaries = new Query(where("_id").in(ids));
            summaries.fields().exclude("input", "result");
            Map<String, DecisionDocument> byId = mongo.find(summaries, DecisionDocument.class).stream()
                    .collect(Collectors.toMap(DecisionDocument::id, Function.identity()));
            items = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }
        return new DecisionPage(items, page, size, total);
    }

    private Criteria criteria(DecisionFilter filter, boolean history) {
        Criteria criteria = new Criteria();
        if (filter.titleCode() != null) {
            criteria.and("titleCode").is(filter.titleCode());
        }
        if (filter.areaCode() != null) {
            criteria.and("areaPath").is(filter.areaCode());
        }
        if (filter.assessmentYear() != null) {
            criteria.and("assessmentYear").is(filter.assessmentYear());
        }
        if (filter.outcome() != null) {
            criteria.and("outcome").is(filter.outcome());
        }
        if (filter.level() != null) {
            criteria.and("level").is(filter.level());
        }
        if (filter.rulesetVersion() != null) {
            criteria.and(history ? "ruleset.version" : "rulesetVersion").is(filter.rulesetVersion());
        }
        if (filter.validOn() != null) {
            if (filter.outcome() == null) {
                criteria.and("outcome").is("RECOGNISED");
            }
            criteria.orOperator(where("validUntil").is(null),
                    where("validUntil").gte(filter.validOn().toString()));
        }
        return criteria;
    }

    static String submissionId(String assessmentId) {
        return UUID.nameUUIDFromBytes(("submission:" + assessmentId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The decision before it has a place in its chain and ledger (revision 0, no seal). */
    private DecisionDocument draft(NewDecision decision, Document trace) {
        EvaluationResult result = decision.result();
        Verdict verdict = result.verdict();
        String id = decision.supersedes() == null ? submissionId(decision.assessmentId()) : UUID.randomUUID().toString();
        return new DecisionDocument(id, decision.assessmentId(), decision.chainKey(), 0,
                null, decision.supersedes() == null ? "SUBMISSION" : "RE_EVALUATION", result.titleCode(),
                result.titleName(), decision.subject(), decision.areaPath(),
                decision.areaPath().isEmpty() ? null : decision.areaPath().get(0), result.assessmentYear(),
                result.referenceDate(), result.generation().id(), verdict.outcome().name(), verdict.level(),
                verdict.levelLabel(), verdict.rankCode(), verdict.rankLabel(), verdict.validUntil(),
                RulesetRef.of(result.ruleset()), JsonBson.toDocument(decision.input()), decision.inputSha256(),
                trace, Instant.now(clock), decision.decidedBy(), null, decision.decisionDate(), decision.requestedLevel(),
                decision.areaVersions(), decision.rollups() == null || decision.rollups().isEmpty() ? null
                        : decision.rollups(), decision.procedure(), decision.evidenceIds());
    }
}
