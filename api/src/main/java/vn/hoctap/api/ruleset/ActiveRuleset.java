package vn.hoctap.api.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.engine.Ruleset;

/**
 * The rulesets in service in this instance: one national version and, where a province runs its own rules, one per
 * province. What serves is decided by the activation events in the database ({@link RulesetActivationDocument}),
 * re-read every {@code hoctap.rulesets.poll-interval}, so every instance sharing the database follows an activation
 * within a few seconds, and a restarted one starts on the version that was active. The swap is atomic: a request takes
 * a {@link Snapshot} once and uses it throughout, so it finishes on the versions it started with.
 *
 * <p>On an empty database the kjar named by {@code hoctap.rulesets.initial} (the one built with the service) is stored,
 * gated and activated as the first version; later, a different bundled kjar is only stored as a candidate.
 */
@Service
public class ActiveRuleset implements InitializingBean, DisposableBean {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

    private final LoadedVersions loaded;
    private final MongoTemplate mongo;
    private final ResourceLoader resources;
    private final HoctapProperties properties;
    private final RulesetAudit audit;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private volatile State state = new State(Map.of(), Map.of(), List.of());
    private ScheduledExecutorService poller;

    ActiveRuleset(LoadedVersions loaded, MongoTemplate mongo, ResourceLoader resources,
            HoctapProperties properties, RulesetAudit audit, Clock clock) {
        this.loaded = loaded;
        this.mongo = mongo;
        this.resources = resources;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What serves: the version per scope, the loaded rulesets, and activations not yet in effect. */
    record State(Map<String, String> versions, Map<String, Ruleset> rulesets, List<RulesetActivationDocument> scheduled) {

        Ruleset forProvince(String provinceCode) {
            return rulesets.get(versionFor(provinceCode));
        }

        /** The version that decides for a province: its own, or the national one. */
        String versionFor(String provinceCode) {
            String version = provinceCode == null ? null : versions.get(provinceCode);
            return version != null ? version : versions.get(RulesetActivationDocument.NATIONAL);
        }
    }

    /**
     * The rulesets of one request or batch, held open until closed: whatever is activated meanwhile, the work finishes
     * on these.
     */
    public static final class Snapshot implements AutoCloseable {

        private final State state;
        private final List<Ruleset.Lease> leases;

        private Snapshot(State state, List<Ruleset.Lease> leases) {
            this.state = state;
            this.leases = leases;
        }

        /** The ruleset that decides for a subject of this province (its own, or the national one). */
        public Ruleset forProvince(String provinceCode) {
            Ruleset ruleset = state.forProvince(provinceCode);
            if (ruleset == null) {
                throw noRuleset();
            }
            return ruleset;
        }

        @Override
        public void close() {
            leases.forEach(Ruleset.Lease::close);
        }
    }

    @Override
    public void afterPropertiesSet() {
        registerBundled();
        refresh();
        long interval = properties.rulesets().pollInterval().toMillis();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hoctap-ruleset-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::refreshQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Takes the rulesets in service for one unit of work. */
    public Snapshot snapshot() {
        for (int attempt = 0; ; attempt++) {
            State current = state;
            List<Ruleset.Lease> leases = new ArrayList<>();
            try {
                for (Ruleset ruleset : new HashSet<>(current.rulesets().values())) {
                    leases.add(ruleset.lease());
                }
                return new Snapshot(current, leases);
            } catch (IllegalStateException closedMeanwhile) {
                leases.forEach(Ruleset.Lease::close);
                if (attempt > 5) {
                    throw noRuleset();
                }
            }
        }
    }

    /** The national ruleset in service, for reading its titles, schemas and criteria (not for evaluating). */
    public Ruleset current() {
        return forProvince(null);
    }

    /** The ruleset that decides for a province, for reading (not for evaluating). */
    public Ruleset forProvince(String provinceCode) {
        Ruleset ruleset = state.forProvince(provinceCode);
        if (ruleset == null) {
            throw noRuleset();
        }
        return ruleset;
    }

    /** The version in service per scope ({@value RulesetActivationDocument#NATIONAL} and province codes). */
    public Map<String, String> versions() {
        return state.versions();
    }

    /** The id of the version that decides for a province now (its own, or the national one). */
    public String versionFor(String provinceCode) {
        return state.versionFor(provinceCode);
    }

    /** Activations recorded but not yet in effect, soonest first. */
    public List<RulesetActivationDocument> scheduled() {
        return state.scheduled();
    }

    /**
     * Reads the activation events and switches to what they say serves now; loads versions not yet loaded, retires
     * those no longer serving.
     */
    public synchronized void refresh() {
        Instant now = clock.instant();
        List<RulesetActivationDocument> events = mongo.findAll(RulesetActivationDocument.class).stream()
                .sorted(Comparator.comparing(RulesetActivationDocument::effectiveAt)
                        .thenComparing(RulesetActivationDocument::recordedAt))
                .toList();
        Map<String, String> versions = new LinkedHashMap<>();
        List<RulesetActivationDocument> scheduled = new ArrayList<>();
        for (RulesetActivationDocument event : events) {
            if (event.effectiveAt().isAfter(now)) {
                scheduled.add(event);
            } else if (event.versionId() == null) {
                versions.remove(event.scope());
            } else {
                versions.put(event.scope(), event.versionId());
            }
        }
        State current = state;
        if (versions.equals(current.versions()) && scheduled.equals(current.scheduled())) {
            return;
        }
        Map<String, Ruleset> rulesets = new HashMap<>();
        for (String version : new HashSet<>(versions.values())) {
            Ruleset ruleset = current.rulesets().get(version);
            if (ruleset == null) {
                try (Ruleset.Lease lease = loaded.lease(version)) {
                    ruleset = lease.ruleset();
                }
            }
            rulesets.put(version, ruleset);
        }
        state = new State(Map.copyOf(versions), Map.copyOf(rulesets), List.copyOf(scheduled));
        loaded.keepOnly(new HashSet<>(versions.values()));
        if (!versions.equals(current.versions())) {
            log.info("Instance {} now serves {}", instance, versions);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not re-read the ruleset activations (will retry): {}", e.getMessage());
        }
    }

    /** Stores the bundled kjar as a version if it is new, and activates it if nothing is active yet. */
    private void registerBundled() {
        Resource initial = resources.getResource(properties.rulesets().initial());
        byte[] kjar;
        try (InputStream in = initial.getInputStream()) {
            kjar = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the initial ruleset " + properties.rulesets().initial(), e);
        }
        RulesetCatalog.Uploaded uploaded = loaded.upload(kjar, initial.getDescription(), "BUNDLED", SYSTEM);
        boolean anyActive = mongo.exists(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("scope").is(RulesetActivationDocument.NATIONAL)),
                RulesetActivationDocument.class);
        if (anyActive) {
            if (uploaded.created()) {
                log.info("The bundled ruleset {} is stored as a candidate; the version already active keeps serving",
                        uploaded.version().version());
            }
            return;
        }
        if (!uploaded.version().passed()) {
            throw new IllegalStateException("The bundled ruleset was refused by the gate: " + uploaded.version().problems());
        }
        Instant now = clock.instant();
        mongo.insert(new RulesetActivationDocument(UUID.randomUUID().toString(), RulesetActivationDocument.NATIONAL,
                uploaded.version().id(), "ACTIVATION", now, now, SYSTEM,
                "Bộ quy tắc đi kèm phần mềm, kích hoạt khi cơ sở dữ liệu còn trống", null));
        audit.record(SYSTEM, "ACTIVATED", uploaded.version().id(), null, RulesetActivationDocument.NATIONAL,
                "first version of an empty database", Map.of());
    }

    private static ApiException noRuleset() {
        return new ApiException(ProblemType.NO_ACTIVE_RULESET,
                "No ruleset is active; activate one before submitting assessments");
    }
}
