package vn.hoctap.api.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hoctap.api.support.JsonBson;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.Verdict;

/**
 * Writes decisions (insert-only) and reads them back. Every write is a single-document atomic operation, so the
 * embedded server and a real MongoDB behave alike without transactions: the unique (chain, revision) index lets only
 * one decision take each revision, and the chain's head pointer is upserted only forwards.
 */
@Service
public class DecisionStore {

    private static final int ATTEMPTS = 8;

    private final Decisions decisions;
    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Clock clock;

    DecisionStore(Decisions decisions, MongoTemplate mongo, ObjectMapper json, Clock clock) {
        this.decisions = decisions;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A decision recorded by {@link #record}.
     *
     * @param created false when the assessment's submission decision already existed (a concurrent retry made it)
     */
    public record Recorded(DecisionDocument decision, boolean created) {
    }

    /**
     * Stores a new decision as the next revision of its chain and makes it current. The decision on a submitted
     * assessment has an id derived from the assessment's, so an assessment never gets two submission decisions, however
     * many retries race.
     */
    public Recorded record(NewDecision decision) {
        for (int attempt = 1; ; attempt++) {
            Optional<DecisionDocument> latest = latest(decision.chainKey());
            if (decision.supersedes() != null && !latest.map(DecisionDocument::id).orElse("").equals(decision.supersedes())) {
                throw new DecisionSupersededException(decision.supersedes(), latest.map(DecisionDocument::id).orElse("none"));
            }
            DecisionDocument document = document(decision, latest.map(DecisionDocument::revision).orElse(0) + 1,
                    latest.map(DecisionDocument::id).orElse(null));
            try {
                DecisionDocument stored = decisions.insert(document);
                advanceHead(stored);
                return new Recorded(stored, true);
            } catch (DuplicateKeyException e) {
                Optional<DecisionDocument> same = decisions.findById(document.id());
                if (same.isPresent()) {
                    return new Recorded(same.get(), false);
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public Optional<DecisionDocument> find(String id) {
        return decisions.findById(id);
    }

    /** Every decision of the chain, oldest first. */
    public List<DecisionDocument> chain(String chainKey) {
        return decisions.findByChainKeyOrderByRevisionAsc(chainKey);
    }

    /** The decision that superseded {@code id}, if any. */
    public Optional<DecisionDocument> successor(String id) {
        return decisions.findBySupersedes(id);
    }

    /** Decisions made on an assessment (a submission, then its re-evaluations), oldest first. */
    public List<DecisionDocument> ofAssessment(String assessmentId) {
        return decisions.findByAssessmentIdOrderByRevisionAsc(assessmentId);
    }

    /** A page of current decisions (or of every decision, with history), newest first. */
    public DecisionPage query(DecisionFilter filter, boolean history, int page, int size) {
        Query query = new Query(criteria(filter, history)).with(Sort.by(Sort.Direction.DESC, "decidedAt")
                .and(Sort.by(history ? "_id" : "chainKey")));
        Class<?> collection = history ? DecisionDocument.class : DecisionHead.class;
        long total = mongo.count(query, collection);
        query.skip((long) page * size).limit(size);
        List<DecisionDocument> items;
        if (history) {
            items = mongo.find(query, DecisionDocument.class);
        } else {
            List<String> ids = mongo.find(query, DecisionHead.class).stream().map(DecisionHead::decisionId).toList();
            Map<String, DecisionDocument> byId = decisions.findByIdIn(ids).stream()
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
        return criteria;
    }

    private Optional<DecisionDocument> latest(String chainKey) {
        Query query = new Query(where("chainKey").is(chainKey)).with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DecisionDocument.class));
    }

    private void advanceHead(DecisionDocument stored) {
        DecisionHead head = DecisionHead.of(stored);
        Query behind = new Query(where("_id").is(head.chainKey()).and("revision").lt(head.revision()));
        Update update = new Update().set("decisionId", head.decisionId()).set("revision", head.revision())
                .set("titleCode", head.titleCode()).set("areaPath", head.areaPath())
                .set("assessmentYear", head.assessmentYear()).set("outcome", head.outcome()).set("level", head.level())
                .set("rank", head.rank()).set("rulesetVersion", head.rulesetVersion()).set("decidedAt", head.decidedAt());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                mongo.upsert(behind, update, DecisionHead.class);
                return;
            } catch (DuplicateKeyException e) {
                // another writer created the head first: retry, the filter now matches it unless it is already later
                DecisionHead current = mongo.findById(head.chainKey(), DecisionHead.class);
                if (current != null && current.revision() >= head.revision()) {
                    return;
                }
            }
        }
    }

    private DecisionDocument document(NewDecision decision, int revision, String supersedes) {
        EvaluationResult result = decision.result();
        Verdict verdict = result.verdict();
        JsonNode tree = json.valueToTree(result);
        String id = decision.supersedes() == null
                ? UUID.nameUUIDFromBytes(("submission:" + decision.assessmentId()).getBytes(StandardCharsets.UTF_8)).toString()
                : UUID.randomUUID().toString();
        return new DecisionDocument(id, decision.assessmentId(), decision.chainKey(), revision,
                supersedes, decision.supersedes() == null ? "SUBMISSION" : "RE_EVALUATION", result.titleCode(),
                result.titleName(), decision.subject(), decision.areaPath(),
                decision.areaPath().isEmpty() ? null : decision.areaPath().get(0), result.assessmentYear(),
                result.referenceDate(), result.generation().id(), verdict.outcome().name(), verdict.level(),
                verdict.levelLabel(), verdict.rankCode(), verdict.rankLabel(), verdict.validUntil(),
                RulesetRef.of(result.ruleset()), JsonBson.toDocument(decision.input()), decision.inputSha256(),
                JsonBson.toDocument(tree), Instant.now(clock), decision.decidedBy());
    }
}
