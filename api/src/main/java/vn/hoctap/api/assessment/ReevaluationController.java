package vn.hoctap.api.assessment;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionStore;
import vn.hoctap.api.decision.DecisionView;
import vn.hoctap.api.integrity.IntegrityVerifier;

/** Re-evaluating a current decision's assessment with the ruleset in service (POLICY_EDITOR). */
@RestController
class ReevaluationController {

    private final AssessmentService assessments;
    private final IntegrityVerifier verifier;
    private final DecisionStore decisions;

    ReevaluationController(AssessmentService assessments, IntegrityVerifier verifier, DecisionStore decisions) {
        this.assessments = assessments;
        this.verifier = verifier;
        this.decisions = decisions;
    }

    /** Records a new decision that supersedes {@code id}; the old decision stays as it was. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/decisions/{id}/re-evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionView> reevaluate(@PathVariable String id, Authentication user) {
        DecisionDocument decision = assessments.reevaluate(id, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
                .body(DecisionView.full(decision, null, verifier.sealStatus(decision.id()),
                        decisions.trace(decision)));
    }
}
