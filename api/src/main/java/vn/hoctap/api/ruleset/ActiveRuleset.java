package vn.hoctap.api.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.ruleset.TitleDefinition;

/**
 * Holds the engine and the ruleset in service. At start-up the kjar built from this repository (or the one named by
 * {@code hoctap.rulesets.initial}) is loaded as bytes, must pass its bundled scenarios, and is activated; the engine
 * swaps rulesets atomically, so callers take {@link #current()} once per request and use that ruleset throughout.
 */
@Service
public class ActiveRuleset implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

    private final RuleEngine engine;
    private final RulesetRecords records;
    private final ResourceLoader resources;
    private final HoctapProperties properties;
    private final Clock clock;

    ActiveRuleset(RuleEngine engine, RulesetRecords records, ResourceLoader resources, HoctapProperties properties,
            Clock clock) {
        this.engine = engine;
        this.records = records;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        Resource initial = resources.getResource(properties.rulesets().initial());
        try (InputStream in = initial.getInputStream()) {
            activate(RulesetSource.bytes(in.readAllBytes(), initial.getDescription()), "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the initial ruleset " + properties.rulesets().initial(), e);
        }
    }

    /** The ruleset in service; 503 problem when none is. */
    public Ruleset current() {
        return engine.active().orElseThrow(() -> new ApiException(ProblemType.NO_ACTIVE_RULESET,
                "No ruleset is active; activate one before submitting assessments"));
    }

    /** Loads, gates on bundled scenarios, activates and records a ruleset. */
    public Ruleset activate(RulesetSource source, String origin) {
        Ruleset ruleset = engine.loadAndActivate(source);
        if (records.findById(ruleset.id().sha256()).isEmpty()) {
            records.insert(new RulesetRecord(ruleset.id().sha256(), ruleset.id().groupId(), ruleset.id().artifactId(),
                    ruleset.id().version(), origin, ruleset.titles().stream().map(TitleDefinition::code).toList(),
                    Instant.now(clock)));
        }
        log.info("Ruleset {} in service ({} titles)", ruleset.id(), ruleset.titles().size());
        return ruleset;
    }
}
