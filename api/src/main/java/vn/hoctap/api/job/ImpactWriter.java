package vn.hoctap.api.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoctap.api.assessment.AssessmentService;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionTexts;
import vn.hoctap.api.ruleset.RulesetVersions;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.schema.InvalidInputException;

/**
 * Evaluates each current decision's assessment under the candidate and counts what would change: by title and
 * transition, which criteria changed status, a few examples. Nothing is stored but the counts. The counts live in the
 * step's checkpoint and are published to the run's part as a whole after every chunk, so they are exact after a
 * restart.
 */
class ImpactWriter implements ItemStreamWriter<String> {

    static final String INVALID = "Hồ sơ không hợp lệ theo phiên bản mới";
    static final int EXAMPLES_PER_TRANSITION = 5;
    private static final String STATE = "impact.state";

    private final Runs runs;
    private final RulesetVersions versions;
    private final AssessmentService assessments;
    private final MongoTemplate mongo;
    private final String runId;
    private final String province;
    private Ruleset.Lease candidate;
    private StepExecution step;
    private Counts counts = new Counts();

    ImpactWriter(Runs runs, RulesetVersions versions, AssessmentService assessments, MongoTemplate mongo, String runId,
            String province) {
        this.runs = runs;
        this.versions = versions;
        this.assessments = assessments;
        this.mongo = mongo;
        this.runId = runId;
        this.province = province;
    }

    /** What a part has found so far; kept in the checkpoint (as JSON). */
    static final class Counts {
        public long done;
        public long changed;
        public long skipped;
        public Map<String, Map<String, Long>> transitions = new LinkedHashMap<>();
        public Map<String, Long> criteria = new LinkedHashMap<>();
        public List<RunPartDocument.Example> examples = new ArrayList<>();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeStep
    void step(StepExecution execution) {
        this.step = execution;
    }

    @Override
    public void open(ExecutionContext context) {
        candidate = versions.lease(runs.require(runId).versionId());
        if (context.containsKey(STATE)) {
            try {
                counts = JSON.readValue(context.getString(STATE), Counts.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("unreadable checkpoint of " + runId + "/" + province, e);
            }
        }
    }

    @Override
    public void write(Chunk<? extends String> chunk) {
        for (String decisionId : chunk) {
            DecisionDocument decision = mongo.findById(decisionId, DecisionDocument.class);
            counts.done++;
            if (decision == null) {
                counts.skipped++;
                continue;
            }
            String before = Runs.state(decision.outcome(), decision.level(), decision.levelLabel(), decision.rankLabel());
            String after;
            List<String> changedCriteria = new ArrayList<>();
            try {
                EvaluationResult result = assessments.evaluateAgain(candidate.ruleset(), decision);
                after = Runs.state(result.verdict().outcome().name(), result.verdict().level(),
                        result.verdict().levelLabel(), result.verdict().rankLabel());
                changedCriteria = changedCriteria(decision, result);
            } catch (InvalidInputException e) {
                after = INVALID;
            }
            if (!before.equals(after)) {
                counts.changed++;
                String transition = before + " → " + after;
                counts.transitions.computeIfAbsent(decision.titleCode(), title -> new LinkedHashMap<>())
                        .merge(transition, 1L, Long::sum);
                changedCriteria.forEach(key -> counts.criteria.merge(decision.titleCode() + " " + key, 1L, Long::sum));
                long shown = counts.examples.stream().filter(example -> example.titleCode().equals(decision.titleCode())
                        && example.transition().equals(transition)).count();
                if (shown < EXAMPLES_PER_TRANSITION) {
                    counts.examples.add(new RunPartDocument.Example(decision.id(), decision.titleCode(),
                            decision.subject().name(), decision.subject().areaCode(), transition, changedCriteria));
                }
            }
        }
        if (!runs.progress(runId, province, counts.done, counts.changed, counts.skipped, counts.transitions,
                counts.criteria, counts.examples)) {
            step.setTerminateOnly();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        try {
            context.putString(STATE, JSON.writeValueAsString(counts));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (candidate != null) {
            candidate.close();
            candidate = null;
        }
    }

    /** Criteria whose status differs between the stored decision and the new evaluation. */
    private static List<String> changedCriteria(DecisionDocument decision, EvaluationResult result) {
        Map<String, String> stored = DecisionTexts.statuses(decision.result());
        List<String> changed = new ArrayList<>();
        for (CriterionOutcome outcome : result.criteria()) {
            if (!Objects.equals(stored.get(outcome.key()), outcome.status().name())) {
                changed.add(outcome.key());
            }
        }
        return changed;
    }
}
