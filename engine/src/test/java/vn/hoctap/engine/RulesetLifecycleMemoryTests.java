package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Superseded versions are closed once nothing uses them: 200 swaps, each to a version the KIE repository has not seen,
 * in a JVM whose metaspace is capped at 128 MB run to the end, and the loaded classes and metaspace level off instead
 * of growing with every version.
 */
class RulesetLifecycleMemoryTests {

    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint (\\d+) classes (\\d+) metaspace (\\d+)");

    @Test
    void twoHundredSwapsUnderASmallMetaspaceLevelOff() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxMetaspaceSize=128m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SwapLoop.class.getName(), "200").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("done");
        List<long[]> checkpoints = new ArrayList<>();
        Matcher found = CHECKPOINT.matcher(output);
        while (found.find()) {
            checkpoints.add(new long[] {Long.parseLong(found.group(1)), Long.parseLong(found.group(2)),
                Long.parseLong(found.group(3))});
        }
        assertThat(checkpoints).extracting(point -> point[0]).containsExactly(20L, 50L, 100L, 150L, 200L);
        long[] early = checkpoints.get(1);
        long[] last = checkpoints.get(checkpoints.size() - 1);
        // Kept open and in the KIE repository instead (SwapLoop --keep), versions add about 16 % to the classes and 15 %
        // to the metaspace between the 50th and the 200th swap, until the repository's own cap of 100 artifacts.
        assertThat(last[1]).as("classes loaded after 200 swaps vs after 50: " + output).isLessThan(early[1] * 103 / 100);
        assertThat(last[2]).as("metaspace after 200 swaps vs after 50: " + output).isLessThan(early[2] * 112 / 100);
    }
}
