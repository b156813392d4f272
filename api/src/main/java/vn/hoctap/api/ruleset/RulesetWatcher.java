package vn.hoctap.api.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.hoctap.api.config.HoctapProperties;

/**
 * For the editing loop on a policy editor's machine: watches {@code hoctap.rulesets.watch-directory} (a build's
 * {@code rules-kjar/target}, or a local Maven repository where {@code mvn install -pl rules-kjar} puts the kjar) and
 * uploads every new or changed hoctap kjar it finds there as a candidate, recorded under
 * {@code hoctap.rulesets.watch-uploader}. It never activates anything. Off unless the directory is set.
 */
@Component
class RulesetWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RulesetWatcher.class);
    private static final int DEPTH = 8;

    private final LoadedVersions loaded;
    private final HoctapProperties.Rulesets properties;
    private final Map<Path, FileTime> seen = new HashMap<>();
    private ScheduledExecutorService scanner;

    RulesetWatcher(LoadedVersions loaded, HoctapProperties properties) {
        this.loaded = loaded;
        this.properties = properties.rulesets();
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.watchDirectory().isBlank()) {
            return;
        }
        Path directory = Path.of(properties.watchDirectory()).toAbsolutePath();
        log.info("Watching {} for new ruleset kjars (uploaded as candidates by '{}')", directory,
                properties.watchUploader());
        scanner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hoctap-ruleset-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.watchInterval().toMillis();
        scanner.scheduleWithFixedDelay(() -> scan(directory), 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    /** Uploads the kjars of {@code directory} that are new or changed since the last scan; returns how many. */
    synchronized int scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int uploaded = 0;
        try (Stream<Path> files = Files.walk(directory, DEPTH)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar") && Files.isRegularFile(file)).toList()) {
                FileTime modified = Files.getLastModifiedTime(jar);
                if (modified.equals(seen.get(jar))) {
                    continue;
                }
                Boolean ruleset = isRuleset(jar);
                if (ruleset == null) {
                    continue; // still being written: looked at again on the next scan
                }
                seen.put(jar, modified);
                if (!ruleset) {
                    continue;
                }
                RulesetCatalog.Uploaded result = loaded.upload(Files.readAllBytes(jar), jar.getFileName().toString(),
                        "WATCHER", properties.watchUploader());
                if (result.created()) {
                    uploaded++;
                    log.info("Watcher uploaded {} as candidate {} ({})", jar, result.version().id().substring(0, 12),
                            result.version().passed() ? "passed the gate" : "refused by the gate");
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Watching {} failed this time: {}", directory, e.getMessage());
        }
        return uploaded;
    }

    /** Whether the jar is a hoctap kjar; {@code null} when it cannot be read as a jar (yet). */
    private static Boolean isRuleset(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("hoctap/ruleset.yaml") != null && zip.getEntry("META-INF/kmodule.xml") != null;
        } catch (IOException e) {
            return null;
        }
    }
}
