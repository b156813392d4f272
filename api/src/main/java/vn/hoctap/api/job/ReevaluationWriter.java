package vn.hoctap.api.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.hoctap.api.assessment.AssessmentService;
import vn.hoctap.api.ruleset.ActiveRuleset;

/**
 * Re-evaluates each current decision that was not made by the version now in service for its province: a new decision
 * supersedes it. A decision already made by that version, or superseded meanwhile, is skipped — which is also why a
 * restarted or taken-over province never makes a decision twice. A decision that no longer matches its seal is not
 * re-evaluated and counted as failed.
 */
class ReevaluationWriter implements ItemStreamWriter<String> {

    private static final String STATE = "reevaluation.counts";

    private final Runs runs;
    private final ActiveRuleset active;
    private final AssessmentService assessments;
    private final MongoTemplate mongo;
    private final String runId;
    private final String province;
    private StepExecution step;
    private long done;
    private long changed;
    private long skipped;
    private long failed;
    private String requestedBy;

    ReevaluationWriter(Runs runs, ActiveRuleset active, AssessmentService assessments, MongoTemplate mongo, String runId,
            String province) {
        this.runs = runs;
        this.active = active;
        this.assessments = assessments;
        this.mongo = mongo;
        this.runId = runId;
        this.province = province;
    }

    @BeforeStep
    void step(StepExecution execution) {
        this.step = execution;
    }

    @Override
    public void open(ExecutionContext context) {
        requestedBy = runs.require(runId).requestedBy();
        if (context.containsKey(STATE)) {
            String[] saved = context.getString(STATE).split(",");
            done = Long.parseLong(saved[0]);
            changed = Long.parseLong(saved[1]);
            skipped = Long.parseLong(saved[2]);
            failed = Long.parseLong(saved[3]);
        }
    }

    @Override
    public void write(Chunk<? extends String> chunk) {
        Map<String, Document> current = new HashMap<>();
        Query query = new Query(Criteria.where("_id").in(chunk.getItems()));
        query.fields().include("_id", "provinceCode", "ruleset.sha256");
        mongo.find(query, Document.class, "decisions").forEach(found -> current.put(found.getString("_id"), found));
        List<String> stale = new ArrayList<>();
        for (String decisionId : chunk) {
            done++;
            Document decision = current.get(decisionId);
            if (decision == null || decision.get("ruleset", Document.class).getString("sha256")
                    .equals(active.versionFor(decision.getString("provinceCode")))) {
                skipped++;
            } else {
                stale.add(decisionId);
            }
        }
        if (!stale.isEmpty()) {
            try (ActiveRuleset.Snapshot rulesets = active.snapshot()) {
                for (AssessmentService.Reevaluated fate : assessments.reevaluateAll(rulesets, stale, requestedBy)) {
                    switch (fate) {
                        case SUPERSEDED -> changed++;
                        case SKIPPED -> skipped++;
                        case FAILED -> failed++;
                    }
                }
            }
        }
        if (!runs.progress(runId, province, done, changed, skipped + failed, Map.of(), Map.of("failed", failed),
                java.util.List.of())) {
            step.setTerminateOnly();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(STATE, done + "," + changed + "," + skipped + "," + failed);
    }
}
