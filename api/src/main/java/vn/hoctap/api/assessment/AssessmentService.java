package vn.hoctap.api.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.ErrorCategory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaDocument;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.area.AreaTier;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionStore;
import vn.hoctap.api.decision.DecisionSupersededException;
import vn.hoctap.api.decision.DecisionTrace;
import vn.hoctap.api.decision.NewDecision;
import vn.hoctap.api.decision.ProcedureCheck;
import vn.hoctap.api.decision.RollupFigure;
import vn.hoctap.api.integrity.IntegrityVerifier;
import vn.hoctap.api.rollup.Rollups;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.support.CanonicalJson;
import vn.hoctap.api.support.JsonBson;
import vn.hoctap.api.support.VietnamTime;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.InputRules;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.schema.InvalidInputException;

/**
 * Submits assessments: checks the request against the area registry and the active ruleset (whose input schema the
 * facts must follow), evaluates, then stores the assessment and its decision — the assessment first, so that nothing
 * accepted is lost. An {@code Idempotency-Key} reserves the assessment for one request body: a retry returns the first
 * decision; the same key with another body is refused.
 */
@Service
public class AssessmentService {

    private static final Set<String> AREA_TITLES = Set.of("COMMUNE", "DISTRICT", "PROVINCE");
    private static final int EARLIEST_YEAR = 2000;
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> FACTS =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    private final ActiveRuleset active;
    private final AreaRegistry areas;
    private final Assessments assessments;
    private final IdempotencyRecords idempotency;
    private final DecisionStore decisions;
    private final ObjectMapper json;
    private final Clock clock;
    private final IntegrityVerifier verifier;
    private final MongoTemplate mongo;
    private final Workers workers;
    private final Rollups rollups;
    private final EvidenceCheck evidence;

    AssessmentService(ActiveRuleset active, AreaRegistry areas, Assessments assessments, IdempotencyRecords idempotency,
            DecisionStore decisions, ObjectMapper json, Clock clock, IntegrityVerifier verifier, MongoTemplate mongo,
            Workers workers, Rollups rollups, EvidenceCheck evidence) {
        this.evidence = evidence;
        this.rollups = rollups;
        this.verifier = verifier;
        this.mongo = mongo;
        this.workers = workers;
        this.active = active;
        this.areas = areas;
        this.assessments = assessments;
        this.idempotency = idempotency;
        this.decisions = decisions;
        this.json = json;
        this.clock = clock;
    }

    /** The result of a submission: the decision, and whether it is the replay of an earlier identical request. */
    public record Submission(DecisionDocument decision, boolean replayed) {
    }

    /**
     * An {@code Idempotency-Key} as sent, in the namespace of the endpoint that received it: single submissions and
     * batches never share keys, and item {@code i} of a batch sent with key {@code k} uses {@code k#i}.
     */
    public record IdempotencyKey(String scope, String key) {

        static IdempotencyKey single(String key) {
            return key == null ? null : new IdempotencyKey("single", key);
        }

        static IdempotencyKey batchItem(String key, int index) {
            return key == null ? null : new IdempotencyKey("batch", key + "#" + index);
        }

        String recordId(String submitter) {
            return submitter + "\n" + scope + "\n" + key;
        }
    }

    /** Evaluates and stores one assessment against the ruleset in service. */
    public Submission submit(SubmitAssessmentRequest request, String submitter, String idempotencyKey) {
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            return submit(rulesets, request, submitter, IdempotencyKey.single(idempotencyKey));
        }
    }

    /**
     * Everything is checked before anything is stored, and the cheap checks come first: text and number limits before
     * the input is hashed, the area and the facts before evaluation. The assessment id under an idempotency key is
     * derived from the key, so a retry after any failure — even one that lost the key's record — lands on the same
     * assessment and the same decision.
     */
    Submission submit(ActiveRuleset.Snapshot rulesets, SubmitAssessmentRequest request, String submitter,
            IdempotencyKey idempotencyKey) {
        Checked checked = check(request, idempotencyKey, submitter);
        JsonNode input = checked.input();
        String inputSha256 = checked.inputSha256();
        String key = checked.recordKey();
        Optional<IdempotencyRecord> earlier = key == null ? Optional.empty() : idempotency.findById(key);
        Optional<Submission> replay = earlier.flatMap(first -> replay(first, inputSha256, idempotencyKey.key()));
        if (replay.isPresent()) {
            return replay.get();
        }
        Prepared prepared = prepare(rulesets, request, input, submitter, null, null);
        String assessmentId = checked.assessmentId();
        if (key != null && earlier.isEmpty()) {
            try {
                idempotency.insert(new IdempotencyRecord(key, inputSha256, assessmentId, Instant.now(clock)));
            } catch (DuplicateKeyException e) {
                IdempotencyRecord first = idempotency.findById(key).orElseThrow(() -> e);
                replay = replay(first, inputSha256, idempotencyKey.key());
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
        }
        Document assessment = new Document();
        mongo.getConverter().write(assessmentOf(request, checked, submitter, Instant.now(clock)), assessment);
        assessment.remove("_class");
        DecisionStore.Recorded recorded = decisions.record(prepared.decision(assessmentId, request, input, inputSha256,
                submitter, null), assessment);
        return new Submission(recorded.decision(), !recorded.created());
    }

    /** One item of a bulk submission ({@link #submitAll}). */
    record Item(SubmitAssessmentRequest request, IdempotencyKey key) {
    }

    /** The fate of one item of a bulk submission: its submission, or the failure of that item alone. */
    record ItemOutcome(Submission submission, RuntimeException failure) {
    }

    /**
     * Submits many assessments as {@link #submit} would one by one, with the same checks, idempotency and results, but
     * in few round trips: checks and evaluations run on the bounded worker pool, then the idempotency records, the
     * assessments and the decisions are each written with one unordered bulk write. An item whose key was used
     * before, or is taken meanwhile, is completed alone the single way. Returns one outcome per item, in order; an item
     * that fails never affects another.
     */
    List<ItemOutcome> submitAll(ActiveRuleset.Snapshot rulesets, List<Item> items, String submitter) {
        int size = items.size();
        ItemOutcome[] outcomes = new ItemOutcome[size];
        Checked[] checked = new Checked[size];
        RuntimeException[] refused = workers.run(size, i -> checked[i] = check(items.get(i).request(),
                items.get(i).key(), submitter));
        for (int i = 0; i < size; i++) {
            if (refused[i] != null) {
                outcomes[i] = new ItemOutcome(null, refused[i]);
            }
        }
        Map<String, IdempotencyRecord> earlier = earlierRecords(checked);
        List<Integer> alone = new ArrayList<>();
        List<Integer> together = new ArrayList<>();
        Set<String> keysSeen = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            if (checked[i] == null) {
                continue;
            }
            String key = checked[i].recordKey();
            if (key != null && (earlier.containsKey(key) || !keysSeen.add(key))) {
                alone.add(i);
            } else {
                together.add(i);
            }
        }
        Prepared[] prepared = new Prepared[size];
        RuntimeException[] failures = workers.run(together.size(), j -> {
            int i = together.get(j);
            prepared[i] = prepare(rulesets, items.get(i).request(), checked[i].input(), submitter, null, null);
        });
        List<Integer> evaluated = new ArrayList<>();
        for (int j = 0; j < together.size(); j++) {
            int i = together.get(j);
            if (failures[j] != null) {
                outcomes[i] = new ItemOutcome(null, failures[j]);
            } else {
                evaluated.add(i);
            }
        }
        evaluated = reserveKeys(evaluated, checked, outcomes, alone);
        evaluated = storeAssessments(evaluated, items, checked, submitter, outcomes);
        List<NewDecision> decisions = new ArrayList<>(evaluated.size());
        for (int i : evaluated) {
            SubmitAssessmentRequest request = items.get(i).request();
            decisions.add(prepared[i].decision(checked[i].assessmentId(), request, checked[i].input(),
                    checked[i].inputSha256(), submitter, null));
        }
        List<DecisionStore.Outcome> recorded = this.decisions.recordAll(decisions);
        for (int j = 0; j < evaluated.size(); j++) {
            DecisionStore.Outcome outcome = recorded.get(j);
            outcomes[evaluated.get(j)] = outcome.failure() != null ? new ItemOutcome(null, outcome.failure())
                    : new ItemOutcome(new Submission(outcome.recorded().decision(), !outcome.recorded().created()), null);
        }
        for (int i : alone) {
            try {
                outcomes[i] = new ItemOutcome(submit(rulesets, items.get(i).request(), submitter, items.get(i).key()), null);
            } catch (RuntimeException e) {
                outcomes[i] = new ItemOutcome(null, e);
            }
        }
        return List.of(outcomes);
    }

    /** A request checked and hashed, with the assessment id it will have and its idempotency record's id. */
    private record Checked(JsonNode input, String inputSha256, String recordKey, String assessmentId) {
    }

    private Checked check(SubmitAssessmentRequest request, IdempotencyKey idempotencyKey, String submitter) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode input = InputRules.checked(snapshot(request), "", problems);
        checkDates(request, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        String key = idempotencyKey == null ? null : idempotencyKey.recordId(submitter);
        return new Checked(input, CanonicalJson.sha256(input), key, assessmentId(key));
    }

    /** The assessment a checked request is stored as. */
    private static AssessmentDocument assessmentOf(SubmitAssessmentRequest request, Checked checked, String submitter,
            Instant at) {
        return new AssessmentDocument(checked.assessmentId(), request.titleCode(), request.subject(),
                request.assessmentYear(), request.referenceDate(), JsonBson.toDocument(checked.input().get("facts")),
                checked.inputSha256(), submitter, at, request.requestedLevel(), request.acceptLowerLevel(),
                request.decisionDate(), request.filingDate(), request.rollupOverrides(), request.evidence());
    }

    private static String assessmentId(String recordKey) {
        return recordKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("assessment\n" + recordKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Map<String, IdempotencyRecord> earlierRecords(Checked[] checked) {
        List<String> keys = new ArrayList<>();
        for (Checked item : checked) {
            if (item != null && item.recordKey() != null) {
                keys.add(item.recordKey());
            }
        }
        Map<String, IdempotencyRecord> found = new HashMap<>();
        if (!keys.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(keys)), IdempotencyRecord.class)
                    .forEach(record -> found.put(record.id(), record));
        }
        return found;
    }

    /**
     * Inserts the idempotency records of the keyed items in one unordered bulk write; an item whose key another
     * request took meanwhile is moved to {@code alone} (it replays or conflicts there). Returns the items to store.
     */
    private List<Integer> reserveKeys(List<Integer> items, Checked[] checked, ItemOutcome[] outcomes, List<Integer> alone) {
        List<Integer> keyed = items.stream().filter(i -> checked[i].recordKey() != null).toList();
        if (keyed.isEmpty()) {
            return items;
        }
        Instant now = Instant.now(clock);
        List<IdempotencyRecord> records = new ArrayList<>(keyed.size());
        keyed.forEach(i -> records.add(new IdempotencyRecord(checked[i].recordKey(), checked[i].inputSha256(),
                checked[i].assessmentId(), now)));
        Map<Integer, RuntimeException> failed = bulkInsert(IdempotencyRecord.class, records);
        Set<Integer> out = new java.util.HashSet<>();
        failed.forEach((index, failure) -> {
            int i = keyed.get(index);
            out.add(i);
            if (failure instanceof DuplicateKeyException) {
                alone.add(i);
            } else {
                outcomes[i] = new ItemOutcome(null, failure);
            }
        });
        return items.stream().filter(i -> !out.contains(i)).toList();
    }

    /** Inserts the assessments in one unordered bulk write; one already stored (a retry's) is kept as it is. */
    private List<Integer> storeAssessments(List<Integer> items, List<Item> requests, Checked[] checked, String submitter,
            ItemOutcome[] outcomes) {
        Instant now = Instant.now(clock);
        List<AssessmentDocument> documents = new ArrayList<>(items.size());
        for (int i : items) {
            documents.add(assessmentOf(requests.get(i).request(), checked[i], submitter, now));
        }
        Map<Integer, RuntimeException> failed = bulkInsert(AssessmentDocument.class, documents);
        Set<Integer> out = new java.util.HashSet<>();
        failed.forEach((index, failure) -> {
            if (!(failure instanceof DuplicateKeyException)) {
                int i = items.get(index);
                out.add(i);
                outcomes[i] = new ItemOutcome(null, failure);
            }
        });
        return out.isEmpty() ? items : items.stream().filter(i -> !out.contains(i)).toList();
    }

    /**
     * One unordered bulk insert; returns the failure of each document that was not inserted, by its index: a
     * {@link DuplicateKeyException} for a taken id, the write error otherwise (every document when the whole write
     * failed).
     */
    private <T> Map<Integer, RuntimeException> bulkInsert(Class<T> type, List<T> documents) {
        Map<Integer, RuntimeException> failed = new HashMap<>();
        if (documents.isEmpty()) {
            return failed;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
        } catch (BulkOperationException e) {
            e.getErrors().forEach(error -> failed.put(error.getIndex(), ErrorCategory.fromErrorCode(error.getCode())
                    == ErrorCategory.DUPLICATE_KEY ? new DuplicateKeyException(error.getMessage())
                    : new IllegalStateException("write error " + error.getCode() + ": " + error.getMessage(), e)));
        } catch (RuntimeException e) {
            for (int i = 0; i < documents.size(); i++) {
                failed.put(i, e);
            }
        }
        return failed;
    }

    /**
     * The first decision made under an idempotency key, if the request is the same; a conflict if it is not; empty when
     * the first attempt stopped before its decision was stored (the caller then completes it).
     */
    private Optional<Submission> replay(IdempotencyRecord first, String inputSha256, String idempotencyKey) {
        if (!first.requestSha256().equals(inputSha256)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_CONFLICT, "Idempotency-Key '" + idempotencyKey
                    + "' was used for a different request", List.of(), Map.of("assessmentId", first.assessmentId()));
        }
        return decisions.replayedSubmission(first.assessmentId()).map(made -> new Submission(made, true));
    }

    /**
     * Evaluates the assessment behind decision {@code decisionId} again with the ruleset in service and records a new
     * decision that supersedes it. Only the current decision of a chain can be re-evaluated.
     */
    public DecisionDocument reevaluate(String decisionId, String editor) {
        DecisionDocument previous = decisions.find(decisionId).orElseThrow(() -> ApiException.notFound("decision", decisionId));
        AssessmentDocument assessment = assessments.findById(previous.assessmentId())
                .orElseThrow(() -> ApiException.notFound("assessment", previous.assessmentId()));
        String seal = verifier.verify(previous.id()).map(IntegrityVerifier.DecisionVerification::status).orElse("MISSING");
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            return decisions.record(reevaluation(rulesets, previous, assessment, seal, editor)).decision();
        }
    }

    /** The fate of one decision of {@link #reevaluateAll}. */
    public enum Reevaluated { SUPERSEDED, SKIPPED, FAILED }

    /**
     * Re-evaluates many current decisions as {@link #reevaluate} does one, in few round trips: the decisions and their
     * assessments are read with one query each, checked (seal, cited texts, input hashes) and evaluated on the bounded
     * worker pool, and the new decisions are stored together. A decision superseded meanwhile is skipped; one that
     * no longer matches its seal, or whose assessment no longer fits, fails alone. Returns one fate per id, in order.
     * The links of each decision to its ledger neighbours are not checked here ({@code POST
     * /api/v1/integrity/verification} does).
     */
    public List<Reevaluated> reevaluateAll(ActiveRuleset.Snapshot rulesets, List<String> decisionIds, String editor) {
        Map<String, Document> stored = new HashMap<>();
        for (Document document : mongo.getCollection("decisions").find(com.mongodb.client.model.Filters.in("_id",
                decisionIds))) {
            stored.put(document.getString("_id"), document);
        }
        List<DecisionDocument> previous = new ArrayList<>(decisionIds.size());
        List<String> assessmentIds = new ArrayList<>();
        for (String id : decisionIds) {
            Document document = stored.get(id);
            DecisionDocument decision = document == null ? null : mongo.getConverter().read(DecisionDocument.class, document);
            previous.add(decision);
            if (decision != null) {
                assessmentIds.add(decision.assessmentId());
            }
        }
        Map<String, AssessmentDocument> assessed = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(assessmentIds)), AssessmentDocument.class)
                .forEach(assessment -> assessed.put(assessment.id(), assessment));
        Set<String> intactTexts = ConcurrentHashMap.newKeySet();
        NewDecision[] next = new NewDecision[decisionIds.size()];
        RuntimeException[] failures = workers.run(decisionIds.size(), i -> {
            DecisionDocument decision = previous.get(i);
            if (decision == null) {
                throw ApiException.notFound("decision", decisionIds.get(i));
            }
            AssessmentDocument assessment = assessed.get(decision.assessmentId());
            if (assessment == null) {
                throw ApiException.notFound("assessment", decision.assessmentId());
            }
            next[i] = reevaluation(rulesets, decision, assessment,
                    verifier.sealOf(stored.get(decision.id()), intactTexts), editor);
        });
        List<Integer> ready = new ArrayList<>();
        List<NewDecision> decisions = new ArrayList<>();
        Reevaluated[] fates = new Reevaluated[decisionIds.size()];
        for (int i = 0; i < next.length; i++) {
            if (failures[i] != null) {
                fates[i] = Reevaluated.FAILED;
            } else {
                ready.add(i);
                decisions.add(next[i]);
            }
        }
        List<DecisionStore.Outcome> outcomes = this.decisions.recordAll(decisions);
        for (int j = 0; j < ready.size(); j++) {
            RuntimeException failure = outcomes.get(j).failure();
            fates[ready.get(j)] = failure == null ? Reevaluated.SUPERSEDED
                    : failure instanceof DecisionSupersededException ? Reevaluated.SKIPPED : Reevaluated.FAILED;
        }
        return List.of(fates);
    }

    /**
     * The new decision on {@code assessment} that re-evaluates {@code previous} under the rulesets in service, after
     * checking that neither was altered since they were sealed.
     */
    private NewDecision reevaluation(ActiveRuleset.Snapshot rulesets, DecisionDocument previous,
            AssessmentDocument assessment, String seal, String editor) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = json.convertValue(JsonBson.toNode(assessment.facts()), Map.class);
        SubmitAssessmentRequest request = assessment.request(facts);
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode input = InputRules.checked(snapshot(request), "", problems);
        String inputSha256 = CanonicalJson.sha256(input);
        if (!problems.isEmpty() || !inputSha256.equals(assessment.inputSha256())
                || !inputSha256.equals(previous.inputSha256()) || !seal.equals("VALID")) {
            throw new ApiException(ProblemType.INTEGRITY_VIOLATION, "Decision " + previous.id() + " or its assessment "
                    + assessment.id() + " no longer matches what was sealed (decision seal: " + seal
                    + "); it is not re-evaluated", List.of(), Map.of("decisionId", previous.id(), "sealStatus", seal));
        }
        Prepared prepared = prepare(rulesets, request, input, assessment.submittedBy(), decisionDateOf(previous),
                previous.rollups() == null ? List.of() : previous.rollups());
        return prepared.decision(assessment.id(), request, input, inputSha256, editor, previous.id());
    }

    /**
     * The stored assessment behind {@code decision} evaluated again with {@code ruleset}, as a preview: nothing is
     * stored.
     *
     * @throws vn.hoctap.engine.schema.InvalidInputException when the assessment does not fit that ruleset's schema
     */
    public EvaluationResult evaluateAgain(Ruleset ruleset, DecisionDocument decision) {
        AssessmentDocument assessment = assessments.findById(decision.assessmentId())
                .orElseThrow(() -> ApiException.notFound("assessment", decision.assessmentId()));
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = json.convertValue(JsonBson.toNode(assessment.facts()), Map.class);
        SubmitAssessmentRequest request = assessment.request(facts);
        Rollups.Resolved counted = rollups(ruleset, request, facts, assessment.submittedBy(), decision.rollups());
        return ruleset.evaluate(engineRequest(request, decision.provinceCode(), counted.facts(), decisionDateOf(decision)));
    }

    public AssessmentDocument find(String id) {
        return assessments.findById(id).orElseThrow(() -> ApiException.notFound("assessment", id));
    }

    /**
     * The reference date lies from 01/01/{@value #EARLIEST_YEAR} to one year after today (a dossier may be prepared ahead),
     * and not before the assessment year.
     */
    private void checkDates(SubmitAssessmentRequest request, List<FieldProblem> problems) {
        LocalDate today = VietnamTime.today(clock);
        LocalDate latest = today.plusYears(1);
        if (request.decisionDate() != null && (request.decisionDate().isAfter(today)
                || request.decisionDate().isBefore(request.referenceDate()))) {
            problems.add(new FieldProblem("decisionDate", "OUT_OF_RANGE", "the decision date lies from the reference date "
                    + request.referenceDate() + " to today " + today + ", got " + request.decisionDate()));
        }
        if (request.filingDate() != null && request.filingDate().isAfter(today)) {
            problems.add(new FieldProblem("filingDate", "OUT_OF_RANGE", "the filing date lies no later than today "
                    + today + ", got " + request.filingDate()));
        } else if (request.filingDate() != null && request.decisionDate() != null
                && request.filingDate().isAfter(request.decisionDate())) {
            problems.add(new FieldProblem("filingDate", "OUT_OF_RANGE", "the dossier is filed before it is decided: "
                    + "filing date " + request.filingDate() + " is after the decision date " + request.decisionDate()));
        }
        if (request.acceptLowerLevel() != null && request.acceptLowerLevel() && request.requestedLevel() == null) {
            problems.add(new FieldProblem("acceptLowerLevel", "NOT_ALLOWED", "only with a requestedLevel"));
        }
        if (request.referenceDate().getYear() < EARLIEST_YEAR || request.referenceDate().isAfter(latest)) {
            problems.add(new FieldProblem("referenceDate", "OUT_OF_RANGE", "must lie between " + EARLIEST_YEAR
                    + "-01-01 and " + latest + ", got " + request.referenceDate()));
        } else if (request.referenceDate().getYear() < request.assessmentYear()) {
            problems.add(new FieldProblem("referenceDate", "OUT_OF_RANGE", "the reference date "
                    + request.referenceDate() + " is before the assessment year " + request.assessmentYear()));
        }
    }

    /**
     * Checks everything about a request, collecting every problem, and evaluates it with the ruleset that decides for
     * the subject's province (its own version, or the national one).
     */
    private Prepared prepare(ActiveRuleset.Snapshot rulesets, SubmitAssessmentRequest request, JsonNode input,
            String submitter, LocalDate decisionDate, List<RollupFigure> previous) {
        List<FieldProblem> problems = new ArrayList<>();
        List<AreaDocument> path = areas.path(request.subject().areaCode(), request.referenceDate());
        String provinceCode = path.isEmpty() || path.get(0).tier() != AreaTier.PROVINCE ? null : path.get(0).code();
        Ruleset ruleset = rulesets.forProvince(provinceCode);
        checkArea(ruleset, request, path, problems);
        Map<String, DecisionTrace.FieldEvidence> cited = evidence.check(ruleset, request, problems);
        EvaluationResult result = null;
        LocalDate decided = decisionDate != null ? decisionDate : request.decisionDate() != null ? request.decisionDate()
                : latest(VietnamTime.today(clock), request.referenceDate());
        Rollups.Resolved counted = problems.isEmpty() ? rollups(ruleset, request, facts(input), submitter, previous)
                : new Rollups.Resolved(facts(input), List.of(), List.of());
        problems.addAll(counted.problems());
        ProcedureCheck procedure = null;
        try {
            EvaluationRequest engineRequest = engineRequest(request, provinceCode, counted.facts(), decided);
            result = ruleset.evaluate(engineRequest);
            procedure = ruleset.deadlines(engineRequest, request.filingDate()).map(ProcedureCheck::of).orElse(null);
        } catch (InvalidInputException e) {
            // a field without evidence that the input does not have is already reported at evidence.<field>
            e.errors().stream().filter(error -> !error.field().startsWith("noEvidence."))
                    .forEach(error -> problems.add(new FieldProblem(error.field(), error.reason().name(), error.message())));
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new Prepared(result, path.stream().map(AreaDocument::code).toList(),
                path.stream().map(AreaDocument::id).toList(), decided, counted.figures(), procedure, cited);
    }

    /** The roll-ups of the generation in force for the request, counted from the stored decisions. */
    private Rollups.Resolved rollups(Ruleset ruleset, SubmitAssessmentRequest request, Map<String, Object> facts,
            String submitter, List<RollupFigure> previous) {
        Optional<GenerationDefinition> generation = ruleset.title(request.titleCode())
                .flatMap(title -> title.generationOn(request.referenceDate()));
        if (generation.isEmpty() || generation.get().rollups().isEmpty() && request.rollupOverrides() == null) {
            return new Rollups.Resolved(facts, List.of(), List.of());
        }
        String chainKey = request.titleCode() + "|" + request.subject().areaCode() + "|" + request.subject().id() + "|"
                + request.assessmentYear();
        return rollups.resolve(generation.get(), new Rollups.Subject(request.subject(), chainKey,
                request.assessmentYear(), request.referenceDate(), submitter, request.rollupOverrides(), previous), facts);
    }

    private static EvaluationRequest engineRequest(SubmitAssessmentRequest request, String provinceCode,
            Map<String, Object> facts, LocalDate decisionDate) {
        return new EvaluationRequest(request.titleCode(), request.subject().id(), request.referenceDate(),
                request.assessmentYear(), provinceCode, facts, request.requestedLevel(),
                Boolean.TRUE.equals(request.acceptLowerLevel()), decisionDate, EvidenceCheck.withoutEvidence(request));
    }

    /** The decision date of a stored decision; one stored before dates were recorded is dated by its reference date. */
    private static LocalDate decisionDateOf(DecisionDocument decision) {
        return decision.decisionDate() != null ? decision.decisionDate() : decision.referenceDate();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The checked, NFC-normalised facts of an input snapshot, as the engine reads them. */
    private Map<String, Object> facts(JsonNode input) {
        return json.convertValue(input.get("facts"), FACTS);
    }

    /**
     * The input snapshot a decision records and hashes: title, subject, year, reference date and facts, and the optional
     * parts only when present, so that the snapshots (and hashes) of requests without them stay as they were.
     */
    private JsonNode snapshot(SubmitAssessmentRequest request) {
        ObjectNode input = json.createObjectNode();
        input.put("titleCode", request.titleCode());
        input.set("subject", json.valueToTree(request.subject()));
        input.put("assessmentYear", request.assessmentYear());
        input.put("referenceDate", request.referenceDate().toString());
        input.set("facts", json.valueToTree(request.facts()));
        if (request.requestedLevel() != null) {
            input.put("requestedLevel", request.requestedLevel());
        }
        if (request.acceptLowerLevel() != null) {
            input.put("acceptLowerLevel", request.acceptLowerLevel());
        }
        if (request.decisionDate() != null) {
            input.put("decisionDate", request.decisionDate().toString());
        }
        if (request.filingDate() != null) {
            input.put("filingDate", request.filingDate().toString());
        }
        if (request.rollupOverrides() != null) {
            input.set("rollupOverrides", json.valueToTree(request.rollupOverrides()));
        }
        if (request.evidence() != null) {
            input.set("evidence", json.valueToTree(request.evidence()));
        }
        return input;
    }

    private static void checkArea(Ruleset ruleset, SubmitAssessmentRequest request, List<AreaDocument> path,
            List<FieldProblem> problems) {
        String code = request.subject().areaCode();
        if (path.isEmpty()) {
            problems.add(new FieldProblem("subject.areaCode", "UNKNOWN_AREA", "no administrative area " + code
                    + " is valid on " + request.referenceDate()));
            return;
        }
        String tier = ruleset.title(request.titleCode()).map(TitleDefinition::subjectTier).orElse(null);
        AreaTier areaTier = path.get(path.size() - 1).tier();
        if (tier != null && AREA_TITLES.contains(tier) && !tier.equals(areaTier.name())) {
            problems.add(new FieldProblem("subject.areaCode", "NOT_ALLOWED", request.titleCode() + " is decided for a "
                    + tier + "; area " + code + " is a " + areaTier + " on " + request.referenceDate()));
        }
    }

    /** An evaluated request, with what its decision records besides the result. */
    private record Prepared(EvaluationResult result, List<String> areaPath, List<String> areaVersions,
            LocalDate decisionDate, List<RollupFigure> rollups, ProcedureCheck procedure,
            Map<String, DecisionTrace.FieldEvidence> evidence) {

        NewDecision decision(String assessmentId, SubmitAssessmentRequest request, JsonNode input, String inputSha256,
                String decidedBy, String supersedes) {
            return new NewDecision(assessmentId, request.subject(), areaPath, input, inputSha256, result, decidedBy,
                    supersedes, areaVersions, decisionDate, request.requestedLevel(), rollups, procedure, evidence);
        }
    }
}
