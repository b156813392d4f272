package vn.hoctap.api.rollup;

import com.mongodb.client.model.Filters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.decision.DecisionDocument;
import vn.hoctap.api.decision.DecisionStore;
import vn.hoctap.api.decision.RollupFigure;
import vn.hoctap.api.web.ApiException;

/**
 * The decisions a roll-up of a stored decision counted: {@code GET /api/v1/decisions/{id}/rollups/{field}} answers the
 * figure as recorded in the decision, and a page of the decisions counted (subject, title, outcome, level, decision
 * date, validity), read from the immutable decisions themselves. The list is stored once under its content id; it is
 * checked against that id before it is shown ({@code intact}).
 */
@RestController
@Validated
class RollupController {

    private final DecisionStore decisions;
    private final MongoTemplate mongo;

    RollupController(DecisionStore decisions, MongoTemplate mongo) {
        this.decisions = decisions;
        this.mongo = mongo;
    }

    /** One decision counted by a roll-up. */
    record CountedDecision(String id, String titleCode, String subjectId, String subjectName, String areaCode,
            int assessmentYear, String outcome, Integer level, String levelLabel, String decisionDate,
            String validUntil) {
    }

    /** A roll-up figure and one page of the decisions it counted. */
    record RollupView(String decisionId, RollupFigure figure, boolean intact, int page, int size, int totalItems,
            List<CountedDecision> items) {
    }

    @GetMapping(path = "/api/v1/decisions/{id}/rollups/{field}", produces = MediaType.APPLICATION_JSON_VALUE)
    RollupView counted(@PathVariable String id, @PathVariable String field,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        DecisionDocument decision = decisions.find(id).orElseThrow(() -> ApiException.notFound("decision", id));
        RollupFigure figure = (decision.rollups() == null ? List.<RollupFigure>of() : decision.rollups()).stream()
                .filter(candidate -> candidate.field().equals(field)).findFirst()
                .orElseThrow(() -> ApiException.notFound("roll-up", id + "/" + field));
        List<String> ids = List.of();
        boolean intact = true;
        if (figure.decisionSetId() != null) {
            Document set = mongo.getCollection(Rollups.SETS).find(Filters.eq("_id", figure.decisionSetId())).first();
            ids = set == null ? List.of() : set.getList("ids", String.class);
            intact = set != null && Rollups.setId(ids).equals(figure.decisionSetId()) && ids.size() == figure.decisionsCounted();
        }
        int from = Math.min(ids.size(), page * size);
        List<String> shown = ids.subList(from, Math.min(ids.size(), from + size));
        Map<String, Document> found = new HashMap<>();
        mongo.getCollection("decisions").find(Filters.in("_id", shown))
                .projection(new Document("titleCode", 1).append("subject", 1).append("assessmentYear", 1)
                        .append("outcome", 1).append("level", 1).append("levelLabel", 1).append("decisionDate", 1)
                        .append("validUntil", 1))
                .forEach(document -> found.put(document.getString("_id"), document));
        List<CountedDecision> items = new ArrayList<>(shown.size());
        for (String counted : shown) {
            Document document = found.get(counted);
            if (document == null) {
                intact = false;
                items.add(new CountedDecision(counted, null, null, null, null, 0, "MISSING", null, null, null, null));
                continue;
            }
            Document subject = document.get("subject", Document.class);
            items.add(new CountedDecision(counted, document.getString("titleCode"), subject.getString("id"),
                    subject.getString("name"), subject.getString("areaCode"), document.getInteger("assessmentYear", 0),
                    document.getString("outcome"), document.getInteger("level"), document.getString("levelLabel"),
                    document.getString("decisionDate"), document.getString("validUntil")));
        }
        return new RollupView(id, figure, intact, page, size, ids.size(), items);
    }
}
