package vn.hoctap.api.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.integrity.IntegrityVerifier;
import vn.hoctap.api.web.ApiException;

/** Reading decisions: one with its whole trace, its chain, or pages of current decisions (or of the full history). */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {

    /** Deepest page and item reachable by paging (skip is linear on the server). */
    static final int MAX_PAGE = 100_000;
    static final long MAX_OFFSET = 1_000_000;

    private final DecisionStore store;
    private final IntegrityVerifier verifier;

    DecisionController(DecisionStore store, IntegrityVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /** One decision with its input snapshot and the trace of every criterion. */
    @GetMapping("/{id}")
    DecisionView decision(@PathVariable String id) {
        DecisionDocument decision = store.find(id).orElseThrow(() -> ApiException.notFound("decision", id));
        return DecisionView.full(decision, store.successor(decision).map(DecisionDocument::id).orElse(null),
                verifier.sealStatus(id), store.trace(decision));
    }

    /** Every decision of the same chain (title, subject, assessment year), oldest first. */
    @GetMapping("/{id}/history")
    List<DecisionView> history(@PathVariable String id) {
        DecisionDocument decision = store.find(id).orElseThrow(() -> ApiException.notFound("decision", id));
        List<DecisionDocument> chain = store.chain(decision.chainKey());
        return chain.stream().map(item -> DecisionView.summary(item, successorIn(chain, item))).toList();
    }

    /**
     * Current decisions (or, with {@code history=true}, every decision) filtered by title, area (and its sub-areas),
     * assessment year, outcome, level and ruleset version; newest first. {@code validOn} keeps the recognitions still
     * valid on that date (an expired recognition no longer counts).
     */
    @GetMapping
    PageView<DecisionView> decisions(@RequestParam(required = false) String title,
            @RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer level,
            @RequestParam(required = false) String rulesetVersion,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(defaultValue = "false") boolean history,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if ((long) (page + 1) * size > MAX_OFFSET) {
            throw ApiException.validation(List.of(new vn.hoctap.api.web.FieldProblem("page", "OUT_OF_RANGE",
                    "at most the first " + MAX_OFFSET + " decisions can be paged through; narrow the filters")));
        }
        DecisionPage found = store.query(new DecisionFilter(title, area, year, outcome, level, rulesetVersion, validOn), history,
                page, size);
        List<DecisionView> items = found.items().stream().map(item -> DecisionView.summary(item,
                history ? store.successor(item).map(DecisionDocument::id).orElse(null) : null)).toList();
        return PageView.of(items, found.page(), found.size(), found.totalItems());
    }

    private static String successorIn(List<DecisionDocument> chain, DecisionDocument decision) {
        return chain.stream().filter(item -> decision.id().equals(item.supersedes())).map(DecisionDocument::id)
                .findFirst().orElse(null);
    }

    /** A page of results. */
    record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

        static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
            return new PageView<>(items, page, size, totalItems, (totalItems + size - 1) / size);
        }
    }
}
