package vn.hoctap.api.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.ProblemType;

/**
 * Minh chứng: {@code POST /api/v1/evidence} stores one file (multipart part {@code file}) after checking it — not empty,
 * within {@code hoctap.evidence.max-file-size}, of an allowed type as detected from its bytes, and of the type it was
 * declared as (when declared other than {@code application/octet-stream}); a refused file stores nothing. {@code 201}
 * for new bytes, {@code 200} with the same id for bytes already stored. {@code GET /api/v1/evidence/{id}} answers its
 * metadata and the decisions citing it, {@code GET /api/v1/evidence/{id}/content} its bytes. There is no update and no
 * delete: evidence is immutable.
 */
@RestController
class EvidenceController {

    static final String PATH = "/api/v1/evidence";
    private static final int MAX_NAME = 255;
    private static final String UNNAMED = "minh-chung";
    private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg",
            "image/x-png", "image/png");

    private final EvidenceStore store;
    private final HoctapProperties.Evidence limits;

    EvidenceController(EvidenceStore store, HoctapProperties properties, MultipartProperties multipart) {
        this.store = store;
        this.limits = properties.evidence();
        long max = limits.maxFileSize().toBytes();
        if (multipart.getMaxFileSize().toBytes() < max || multipart.getMaxRequestSize().toBytes() < max) {
            throw new IllegalStateException("hoctap.evidence.max-file-size (" + limits.maxFileSize() + ") exceeds "
                    + "spring.servlet.multipart.max-file-size (" + multipart.getMaxFileSize() + ") or max-request-size ("
                    + multipart.getMaxRequestSize() + "): an upload between them would not get its problem details");
        }
    }

    /** An evidence file as answered: {@code id} is the SHA-256 of its bytes. */
    record EvidenceView(String id, String name, String contentType, long size, String sha256, String uploadedBy,
            Instant uploadedAt) {

        static EvidenceView of(EvidenceDocument evidence) {
            return new EvidenceView(evidence.id(), evidence.name(), evidence.contentType(), evidence.size(),
                    evidence.sha256(), evidence.uploadedBy(), evidence.uploadedAt());
        }
    }

    /** An evidence file's metadata and the decisions that cite it. */
    record EvidenceDetails(String id, String name, String contentType, long size, String sha256, String uploadedBy,
            Instant uploadedAt, String content, List<String> citedBy) {
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceView> upload(@RequestPart(name = "file", required = false) MultipartFile file,
            Authentication user) {
        if (file == null) {
            throw refused("MISSING", "a multipart part named file is required");
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The evidence file exceeds "
                    + limits.maxFileSize().toBytes() + " bytes", List.of(new FieldProblem("file", "TOO_LARGE",
                            file.getSize() + " bytes; at most " + limits.maxFileSize().toBytes())), Map.of());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw refused("EMPTY", "the file is empty");
        }
        String detected = ContentSniffer.detect(bytes).orElse(null);
        if (detected == null || !limits.allowedTypes().contains(detected)) {
            throw refused("TYPE_NOT_ALLOWED", (detected == null ? "the content is of no recognised type"
                    : "the content is " + detected) + "; allowed: " + limits.allowedTypes());
        }
        String declared = declared(file.getContentType());
        if (declared != null && !declared.equals(detected)) {
            throw refused("TYPE_MISMATCH", "declared as " + declared + " but the content is " + detected);
        }
        EvidenceStore.Stored stored = store.store(bytes, name(file.getOriginalFilename()), detected, user.getName());
        EvidenceView view = EvidenceView.of(stored.evidence());
        return stored.created() ? ResponseEntity.created(URI.create(PATH + "/" + view.id())).body(view)
                : ResponseEntity.ok().location(URI.create(PATH + "/" + view.id())).body(view);
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EvidenceDetails details(@PathVariable String id) {
        EvidenceDocument evidence = found(id);
        return new EvidenceDetails(evidence.id(), evidence.name(), evidence.contentType(), evidence.size(),
                evidence.sha256(), evidence.uploadedBy(), evidence.uploadedAt(), PATH + "/" + id + "/content",
                store.citedBy(id));
    }

    @GetMapping(path = PATH + "/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        EvidenceDocument evidence = found(id);
        String etag = "\"" + evidence.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).contentType(MediaType.parseMediaType(evidence.contentType()))
                .contentLength(evidence.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.name(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(store.open(evidence)));
    }

    private EvidenceDocument found(String id) {
        Optional<EvidenceDocument> evidence = id.matches("[0-9a-f]{64}") ? store.find(id) : Optional.empty();
        return evidence.orElseThrow(() -> ApiException.notFound("evidence", id));
    }

    /** The declared type without parameters, lower-cased; null when not declared or declared as mere bytes. */
    private static String declared(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/octet-stream") ? null : ALIASES.getOrDefault(type, type);
    }

    /** The original name: NFC, without folders or control characters, at most {@value #MAX_NAME} characters. */
    static String name(String original) {
        if (original == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.isEmpty() ? UNNAMED : name;
    }

    private static ApiException refused(String reason, String message) {
        return ApiException.validation(List.of(new FieldProblem("file", reason, message)));
    }
}
