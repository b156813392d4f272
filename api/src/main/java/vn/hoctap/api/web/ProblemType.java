package vn.hoctap.api.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of refusal the API answers, each with a stable {@code type} URI ({@code /problems/<slug>}, documented at
 * that address), a fixed title and an HTTP status. Part of the API's contract: slugs never change meaning.
 */
public enum ProblemType {
    VALIDATION("validation", "Request content is invalid", HttpStatus.BAD_REQUEST,
            "One or more fields are missing, unknown, of the wrong type or out of range; see errors[].field and errors[].reason."),
    MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST,
            "The body is not well-formed JSON, or a parameter cannot be read."),
    UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED,
            "Send HTTP Basic credentials or an X-API-Key header."),
    FORBIDDEN("forbidden", "Not allowed for your role", HttpStatus.FORBIDDEN,
            "The authenticated user or key lacks the role this operation needs."),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND, "No resource exists at this path or with this id."),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED,
            "The path exists but does not accept this HTTP method."),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE,
            "The API answers application/json or application/problem+json only."),
    IDEMPOTENCY_CONFLICT("idempotency-conflict", "Idempotency key reused with a different request", HttpStatus.CONFLICT,
            "The Idempotency-Key was already used for a request with a different body; use a new key."),
    DECISION_SUPERSEDED("decision-superseded", "Decision already superseded", HttpStatus.CONFLICT,
            "Only the current decision of a chain can be re-evaluated; the response names the current one."),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", HttpStatus.PAYLOAD_TOO_LARGE,
            "The body exceeds the configured limit (hoctap.http.max-body-size, max-batch-body-size)."),
    BATCH_TOO_LARGE("batch-too-large", "Too many items in a batch", HttpStatus.PAYLOAD_TOO_LARGE,
            "A batch holds at most hoctap.http.max-batch-items assessments (10,000 by default)."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Send application/json (or text/csv where the endpoint says so)."),
    NO_ACTIVE_RULESET("no-active-ruleset", "No ruleset is active", HttpStatus.SERVICE_UNAVAILABLE,
            "The service has no ruleset in service; an administrator must activate one."),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "The service cannot answer now; try again later."),
    RULESET_DEFECT("ruleset-defect", "The active ruleset failed on this input", HttpStatus.INTERNAL_SERVER_ERROR,
            "A rule of the active ruleset misbehaved (a criterion judged twice, a looping rule); nothing was stored."),
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR,
            "An unexpected error; nothing already accepted was lost. The incident is logged.");

    private final String slug;
    private final String title;
    private final HttpStatus status;
    private final String description;

    ProblemType(String slug, String title, HttpStatus status, String description) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.description = description;
    }

    public URI type() {
        return URI.create("/problems/" + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    public String description() {
        return description;
    }

    /** The type for a status Spring reports on its own (unknown path, wrong method, …). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> INTERNAL_ERROR;
        };
    }
}
