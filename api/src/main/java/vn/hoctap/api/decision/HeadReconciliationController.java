package vn.hoctap.api.decision;

import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;

/** Rebuilding stale chain heads from the decisions, and the report of the last run (ADMIN). */
@RestController
class HeadReconciliationController {

    static final String PATH = "/api/v1/integrity/head-reconciliation";

    private final HeadReconciler reconciler;

    HeadReconciliationController(HeadReconciler reconciler) {
        this.reconciler = reconciler;
    }

    /**
     * Examines every chain and rebuilds the heads that are missing, behind, name another decision or lack fields;
     * answers the report (also kept for {@code GET}). Reads every decision's summary: on a large store this takes
     * minutes.
     */
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    HeadReconciliation run(Principal user) {
        return reconciler.reconcileAll("REQUEST", user.getName());
    }

    /** The report of the last run, at start-up or on request; 404 before any run. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    HeadReconciliation last() {
        return reconciler.last().orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "No head reconciliation has run yet; POST " + PATH + " runs one"));
    }
}
