package vn.hoctap.api.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaDocument;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.area.AreaTier;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionStore;
import vn.hoctap.api.decision.NewDecision;
import vn.hoctap.api.integrity.IntegrityVerifier;
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

    AssessmentService(ActiveRuleset active, AreaRegistry areas, Assessments assessments, IdempotencyRecords idempotency,
            DecisionStore decisions, ObjectMapper json, Clock clock, IntegrityVerifier verifier) {
        this.verifier = verifier;
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
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode input = InputRules.checked(snapshot(request), "", problems);
        checkDates(request, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        String inputSha256 = CanonicalJson.sha256(input);
        String key = idempotencyKey == null ? null : idempotencyKey.recordId(submitter);
        Optional<IdempotencyRecord> earlier = key == null ? Optional.empty() : idempotency.findById(key);
        Optional<Submission> replay = earlier.flatMap(first -> replay(first, inputSha256, idempotencyKey.key()));
        if (replay.isPresent()) {
            return replay.get();
        }
        Prepared prepared = prepare(rulesets, request, input);
        String assessmentId = key == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("assessment\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
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
        store(new AssessmentDocument(assessmentId, request.titleCode(), request.subject(), request.assessmentYear(),
                request.referenceDate(), JsonBson.toDocument(input.get("facts")), inputSha256, submitter, Instant.now(clock)));
        DecisionStore.Recorded recorded = decisions.record(new NewDecision(assessmentId, request.subject(),
                prepared.areaPath(), input, inputSha256, prepared.result(), submitter, null));
        return new Submission(recorded.decision(), !recorded.created());
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
        return decisions.submissionDecision(first.assessmentId()).map(made -> new Submission(made, true));
    }

    private void store(AssessmentDocument assessment) {
        try {
            assessments.insert(assessment);
        } catch (DuplicateKeyException e) {
            // the same assessment (same id, same request) was stored by a concurrent retry
        }
    }

    /**
     * Evaluates the assessment behind decision {@code decisionId} again with the ruleset in service and records a new
     * decision that supersedes it. Only the current decision of a chain can be re-evaluated.
     */
    public DecisionDocument reevaluate(String decisionId, String editor) {
        DecisionDocument previous = decisions.find(decisionId).orElseThrow(() -> ApiException.notFound("decision", decisionId));
        AssessmentDocument assessment = assessments.findById(previous.assessmentId())
                .orElseThrow(() -> ApiException.notFound("assessment", previous.assessmentId()));
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = json.convertValue(JsonBson.toNode(assessment.facts()), Map.class);
        SubmitAssessmentRequest request = new SubmitAssessmentRequest(assessment.titleCode(), assessment.subject(),
                assessment.assessmentYear(), assessment.referenceDate(), facts);
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode input = InputRules.checked(snapshot(request), "", problems);
        String inputSha256 = CanonicalJson.sha256(input);
        String seal = verifier.verify(previous.id()).map(IntegrityVerifier.DecisionVerification::status).orElse("MISSING");
        if (!problems.isEmpty() || !inputSha256.equals(assessment.inputSha256())
                || !inputSha256.equals(previous.inputSha256()) || !seal.equals("VALID")) {
            throw new ApiException(ProblemType.INTEGRITY_VIOLATION, "Decision " + previous.id() + " or its assessment "
                    + assessment.id() + " no longer matches what was sealed (decision seal: " + seal
                    + "); it is not re-evaluated", List.of(), Map.of("decisionId", previous.id(), "sealStatus", seal));
        }
        try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
            Prepared prepared = prepare(rulesets, request, input);
            return decisions.record(new NewDecision(assessment.id(), assessment.subject(), prepared.areaPath(), input,
                    inputSha256, prepared.result(), editor, previous.id())).decision();
        }
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
        return ruleset.evaluate(new EvaluationRequest(assessment.titleCode(), assessment.subject().id(),
                assessment.referenceDate(), assessment.assessmentYear(), decision.provinceCode(), facts));
    }

    public AssessmentDocument find(String id) {
        return assessments.findById(id).orElseThrow(() -> ApiException.notFound("assessment", id));
    }

    /**
     * The reference date lies from 01/01/{@value #EARLIEST_YEAR} to one year after today (a dossier may be prepared ahead),
     * and not before the assessment year.
     */
    private void checkDates(SubmitAssessmentRequest request, List<FieldProblem> problems) {
        LocalDate latest = VietnamTime.today(clock).plusYears(1);
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
    private Prepared prepare(ActiveRuleset.Snapshot rulesets, SubmitAssessmentRequest request, JsonNode input) {
        List<FieldProblem> problems = new ArrayList<>();
        List<AreaDocument> path = areas.path(request.subject().areaCode(), request.referenceDate());
        String provinceCode = path.isEmpty() || path.get(0).tier() != AreaTier.PROVINCE ? null : path.get(0).code();
        Ruleset ruleset = rulesets.forProvince(provinceCode);
        checkArea(ruleset, request, path, problems);
        EvaluationResult result = null;
        try {
            result = ruleset.evaluate(new EvaluationRequest(request.titleCode(), request.subject().id(),
                    request.referenceDate(), request.assessmentYear(), provinceCode, facts(input)));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> problems.add(new FieldProblem(error.field(), error.reason().name(), error.message())));
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new Prepared(result, path.stream().map(AreaDocument::code).toList());
    }

    /** The checked, NFC-normalised facts of an input snapshot, as the engine reads them. */
    private Map<String, Object> facts(JsonNode input) {
        return json.convertValue(input.get("facts"), FACTS);
    }

    /** The input snapshot a decision records and hashes: title, subject, year, reference date and facts. */
    private JsonNode snapshot(SubmitAssessmentRequest request) {
        ObjectNode input = json.createObjectNode();
        input.put("titleCode", request.titleCode());
        input.set("subject", json.valueToTree(request.subject()));
        input.put("assessmentYear", request.assessmentYear());
        input.put("referenceDate", request.referenceDate().toString());
        input.set("facts", json.valueToTree(request.facts()));
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

    private record Prepared(EvaluationResult result, List<String> areaPath) {
    }
}
