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
        @DefaultValue Http http, @DefaultValue Areas areas, @DefaultValue Evidence evidence,
        @DefaultValue PlanTargets planTargets) {

    /**
     * @param initial        the kjar stored and activated as the first version of an empty database (later: stored as a
     *                       candidate when it is new)
     * @param pollInterval   how often the activation events are re-read (every instance follows within this time)
     * @param maxUploadSize  largest kjar accepted by {@code POST /api/v1/rulesets}
     * @param watchDirectory a folder (e.g. {@code rules-kjar/target} or a local Maven repository) whose new kjars are
     *                       uploaded as candidates, never activated; empty: no watcher
     * @param watchUploader  the user name the watcher's uploads are recorded under (four-eyes: that user cannot activate
     *                       them)
     */
    public record Rulesets(@DefaultValue("classpath:rulesets/bundled-ruleset.jar") String initial,
            @DefaultValue("2s") java.time.Duration pollInterval, @DefaultValue("32MB") DataSize maxUploadSize,
            @DefaultValue("") String watchDirectory, @DefaultValue("watcher") String watchUploader,
            @DefaultValue("5s") java.time.Duration watchInterval) {
    }

    /**
     * Limits on request bodies; larger bodies are refused with 413 before they are read.
     *
     * @param maxAsyncBatchBodySize a body of {@code POST /api/v1/assessment-batches} (streamed to GridFS, never held
     *                              in memory)
     * @param maxAsyncBatchItems    items of one asynchronous batch
     */
    public record Http(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("64MB") DataSize maxBatchBodySize,
            @DefaultValue("10000") int maxBatchItems, @DefaultValue("512MB") DataSize maxAsyncBatchBodySize,
            @DefaultValue("1000000") int maxAsyncBatchItems) {
    }

    /**
     * Minh chứng — evidence files ({@code POST /api/v1/evidence}).
     *
     * @param maxFileSize  largest file accepted (Spring's {@code spring.servlet.multipart.max-file-size} and
     *                     {@code max-request-size} must be at least this, or the service refuses to start)
     * @param allowedTypes content types accepted, as detected from the bytes
     */
    public record Evidence(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue({"application/pdf", "image/png",
            "image/jpeg", "image/gif", "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint"}) java.util.List<String> allowedTypes) {
    }

    /** @param loadSampleWhenEmpty load the bundled sample of administrative areas into an empty registry */
    public record Areas(@DefaultValue("true") boolean loadSampleWhenEmpty) {
    }

    /** @param loadSeedWhenEmpty load the bundled plan targets (national and provincial plans) into an empty collection */
    public record PlanTargets(@DefaultValue("true") boolean loadSeedWhenEmpty) {
    }
}
