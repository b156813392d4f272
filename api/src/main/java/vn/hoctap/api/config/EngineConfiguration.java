package vn.hoctap.api.config;

import java.time.Clock;
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

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
