package vn.hoctap.api.job;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.ruleset.RulesetActivationDocument;
import vn.hoctap.api.ruleset.RulesetVersions;
import vn.hoctap.engine.RulesetDiff;

/**
 * Impact previews and re-evaluations over HTTP: start one (it answers 202 with the run, which then runs in the
 * background), watch its progress and findings, cancel it.
 */
@RestController
class RulesetJobController {

    private final Runs runs;
    private final RulesetVersions versions;
    private final ActiveRuleset active;

    RulesetJobController(Runs runs, RulesetVersions versions, ActiveRuleset active) {
        this.runs = runs;
        this.versions = versions;
        this.active = active;
    }

    /** What to run over: the current decisions of a title, an area (and all below it), an assessment year. */
    record RunRequest(String title, String area, Integer year, String comment) {

        RunDocument.Filters filters() {
            return new RunDocument.Filters(blank(title), blank(area), year);
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    /** A preview's report: the run's progress and findings, and the candidate's differences from the national version. */
    record ImpactView(Runs.RunView run, RulesetDiff diff) {
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = "/api/v1/rulesets/{id}/impact", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Runs.RunView> impact(@PathVariable String id, @RequestBody(required = false) RunRequest request,
            Authentication user) {
        RunDocument run = runs.startImpact(id, (request == null ? new RunRequest(null, null, null, null) : request)
                .filters(), user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/rulesets/jobs/" + run.id())).body(runs.view(run.id()));
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = "/api/v1/rulesets/re-evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Runs.RunView> reevaluate(@RequestBody RunRequest request, Authentication user) {
        RunDocument run = runs.startReevaluation(request.filters(), user.getName(), request.comment());
        return ResponseEntity.accepted().location(URI.create("/api/v1/rulesets/jobs/" + run.id())).body(runs.view(run.id()));
    }

    @GetMapping(path = "/api/v1/rulesets/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Runs.RunView> recent() {
        return runs.recent(50).stream().map(run -> runs.view(run.id())).toList();
    }

    /** A run's progress (done/total, ETA) and findings; for a preview, with the diff against the national version. */
    @GetMapping(path = "/api/v1/rulesets/jobs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Object run(@PathVariable String runId) {
        Runs.RunView view = runs.view(runId);
        if (!view.kind().equals("IMPACT")) {
            return view;
        }
        String national = active.versions().get(RulesetActivationDocument.NATIONAL);
        return new ImpactView(view, national == null || national.equals(view.versionId()) ? null
                : versions.diff(national, view.versionId()));
    }

    @DeleteMapping(path = "/api/v1/rulesets/jobs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Runs.RunView cancel(@PathVariable String runId, Authentication user) {
        runs.cancel(runId, user.getName());
        return runs.view(runId);
    }
}
