package vn.hoctap.api.job;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.assessment.BatchItemResult;
import vn.hoctap.api.assessment.BatchSubmitter;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;

/**
 * Asynchronous batches of assessments, for uploads too large to answer in one request: the body (the same shape as
 * {@code POST /api/v1/assessments/batch}, up to {@code hoctap.http.max-async-batch-items} items) is streamed to GridFS
 * and checked, then answered {@code 202 Accepted} with the batch's address; the service submits it in chunks in the
 * background (any instance; a crash resumes from the last chunk) and reports progress, counts by status and every
 * item's result. Each chunk is decided by the rulesets in service when it starts.
 */
@RestController
class AssessmentBatchController {

    static final String PATH = "/api/v1/assessment-batches";
    private static final int MAX_PAGE = 5_000;

    private final AssessmentBatchUploads uploads;
    private final BatchSubmitter submitter;
    private final Runs runs;
    private final HoctapProperties properties;

    AssessmentBatchController(AssessmentBatchUploads uploads, BatchSubmitter submitter, Runs runs,
            HoctapProperties properties) {
        this.uploads = uploads;
        this.submitter = submitter;
        this.runs = runs;
        this.properties = properties;
    }

    /** Progress of a batch: items done of all, counts by item status (CREATED, REPLAYED, REJECTED, …), ETA. */
    record BatchView(String id, String status, String submittedBy, Instant submittedAt, Instant finishedAt, long total,
            long done, double percent, Long etaSeconds, Map<String, Long> counts, String error, String items) {
    }

    /** One page of item results, in item order; only items already done are listed. */
    record ItemsPage(String batchId, int from, int size, List<BatchItemResult> items) {
    }

    /**
     * Accepts a batch. With an {@code Idempotency-Key} the batch's id is derived from the submitter and the key, so
     * a retried upload answers the batch already accepted ({@code 200}) instead of starting another.
     */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchView> accept(HttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
            throw ApiException.validation(List.of(new FieldProblem("Idempotency-Key", "INVALID_FORMAT",
                    "1 to 200 visible ASCII characters")));
        }
        String runId = idempotencyKey == null ? null : UUID.nameUUIDFromBytes(("assessment-batch\n" + user.getName()
                + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        if (runId != null && runs.find(runId).isPresent()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").location(URI.create(PATH + "/" + runId))
                    .body(view(runId));
        }
        String upload;
        try {
            upload = uploads.store(request.getInputStream(), user.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int total;
        try {
            total = submitter.count(() -> uploads.open(upload), properties.http().maxAsyncBatchItems());
        } catch (RuntimeException e) {
            uploads.delete(upload);
            throw e;
        }
        RunDocument run = runs.startAssessmentBatch(runId, upload, total, user.getName());
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + run.id())).body(view(run.id()));
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BatchView batch(@PathVariable String id, Authentication user) {
        visible(id, user);
        return view(id);
    }

    @GetMapping(path = PATH + "/{id}/items", produces = MediaType.APPLICATION_JSON_VALUE)
    ItemsPage items(@PathVariable String id, @RequestParam(defaultValue = "0") int from,
            @RequestParam(defaultValue = "1000") int size, Authentication user) {
        visible(id, user);
        if (from < 0 || size < 1 || size > MAX_PAGE) {
            throw ApiException.validation(List.of(new FieldProblem(from < 0 ? "from" : "size", "OUT_OF_RANGE",
                    from < 0 ? "must be 0 or more" : "must lie between 1 and " + MAX_PAGE)));
        }
        return new ItemsPage(id, from, size, uploads.results(id, from, size));
    }

    /** Cancels a batch: it stops after the chunk in progress; what was stored stays stored. */
    @DeleteMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BatchView cancel(@PathVariable String id, Authentication user) {
        visible(id, user);
        runs.cancel(id, user.getName());
        return view(id);
    }

    /** A batch is seen by the user who submitted it, and by auditors and administrators. */
    private void visible(String id, Authentication user) {
        RunDocument run = runs.find(id).filter(found -> found.kind().equals(Runs.ASSESSMENT_BATCH))
                .orElseThrow(() -> ApiException.notFound("assessment batch", id));
        boolean overseer = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_AUDITOR") || role.equals("ROLE_ADMIN"));
        if (!overseer && !run.requestedBy().equals(user.getName())) {
            throw ApiException.notFound("assessment batch", id);
        }
    }

    private BatchView view(String id) {
        Runs.RunView run = runs.view(id);
        String error = run.provinces().stream().map(Runs.PartView::error).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new BatchView(run.id(), run.status(), run.requestedBy(), run.requestedAt(), run.finishedAt(), run.total(),
                run.done(), run.percent(), run.etaSeconds(), run.criteria(), error, PATH + "/" + id + "/items");
    }
}
