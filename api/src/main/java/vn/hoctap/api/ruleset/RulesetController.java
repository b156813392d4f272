package vn.hoctap.api.ruleset;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.TitleDefinition;

/** Which ruleset is in service. */
@RestController
@RequestMapping(path = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesetController {

    private final ActiveRuleset active;

    RulesetController(ActiveRuleset active) {
        this.active = active;
    }

    @GetMapping("/active")
    ActiveRulesetView active() {
        Ruleset ruleset = active.current();
        return new ActiveRulesetView(ruleset.id(), ruleset.descriptor().name(),
                ruleset.titles().stream().map(TitleDefinition::code).toList(), ruleset.scenarios().size());
    }

    /** The active ruleset: coordinates, checksum, titles and number of bundled scenarios it passed. */
    record ActiveRulesetView(RulesetId id, String name, List<String> titles, int scenariosPassed) {
    }
}
