package vn.hoctap.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the service ({@code hoctap.*}).
 *
 * @param dataDirectory where the embedded MongoDB keeps its file (used only without {@code spring.data.mongodb.uri})
 */
@ConfigurationProperties("hoctap")
public record HoctapProperties(@DefaultValue("data") Path dataDirectory, @DefaultValue Rulesets rulesets,
        @DefaultValue Http http, @DefaultValue Areas areas) {

    /** @param initial location of the kjar activated at start-up when no other ruleset is active */
    public record Rulesets(@DefaultValue("classpath:rulesets/bundled-ruleset.jar") String initial) {
    }

    /** Limits on request bodies; larger bodies are refused with 413 before they are read. */
    public record Http(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("64MB") DataSize maxBatchBodySize,
            @DefaultValue("10000") int maxBatchItems) {
    }

    /** @param loadSampleWhenEmpty load the bundled sample of administrative areas into an empty registry */
    public record Areas(@DefaultValue("true") boolean loadSampleWhenEmpty) {
    }
}
