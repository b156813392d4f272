package vn.hoctap.api.progress;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the progress tallies from the decision heads (ADMIN). */
@RestController
class ProgressTallyController {

    static final String PATH = "/api/v1/integrity/progress-tallies";

    private final ProgressTallies tallies;

    ProgressTallyController(ProgressTallies tallies) {
        this.tallies = tallies;
    }

    /**
     * Recomputes every progress tally from {@code decision_heads} in one scan and clears the stale flag; answers what
     * was counted. Reports aggregate meanwhile; writes of decisions wait for it.
     */
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ProgressTallies.Rebuilt rebuild() {
        return tallies.rebuild("REQUEST");
    }
}
