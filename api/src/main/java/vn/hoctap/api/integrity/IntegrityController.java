package vn.hoctap.api.integrity;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.web.ApiException;

/** Verifying decisions against their seals: one decision, or every decision and ledger (AUDITOR). */
@RestController
class IntegrityController {

    private final IntegrityVerifier verifier;

    IntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    /** The seal of one decision checked, with its links to the records before and after it in its ledger. */
    @GetMapping(path = "/api/v1/decisions/{id}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    IntegrityVerifier.DecisionVerification decision(@PathVariable String id) {
        return verifier.verify(id).orElseThrow(() -> ApiException.notFound("decision", id));
    }

    /**
     * Every decision and every ledger checked; optionally, checkpoints recorded from an earlier report (ledger, seq,
     * hash), which detect records deleted from the end of a ledger together with its head. Reads every decision: on a
     * large store this takes minutes.
     */
    @PostMapping(path = "/api/v1/integrity/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    IntegrityVerifier.Report all(@RequestBody(required = false) VerificationRequest request) {
        return verifier.verifyAll(request == null || request.checkpoints() == null ? List.of() : request.checkpoints());
    }

    /** Checkpoints to confirm. */
    record VerificationRequest(List<IntegrityVerifier.Checkpoint> checkpoints) {
    }
}
