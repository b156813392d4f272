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
            "The API answers application/json or application/problem+json (and text/csv where the endpoint says so)."),
    IDEMPOTENCY_CONFLICT("idempotency-conflict", "Idempotency key reused with a different request", HttpStatus.CONFLICT,
            "The Idempotency-Key was already used for a request with a different body; use a new key."),
    INTEGRITY_VIOLATION("integrity-violation", "Stored record altered", HttpStatus.CONFLICT,
            "The stored decision or assessment no longer matches its seal or hash (changed outside the service); it is"
                    + " not used. See GET /api/v1/decisions/{id}/verification."),
    DECISION_SUPERSEDED("decision-superseded", "Decision already superseded", HttpStatus.CONFLICT,
            "Only the current decision of a chain can be re-evaluated; the response names the current one."),
    RULESET_REFUSED("ruleset-refused", "Ruleset refused by the gate", HttpStatus.UNPROCESSABLE_ENTITY,
            "The kjar does not compile, breaks the kjar contract, lacks scenarios or expectations, fails a scenario, or"
                    + " reaches outside the engine; problems[] lists every reason. It is kept with its report and never"
                    + " serves; the active version keeps serving."),
    FOUR_EYES("four-eyes", "Needs a second person", HttpStatus.FORBIDDEN,
            "The user who uploaded a ruleset version cannot activate it; another POLICY_EDITOR or ADMIN must."),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", HttpStatus.PAYLOAD_TOO_LARGE,
            "The body exceeds the configured limit (hoctap.http.max-body-size, max-batch-body-size)."),
    BATCH_TOO_LARGE("batch-too-large", "Too many items in a batch", HttpStatus.PAYLOAD_TOO_LARGE,
            "A batch holds at most hoctap.http.max-batch-items assessments (10,000 by default)."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Send application/json (or text/csv where the endpoint says so)."),
    URI_TOO_LONG("uri-too-long", "Request URL too long", HttpStatus.URI_TOO_LONG,
            "The request line is longer than the server accepts."),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
            "The request headers are larger than the server accepts."),
    TOO_MANY_REQUESTS("too-many-requests", "Too many failed sign-ins", HttpStatus.TOO_MANY_REQUESTS,
            "Too many wrong passwords or keys for this user or address; wait for the time given in Retry-After."),
    CROSS_SITE_REQUEST("cross-site-request", "Cross-site request refused", HttpStatus.FORBIDDEN,
            "A write was sent from another site (Origin or Sec-Fetch-Site) or as an HTML form; the API accepts writes"
                    + " only from its own pages and from programs."),
    CSRF("csrf", "Missing or wrong CSRF token", HttpStatus.FORBIDDEN,
            "A write in a browser session must carry the session's X-CSRF-TOKEN header."),
    STORAGE_UNAVAILABLE("storage-unavailable", "Storage unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "The database cannot make writes durable now (disk full, read-only, unreachable); nothing was stored."
                    + " Reads keep working where they can. Retry after the time given in Retry-After."),
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
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> INTERNAL_ERROR;
        };
    }
}
