package vn.hoctap.api.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoctap.engine.RuleEngine;

/** The rules engine (plain Java, no configuration of its own) and the clock the service stamps records with. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RuleEngine ruleEngine() {
        return new RuleEngine();
    }

    /** UTC, in whole milliseconds: the precision MongoDB stores, so a record reads back exactly as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
