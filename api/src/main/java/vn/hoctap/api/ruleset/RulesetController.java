package vn.hoctap.api.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoctap.api.support.BsonCanonical;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetDiff;

/**
 * The ruleset lifecycle over HTTP: upload a kjar (gated at once), read versions, their files and their differences,
 * activate (four-eyes, with a comment, now or from a date, nationally or for one province), roll back, and read the
 * activations and the audit log.
 */
@RestController
@RequestMapping(path = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesetController {

    private final RulesetCatalog catalog;
    private final ActiveRuleset active;
    private final RulesetActivations activations;
    private final LoadedVersions loaded;
    private final RulesetAudit audit;

    RulesetController(RulesetCatalog catalog, ActiveRuleset active, RulesetActivations activations, LoadedVersions loaded,
            RulesetAudit audit) {
        this.catalog = catalog;
        this.active = active;
        this.activations = activations;
        this.loaded = loaded;
        this.audit = audit;
    }

    /** A version, with its state (READY, REFUSED, ACTIVE, SCHEDULED, RETIRED) and the scopes it serves. */
    record VersionView(String id, String groupId, String artifactId, String version, String contentSha256, long size,
            String origin, String uploadedBy, java.time.Instant uploadedAt, String state, List<String> servingIn,
            List<String> scheduledIn, List<String> titles, GateView gate) {
    }

    /** The gate's report. */
    record GateView(boolean passed, int scenarios, int scenariosPassed, List<String> failedScenarios,
            List<RulesetVersionDocument.Problem> problems) {
    }

    /** An activation request. */
    record ActivationRequest(String comment, LocalDate effectiveFrom, String province) {
    }

    /** The versions in service. */
    record ActiveView(VersionView national, Map<String, String> provinces, List<RulesetActivationDocument> scheduled) {
    }

    /** One file of a kjar. */
    record FileView(String path, long size, String sha256) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = {"application/java-archive", MediaType.APPLICATION_OCTET_STREAM_VALUE,
        "application/x-java-archive", "application/zip"})
    ResponseEntity<Object> upload(@RequestBody byte[] kjar, @RequestParam(required = false) String name,
            Authentication user) {
        return uploaded(loaded.upload(kjar, name == null ? "upload" : name, "UPLOAD", user.getName()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> uploadForm(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
        return uploaded(loaded.upload(file.getBytes(), file.getOriginalFilename() == null ? "upload"
                : file.getOriginalFilename(), "UPLOAD", user.getName()));
    }

    @GetMapping
    List<VersionView> versions() {
        return catalog.all().stream().map(this::view).toList();
    }

    @GetMapping("/active")
    ActiveView serving() {
        Map<String, String> versions = new java.util.TreeMap<>(active.versions());
        String national = versions.remove(RulesetActivationDocument.NATIONAL);
        return new ActiveView(national == null ? null : view(catalog.require(national)), versions, active.scheduled());
    }

    @GetMapping("/activations")
    List<RulesetActivationDocument> history() {
        return activations.history();
    }

    @GetMapping("/audit")
    List<RulesetAuditDocument> auditLog(@RequestParam(required = false) String version,
            @RequestParam(defaultValue = "200") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(2000)
            int limit) {
        return audit.read(version, limit);
    }

    @GetMapping("/{id}")
    VersionView version(@PathVariable String id) {
        return view(catalog.require(id));
    }

    /** The files of a version; with {@code path}, that file's content (UTF-8 text for DRL, YAML, XML, properties). */
    @GetMapping("/{id}/files")
    ResponseEntity<?> files(@PathVariable String id, @RequestParam(required = false) String path) {
        catalog.require(id);
        byte[] kjar = catalog.bytes(id).orElseThrow(() -> ApiException.notFound("stored kjar", id));
        if (path == null) {
            List<FileView> files = new ArrayList<>();
            read(kjar, (name, bytes) -> files.add(new FileView(name, bytes.length, BsonCanonical.hex(KjarStore.sha256(bytes)))));
            return ResponseEntity.ok(files);
        }
        byte[][] found = new byte[1][];
        read(kjar, (name, bytes) -> {
            if (name.equals(path)) {
                found[0] = bytes;
            }
        });
        if (found[0] == null) {
            throw ApiException.notFound("file", path);
        }
        boolean text = path.matches(".*\\.(drl|yaml|yml|xml|properties|csv|txt|md)");
        return ResponseEntity.ok().contentType(text ? new MediaType("text", "plain", StandardCharsets.UTF_8)
                : MediaType.APPLICATION_OCTET_STREAM).body(found[0]);
    }

    @GetMapping("/{from}/diff/{to}")
    RulesetDiff diff(@PathVariable String from, @PathVariable String to) {
        catalog.require(from);
        catalog.require(to);
        try (Ruleset.Lease before = loaded.lease(from); Ruleset.Lease after = loaded.lease(to)) {
            return RulesetDiff.between(before.ruleset(), after.ruleset());
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/activations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RulesetActivationDocument> activate(@PathVariable String id, @RequestBody ActivationRequest request,
            Authentication user) {
        RulesetActivationDocument event = activations.activate(id, user.getName(), request.comment(),
                request.effectiveFrom(), request.province());
        return ResponseEntity.created(URI.create("/api/v1/rulesets/activations")).body(event);
    }

    /** A province's own rules end; it follows the national version again. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/provinces/{code}/national", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RulesetActivationDocument> toNational(@PathVariable String code,
            @RequestBody ActivationRequest request, Authentication user) {
        return ResponseEntity.created(URI.create("/api/v1/rulesets/activations")).body(
                activations.toNational(code, user.getName(), request.comment(), request.effectiveFrom()));
    }

    private ResponseEntity<Object> uploaded(RulesetCatalog.Uploaded uploaded) {
        VersionView view = view(uploaded.version());
        if (!uploaded.version().passed()) {
            throw new ApiException(ProblemType.RULESET_REFUSED, "The kjar was refused by the gate with "
                    + uploaded.version().problems().size() + " problem(s); it is kept with its report and never serves",
                    List.of(), Map.of("rulesetId", uploaded.version().id(), "problems", uploaded.version().problems()));
        }
        return ResponseEntity.status(uploaded.created() ? 201 : 200)
                .location(URI.create("/api/v1/rulesets/" + uploaded.version().id()))
                .header("Idempotent-Replayed", String.valueOf(!uploaded.created())).body(view);
    }

    private VersionView view(RulesetVersionDocument version) {
        List<String> serving = active.versions().entrySet().stream().filter(entry -> entry.getValue().equals(version.id()))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> scheduled = active.scheduled().stream().filter(event -> version.id().equals(event.versionId()))
                .map(RulesetActivationDocument::scope).distinct().toList();
        String state = !version.passed() ? "REFUSED" : !serving.isEmpty() ? "ACTIVE" : !scheduled.isEmpty() ? "SCHEDULED"
                : servedBefore().contains(version.id()) ? "RETIRED" : "READY";
        return new VersionView(version.id(), version.groupId(), version.artifactId(), version.version(),
                version.contentSha256(), version.size(), version.origin(), version.uploadedBy(), version.uploadedAt(), state,
                serving, scheduled, version.titles(), new GateView(version.passed(), version.scenarios(),
                        version.scenariosPassed(), version.failedScenarios(), version.problems()));
    }

    private Set<String> servedBefore() {
        Set<String> ids = new HashSet<>();
        java.time.Instant now = java.time.Instant.now();
        activations.history().stream().filter(event -> event.versionId() != null && !event.effectiveAt().isAfter(now))
                .forEach(event -> ids.add(event.versionId()));
        return ids;
    }

    private static void read(byte[] kjar, java.util.function.BiConsumer<String, byte[]> each) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    each.accept(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
