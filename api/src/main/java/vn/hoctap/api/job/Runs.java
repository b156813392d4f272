package vn.hoctap.api.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.ruleset.RulesetAudit;
import vn.hoctap.api.ruleset.RulesetVersionDocument;
import vn.hoctap.api.ruleset.RulesetVersions;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.ProblemType;

/**
 * Runs of the jobs and their provinces, in MongoDB: starting one, claiming a province (a lease that its owner renews
 * with every chunk), progress, cancellation, and the report assembled from the provinces.
 */
@Service
public class Runs {

    /** The partition of decisions whose subject has no province (and the one part of an assessment batch). */
    static final String NO_PROVINCE = "_";
    /** The kind of run that submits an uploaded batch of assessments. */
    public static final String ASSESSMENT_BATCH = "ASSESSMENT_BATCH";

    private final MongoTemplate mongo;
    private final RulesetVersions versions;
    private final RulesetAudit audit;
    private final JobProperties properties;
    private final Clock clock;
    private final String owner;

    Runs(MongoTemplate mongo, RulesetVersions versions, RulesetAudit audit, JobProperties properties,
            HoctapProperties hoctap, Clock clock) {
        this.mongo = mongo;
        this.versions = versions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.owner = instanceId(hoctap.dataDirectory());
    }

    /** The progress and findings of a run, over all its provinces. */
    public record RunView(String id, String kind, String versionId, RunDocument.Filters filters, String status,
            String requestedBy, Instant requestedAt, Instant finishedAt, long total, long done, double percent,
            Long etaSeconds, long changed, long skipped, List<Transition> transitions, Map<String, Long> criteria,
            List<PartView> provinces) {
    }

    /** How many decisions of a title would move from one state to another, with examples. */
    public record Transition(String titleCode, String transition, long count, List<RunPartDocument.Example> examples) {
    }

    /** One province's progress. */
    public record PartView(String province, String status, String owner, long total, long done, long changed,
            String error) {
    }

    public Optional<RunDocument> find(String runId) {
        return Optional.ofNullable(mongo.findById(runId, RunDocument.class));
    }

    public RunDocument require(String runId) {
        RunDocument run = mongo.findById(runId, RunDocument.class);
        if (run == null) {
            throw ApiException.notFound("job run", runId);
        }
        return run;
    }

    /** Starts a preview of what {@code versionId} would change among the current decisions under {@code filters}. */
    public RunDocument startImpact(String versionId, RunDocument.Filters filters, String user) {
        RulesetVersionDocument version = versions.require(versionId);
        if (!version.passed()) {
            throw new ApiException(ProblemType.RULESET_REFUSED, "Ruleset version " + versionId + " was refused by the"
                    + " gate; there is nothing to preview", List.of(), Map.of("rulesetId", versionId));
        }
        RunDocument run = start("IMPACT", versionId, filters, user, null);
        audit.record(user, "PREVIEW_STARTED", versionId, null, null, null, Map.of("runId", run.id()));
        return run;
    }

    /** Starts re-evaluating, under the versions in service, the current decisions under {@code filters}. */
    public RunDocument startReevaluation(RunDocument.Filters filters, String user, String comment) {
        if (comment == null || comment.isBlank()) {
            throw ApiException.validation(List.of(new FieldProblem("comment", "MISSING", "say why the decisions are "
                    + "re-evaluated")));
        }
        RunDocument run = start("REEVALUATION", null, filters, user, comment.strip());
        audit.record(user, "REEVALUATION_STARTED", null, null, null, comment, Map.of("runId", run.id()));
        return run;
    }

    /**
     * Starts an asynchronous batch of assessments: one run of kind {@value #ASSESSMENT_BATCH} over the uploaded body
     * {@code uploadId} of {@code total} items, in one part; {@code runId} is given (derived from an idempotency key)
     * or null for a new one.
     */
    public RunDocument startAssessmentBatch(String runId, String uploadId, long total, String user) {
        Instant now = clock.instant();
        RunDocument run = new RunDocument(runId == null ? UUID.randomUUID().toString() : runId, ASSESSMENT_BATCH, uploadId,
                new RunDocument.Filters(null, null, null), List.of(NO_PROVINCE), "RUNNING", user, now, null, null);
        mongo.insert(run);
        mongo.insert(new RunPartDocument(run.id() + "|" + NO_PROVINCE, run.id(), NO_PROVINCE, "PENDING", null, null,
                total, 0, 0, 0, List.of(), List.of(), List.of(), null, now, null));
        return run;
    }

    /** Cancels a run: provinces stop at their next chunk; what was done stays done. */
    public RunDocument cancel(String runId, String user) {
        RunDocument run = require(runId);
        if (!run.status().equals("RUNNING")) {
            return run;
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(runId).and("status").is("RUNNING")),
                new Update().set("status", "CANCELLED").set("finishedAt", clock.instant()), RunDocument.class);
        mongo.updateMulti(new Query(Criteria.where("runId").is(runId).and("status").is("PENDING")),
                new Update().set("status", "CANCELLED"), RunPartDocument.class);
        if (!run.kind().equals(ASSESSMENT_BATCH)) {
            audit.record(user, run.kind().equals("IMPACT") ? "PREVIEW_CANCELLED" : "REEVALUATION_CANCELLED",
                    run.versionId(), null, null, null, Map.of("runId", runId));
        }
        return require(runId);
    }

    /** The latest runs over stored decisions (previews and re-evaluations; assessment batches are listed apart). */
    public List<RunDocument> recent(int limit) {
        return mongo.find(new Query(Criteria.where("kind").ne(ASSESSMENT_BATCH))
                .with(Sort.by(Sort.Direction.DESC, "requestedAt")).limit(limit), RunDocument.class);
    }

    public RunView view(String runId) {
        RunDocument run = require(runId);
        List<RunPartDocument> parts = parts(runId);
        long total = parts.stream().mapToLong(RunPartDocument::total).sum();
        long done = parts.stream().mapToLong(RunPartDocument::done).sum();
        boolean counted = parts.stream().noneMatch(part -> part.status().equals("PENDING"));
        Map<String, Transition> transitions = new TreeMap<>();
        Map<String, Long> criteria = new TreeMap<>();
        for (RunPartDocument part : parts) {
            part.transitions().forEach(move -> transitions.merge(move.titleCode() + "|" + move.transition(),
                    new Transition(move.titleCode(), move.transition(), move.count(),
                            examples(part, move.titleCode(), move.transition())), Runs::merge));
            part.criteria().forEach(count -> criteria.merge(count.key(), count.count(), Long::sum));
        }
        Long eta = null;
        if (run.status().equals("RUNNING") && done > 0 && counted && total > done) {
            long elapsed = Duration.between(run.requestedAt(), clock.instant()).toSeconds();
            eta = elapsed * (total - done) / done;
        }
        return new RunView(run.id(), run.kind(), run.versionId(), run.filters(), run.status(), run.requestedBy(),
                run.requestedAt(), run.finishedAt(), total, done, total == 0 ? (counted ? 100 : 0)
                        : Math.round(1000.0 * done / total) / 10.0, eta,
                parts.stream().mapToLong(RunPartDocument::changed).sum(),
                parts.stream().mapToLong(RunPartDocument::skipped).sum(),
                transitions.values().stream().sorted(Comparator.comparing(Transition::count).reversed()).toList(),
                criteria, parts.stream().map(part -> new PartView(part.province(), part.status(), part.owner(),
                        part.total(), part.done(), part.changed(), part.error())).toList());
    }

    /** The state a decision is in, in words: the label of a transition. */
    static String state(String outcome, Integer level, String levelLabel, String rankLabel) {
        return switch (outcome) {
            case "RECOGNISED" -> level != null ? "Mức độ " + level : rankLabel != null ? rankLabel
                    : levelLabel != null ? levelLabel : "Công nhận";
            case "NOT_RECOGNISED" -> rankLabel != null ? rankLabel : "Không công nhận";
            case "NOT_DECIDABLE" -> "Chưa thể kết luận";
            default -> outcome;
        };
    }

    // ---- for the worker and the jobs -------------------------------------------------------------------------------

    String owner() {
        return owner;
    }

    List<RunDocument> running() {
        return mongo.find(new Query(Criteria.where("status").is("RUNNING")), RunDocument.class);
    }

    List<RunPartDocument> parts(String runId) {
        return mongo.find(new Query(Criteria.where("runId").is(runId)).with(Sort.by("province")), RunPartDocument.class);
    }

    /**
     * Claims a province of a run for this instance: one still waiting, one this instance held before a restart, or one
     * whose owner has stopped renewing its lease.
     */
    Optional<RunPartDocument> claim(RunPartDocument part) {
        Instant now = clock.instant();
        Query claimable = new Query(Criteria.where("_id").is(part.id()).orOperator(Criteria.where("status").is("PENDING"),
                Criteria.where("status").is("RUNNING").and("owner").is(owner),
                Criteria.where("status").is("RUNNING").and("leaseUntil").lt(now)));
        return Optional.ofNullable(mongo.findAndModify(claimable, new Update().set("status", "RUNNING")
                .set("owner", owner).set("leaseUntil", now.plus(properties.lease())).set("updatedAt", now),
                FindAndModifyOptions.options().returnNew(true), RunPartDocument.class));
    }

    void started(String runId, String province, long total) {
        mongo.updateFirst(ours(runId, province), new Update().set("total", total).set("startedAt", clock.instant())
                .set("leaseUntil", clock.instant().plus(properties.lease())), RunPartDocument.class);
    }

    /**
     * Publishes a province's progress and findings and renews its lease; false when the work should stop (the run was
     * cancelled, or another instance has taken the province over).
     */
    boolean progress(String runId, String province, long done, long changed, long skipped,
            Map<String, Map<String, Long>> transitions, Map<String, Long> criteria, List<RunPartDocument.Example> examples) {
        Instant now = clock.instant();
        List<RunPartDocument.Move> moves = new ArrayList<>();
        transitions.forEach((title, counts) -> counts.forEach((move, count) ->
                moves.add(new RunPartDocument.Move(title, move, count))));
        List<RunPartDocument.Count> counts = new ArrayList<>();
        criteria.forEach((key, count) -> counts.add(new RunPartDocument.Count(key, count)));
        boolean ours = mongo.updateFirst(ours(runId, province), new Update().set("done", done).set("changed", changed)
                .set("skipped", skipped).set("transitions", moves).set("criteria", counts)
                .set("examples", examples).set("updatedAt", now).set("leaseUntil", now.plus(properties.lease())),
                RunPartDocument.class).getMatchedCount() == 1;
        return ours && require(runId).status().equals("RUNNING");
    }

    /** A province ended: DONE, CANCELLED, FAILED, or PENDING again (this instance let it go). */
    void finished(String runId, String province, String status, String error) {
        Update update = new Update().set("status", status).set("updatedAt", clock.instant());
        if (status.equals("PENDING")) {
            update.unset("owner").unset("leaseUntil");
        }
        if (error != null) {
            update.set("error", error.length() > 500 ? error.substring(0, 500) : error);
        }
        mongo.updateFirst(ours(runId, province), update, RunPartDocument.class);
        finishRunIfDone(runId);
    }

    private void finishRunIfDone(String runId) {
        List<RunPartDocument> parts = parts(runId);
        if (parts.stream().anyMatch(part -> part.status().equals("PENDING") || part.status().equals("RUNNING"))) {
            return;
        }
        String status = parts.stream().anyMatch(part -> part.status().equals("FAILED")) ? "FAILED"
                : parts.stream().anyMatch(part -> part.status().equals("CANCELLED")) ? "CANCELLED" : "DONE";
        boolean ended = mongo.updateFirst(new Query(Criteria.where("_id").is(runId).and("status").is("RUNNING")),
                new Update().set("status", status).set("finishedAt", clock.instant()), RunDocument.class)
                .getModifiedCount() == 1;
        if (ended && !require(runId).kind().equals(ASSESSMENT_BATCH)) {
            RunDocument run = require(runId);
            audit.record(run.requestedBy(), run.kind().equals("IMPACT") ? "PREVIEW_FINISHED" : "REEVALUATION_FINISHED",
                    run.versionId(), null, null, null, Map.of("runId", runId, "status", status));
        }
    }

    private Query ours(String runId, String province) {
        return new Query(Criteria.where("_id").is(runId + "|" + province).and("owner").is(owner));
    }

    private RunDocument start(String kind, String versionId, RunDocument.Filters filters, String user, String comment) {
        RunDocument.Filters given = filters == null ? new RunDocument.Filters(null, null, null) : filters;
        Query scope = new Query(given.title() == null ? new Criteria() : Criteria.where("titleCode").is(given.title()));
        if (given.year() != null) {
            scope.addCriteria(Criteria.where("assessmentYear").is(given.year()));
        }
        if (given.area() != null) {
            scope.addCriteria(Criteria.where("areaPath").is(given.area()));
        }
        List<String> provinces = new ArrayList<>();
        for (Object code : mongo.findDistinct(scope, "provinceCode", "decision_heads", Object.class)) {
            provinces.add(code == null ? NO_PROVINCE : code.toString());
        }
        if (provinces.isEmpty() && mongo.exists(scope, "decision_heads")) {
            provinces.add(NO_PROVINCE);
        }
        provinces.sort(null);
        Instant now = clock.instant();
        RunDocument run = new RunDocument(UUID.randomUUID().toString(), kind, versionId, given,
                provinces, provinces.isEmpty() ? "DONE" : "RUNNING", user, now, provinces.isEmpty() ? now : null, comment);
        mongo.insert(run);
        for (String province : provinces) {
            mongo.insert(new RunPartDocument(run.id() + "|" + province, run.id(), province, "PENDING", null, null, 0, 0,
                    0, 0, List.of(), List.of(), List.of(), null, now, null));
        }
        return run;
    }

    private static List<RunPartDocument.Example> examples(RunPartDocument part, String title, String move) {
        return part.examples().stream().filter(example -> example.titleCode().equals(title)
                && example.transition().equals(move)).toList();
    }

    private static Transition merge(Transition a, Transition b) {
        List<RunPartDocument.Example> examples = new ArrayList<>(a.examples());
        b.examples().stream().limit(Math.max(0, ImpactWriter.EXAMPLES_PER_TRANSITION - examples.size())).forEach(examples::add);
        return new Transition(a.titleCode(), a.transition(), a.count() + b.count(), examples);
    }

    /** A stable id for this instance, kept in its data directory, so that after a restart it finds its own work. */
    private static String instanceId(Path directory) {
        Path file = directory.toAbsolutePath().resolve("instance-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(directory);
            String id = "instance-" + UUID.randomUUID().toString().substring(0, 8);
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this instance's id in " + file, e);
        }
    }
}
