package vn.hoctap.api.title;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.support.VietnamTime;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.evaluation.CriterionDefinition;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.schema.InputSchema;

/**
 * What the active ruleset decides: its titles and generations of criteria, the input schema a submission must follow
 * on a given reference date (for services validating ahead and for forms), and the criteria with their legal sources.
 */
@RestController
@RequestMapping(path = "/api/v1/titles", produces = MediaType.APPLICATION_JSON_VALUE)
class TitleController {

    private final ActiveRuleset active;
    private final Clock clock;
    private final JsonSchemas schemas;

    TitleController(ActiveRuleset active, Clock clock, ObjectMapper json) {
        this.active = active;
        this.clock = clock;
        this.schemas = new JsonSchemas(json);
    }

    @GetMapping
    TitlesView titles(@RequestParam(required = false) String province) {
        Ruleset ruleset = active.forProvince(province);
        return new TitlesView(ruleset.id(), ruleset.titles());
    }

    @GetMapping("/{code}")
    TitleDefinition title(@PathVariable String code, @RequestParam(required = false) String province) {
        return title(active.forProvince(province), code);
    }

    /** The input schema of the generation in force on {@code referenceDate} (default: today in Vietnam). */
    @GetMapping("/{code}/schema")
    SchemaView schema(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
            @RequestParam(required = false) String province) {
        Ruleset ruleset = active.forProvince(province);
        GenerationDefinition generation = generation(ruleset, code, referenceDate);
        return new SchemaView(ruleset.id(), code, generation, ruleset.schema(code, generation.id()));
    }

    /**
     * The same schema as a JSON Schema (draft 2020-12) of the whole submission ({@code Accept: application/schema+json}),
     * with a generated example ({@link JsonSchemas}).
     */
    @GetMapping(path = "/{code}/schema", produces = JsonSchemas.MEDIA_TYPE)
    ResponseEntity<ObjectNode> jsonSchema(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
            @RequestParam(required = false) String province) {
        Ruleset ruleset = active.forProvince(province);
        LocalDate date = referenceDate == null ? VietnamTime.today(clock) : referenceDate;
        GenerationDefinition generation = generation(ruleset, code, date);
        ObjectNode schema = schemas.submission(ruleset.id(), title(ruleset, code), generation,
                ruleset.schema(code, generation.id()), date);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JsonSchemas.MEDIA_TYPE)).body(schema);
    }

    /** The criteria of the generation in force on {@code referenceDate} (default: today in Vietnam). */
    @GetMapping("/{code}/criteria")
    CriteriaView criteria(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
            @RequestParam(required = false) String province) {
        Ruleset ruleset = active.forProvince(province);
        GenerationDefinition generation = generation(ruleset, code, referenceDate);
        return new CriteriaView(ruleset.id(), code, generation, ruleset.criteria(code, generation.id()));
    }

    private GenerationDefinition generation(Ruleset ruleset, String code, LocalDate referenceDate) {
        LocalDate date = referenceDate == null ? VietnamTime.today(clock) : referenceDate;
        return title(ruleset, code).generationOn(date).orElseThrow(() -> ApiException.validation(List.of(new FieldProblem(
                "referenceDate", "NO_CRITERIA_IN_FORCE", "no criteria of " + code + " are in force on " + date))));
    }

    private static TitleDefinition title(Ruleset ruleset, String code) {
        return ruleset.title(code).orElseThrow(() -> ApiException.notFound("title", code));
    }

    record TitlesView(RulesetId ruleset, List<TitleDefinition> titles) {
    }

    record SchemaView(RulesetId ruleset, String titleCode, GenerationDefinition generation, InputSchema schema) {
    }

    record CriteriaView(RulesetId ruleset, String titleCode, GenerationDefinition generation,
            List<CriterionDefinition> criteria) {
    }
}
