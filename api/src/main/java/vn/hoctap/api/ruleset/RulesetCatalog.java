package vn.hoctap.api.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hoctap.api.support.BsonCanonical;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.ruleset.GateReport;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.scenario.ScenarioResult;

/**
 * Every kjar version the service was given: uploads go through the gate, their bytes into GridFS and their report into
 * {@code ruleset_versions} — a refused version is kept with its report and never serves. Versions are opened from
 * their stored bytes (checked against their identities) by {@link LoadedVersions}.
 */
@Service
public class RulesetCatalog {

    private static final Logger log = LoggerFactory.getLogger(RulesetCatalog.class);

    private final RuleEngine engine;
    private final KjarStore kjars;
    private final MongoTemplate mongo;
    private final RulesetAudit audit;
    private final Clock clock;

    RulesetCatalog(RuleEngine engine, KjarStore kjars, MongoTemplate mongo, RulesetAudit audit, Clock clock) {
        this.engine = engine;
        this.kjars = kjars;
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A version after upload.
     *
     * @param created false when these exact bytes were uploaded before
     * @param ruleset the version loaded by the gate, open, when it passed and was new (the caller takes it); else null
     */
    public record Uploaded(RulesetVersionDocument version, boolean created, Ruleset ruleset) {
    }

    /** Gates and stores a kjar; the same bytes uploaded again give the version stored the first time. */
    public Uploaded upload(byte[] kjar, String name, String origin, String user) {
        String id = BsonCanonical.hex(KjarStore.sha256(kjar));
        Optional<RulesetVersionDocument> existing = find(id);
        if (existing.isPresent()) {
            return new Uploaded(existing.get(), false, null);
        }
        RuleEngine.Gated gated = engine.gate(RulesetSource.bytes(kjar, name));
        GateReport report = gated.report();
        kjars.put(id, kjar);
        RulesetVersionDocument version = document(id, kjar, report, gated.ruleset(), origin, user);
        try {
            mongo.insert(version);
        } catch (DuplicateKeyException e) {
            gated.passed().ifPresent(Ruleset::close);
            return new Uploaded(find(id).orElseThrow(), false, null);
        }
        audit.record(user, "UPLOADED", id, null, null, null, Map.of("origin", origin, "name", name,
                "version", String.valueOf(version.version())));
        audit.record(user, report.passed() ? "GATE_PASSED" : "GATE_REFUSED", id, null, null, null,
                Map.of("problems", report.problems().size(), "scenarios", report.scenarios().size()));
        log.info("Ruleset {} {} ({}): {}", version.version(), id.substring(0, 12), origin,
                report.passed() ? "passed the gate" : "refused with " + report.problems().size() + " problem(s)");
        return new Uploaded(version, true, gated.ruleset());
    }

    public Optional<RulesetVersionDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RulesetVersionDocument.class));
    }

    public RulesetVersionDocument require(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("ruleset version", id));
    }

    /** Every version, newest upload first. */
    public List<RulesetVersionDocument> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "uploadedAt")), RulesetVersionDocument.class);
    }

    /** Loads a stored version that passed the gate; its content must still be what was gated. */
    Ruleset open(String id) {
        RulesetVersionDocument version = require(id);
        if (!version.passed()) {
            throw new IllegalStateException("Ruleset version " + id + " was refused by the gate and never serves");
        }
        byte[] kjar = kjars.get(id).orElseThrow(() -> new IllegalStateException("The bytes of ruleset version " + id
                + " are missing from GridFS"));
        Ruleset ruleset = engine.load(RulesetSource.bytes(kjar, version.artifactId() + "-" + version.version()));
        if (!ruleset.id().contentSha256().equals(version.contentSha256())) {
            ruleset.close();
            throw new IllegalStateException("Ruleset version " + id + " loads with another content identity");
        }
        return ruleset;
    }

    /** The stored bytes of a version. */
    Optional<byte[]> bytes(String id) {
        return kjars.get(id);
    }

    /**
     * The Maven coordinates a build wrote into a kjar the engine could not load (so that a refused version still says
     * which one it is); empty when there are none.
     */
    private static Properties coordinates(byte[] kjar) {
        Properties found = new Properties();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    found.load(zip);
                    return found;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            log.debug("No Maven coordinates readable in the refused kjar: {}", unreadable.getMessage());
        }
        return found;
    }

    private RulesetVersionDocument document(String id, byte[] kjar, GateReport report, Ruleset ruleset, String origin,
            String user) {
        List<RulesetVersionDocument.Problem> problems = report.problems().stream().map(problem ->
                new RulesetVersionDocument.Problem(problem.kind().name(), problem.file(), problem.line(), problem.message()))
                .toList();
        List<String> failed = report.scenarios().stream().filter(result -> !result.passed()).map(ScenarioResult::name)
                .toList();
        var identity = report.ruleset();
        Properties coordinates = identity == null ? coordinates(kjar) : new Properties();
        return new RulesetVersionDocument(id, identity == null ? coordinates.getProperty("groupId") : identity.groupId(),
                identity == null ? coordinates.getProperty("artifactId") : identity.artifactId(),
                identity == null ? coordinates.getProperty("version") : identity.version(),
                identity == null ? null : identity.contentSha256(), kjar.length, origin, user, Instant.now(clock),
                report.passed(), problems, report.scenarios().size(), report.scenarios().size() - failed.size(), failed,
                ruleset == null ? List.of() : ruleset.titles().stream().map(TitleDefinition::code).toList());
    }
}
