package vn.hoctap.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.hoctap.api.HocTapApplication;

/** The service refuses to start on the published credentials outside the local profile, and without a sealing key. */
class StartupGuardTests {

    @TempDir
    Path data;

    @Test
    void thePublishedApiKeyIsRefusedOutsideTheLocalProfile() {
        Throwable refused = start("--spring.profiles.active=production", "--hoctap.integrity.keys[0].id=tinh-27-2026",
                "--hoctap.integrity.keys[0].secret=" + "k".repeat(40), "--hoctap.integrity.active-key=tinh-27-2026",
                "--hoctap.security.api-keys[0].name=copied", "--hoctap.security.api-keys[0].key=local-submitter-key",
                "--hoctap.security.api-keys[0].roles=SUBMITTER");

        assertThat(rootMessage(refused)).contains("published local credentials").contains("API key 'copied'")
                .contains("--spring.profiles.active=local");
    }

    @Test
    void withoutASealingKeyTheServiceDoesNotStart() {
        Throwable refused = start("--spring.profiles.active=production");

        assertThat(rootMessage(refused)).contains("No sealing key is configured");
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsRefused() throws Exception {
        Path blocked = Files.writeString(data.resolve("not-a-directory"), "x");

        Throwable refused = start("--hoctap.data-directory=" + blocked.resolve("data"));

        assertThat(rootMessage(refused)).contains("cannot be used");
    }

    private Throwable start(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--server.port=0");
        if (all.stream().noneMatch(arg -> arg.startsWith("--hoctap.data-directory="))) {
            all.add("--hoctap.data-directory=" + data);
        }
        return catchThrowable(() -> new SpringApplicationBuilder(HocTapApplication.class).run(all.toArray(String[]::new))
                .close());
    }

    private static String rootMessage(Throwable failure) {
        assertThat(failure).as("the service must refuse to start").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable link = failure; link != null; link = link.getCause()) {
            messages.append(link.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
