package vn.hoctap.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionStore;
import vn.hoctap.api.decision.DecisionView;

/** Submitting assessments (SUBMITTER) and reading them back. */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,200}";
    private static final String KEY_RULE = "1 to 200 visible ASCII characters";

    private final AssessmentService assessments;
    private final BatchSubmitter batches;
    private final DecisionStore decisions;

    private final java.time.Duration retryAfter;
    private final vn.hoctap.api.integrity.IntegrityVerifier verifier;

    AssessmentController(AssessmentService assessments, BatchSubmitter batches, DecisionStore decisions,
            vn.hoctap.api.storage.StorageProperties storage, vn.hoctap.api.integrity.IntegrityVerifier verifier) {
        this.verifier = verifier;
        this.assessments = assessments;
        this.batches = batches;
        this.decisions = decisions;
        this.retryAfter = storage.retryAfter();
    }

    /**
     * Stores and evaluates one assessment; answers 201 with the decision and its trace. A retry with the same
     * {@code Idempotency-Key} and body answers the first decision again (header {@code Idempotent-Replayed: true}).
     * A decision made by this request is current and sealed by this service a moment ago: its seal status is VALID and
     * nothing supersedes it, so neither is read back from the database; a replayed one is checked as any read.
     */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionView> submit(@Valid @RequestBody SubmitAssessmentRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
            @Pattern(regexp = KEY_PATTERN, message = KEY_RULE) String idempotencyKey,
            Authentication user) {
        AssessmentService.Submission submission = assessments.submit(request, user.getName(), idempotencyKey);
        DecisionDocument decision = submission.decision();
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
                .header("Idempotent-Replayed", String.valueOf(submission.replayed()))
                .body(submission.replayed()
                        ? DecisionView.full(decision, decisions.successor(decision).map(DecisionDocument::id).orElse(null),
                                verifier.sealStatus(decision.id()), decisions.trace(decision))
                        : DecisionView.full(decision, null, "VALID", decisions.trace(decision)));
    }

    /** Up to 10,000 assessments; one result per item; valid items are kept whatever happens to the others. */
    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchResult> submitBatch(@RequestBody byte[] body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
            @Pattern(regexp = KEY_PATTERN, message = KEY_RULE) String idempotencyKey,
            Authentication user) {
        BatchResult result = batches.submit(() -> new java.io.ByteArrayInputStream(body), user.getName(), idempotencyKey);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (result.unavailable() > 0) {
            response.header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        }
        return response.body(result);
    }

    @GetMapping("/{id}")
    AssessmentView assessment(@PathVariable String id) {
        AssessmentDocument assessment = assessments.find(id);
        return AssessmentView.of(assessment, decisions.ofAssessment(id).stream().map(DecisionDocument::id).toList());
    }
}
