package vn.hoctap.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh data directories for services under test on the embedded, file-backed MongoDB server. The H2 file is locked
 * by the server that opened it, so every Spring context gets a directory of its own.
 */
public final class EmbeddedMongoTest {

    private EmbeddedMongoTest() {
    }

    public static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("hoctap-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
