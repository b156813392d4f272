package vn.hoctap.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a kjar comes from: bytes (an upload, a stored version), a kjar file, or the classpath (the kjar built with
 * the application or its tests). Immutable.
 */
public final class RulesetSource {

    private final String description;
    private final byte[] archive;
    private final ClassLoader classLoader;

    private RulesetSource(String description, byte[] archive, ClassLoader classLoader) {
        this.description = description;
        this.archive = archive;
        this.classLoader = classLoader;
    }

    /** A kjar archive held in memory; {@code description} names it in logs and errors (e.g. the upload's name). */
    public static RulesetSource bytes(byte[] archive, String description) {
        Objects.requireNonNull(archive, "archive");
        return new RulesetSource(description, archive.clone(), null);
    }

    /** A kjar archive on disk. */
    public static RulesetSource file(Path kjar) {
        try {
            return new RulesetSource(kjar.toString(), Files.readAllBytes(kjar), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read kjar " + kjar, e);
        }
    }

    /** The kjar whose {@code hoctap/ruleset.yaml} is visible to {@code classLoader}. */
    public static RulesetSource classpath(ClassLoader classLoader) {
        return new RulesetSource("classpath", null, Objects.requireNonNull(classLoader, "classLoader"));
    }

    /** A short description for logs and error messages. */
    public String description() {
        return description;
    }

    boolean isClasspath() {
        return classLoader != null;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    byte[] archive() {
        return archive;
    }

    KjarContent read() {
        if (!isClasspath()) {
            return KjarContent.fromArchive(archive);
        }
        URL descriptor = classLoader.getResource(KjarContent.DESCRIPTOR);
        if (descriptor == null) {
            throw new UncheckedIOException(new IOException("No " + KjarContent.DESCRIPTOR + " on the classpath"));
        }
        try {
            if ("file".equals(descriptor.getProtocol())) {
                Path root = Path.of(descriptor.toURI()).getParent().getParent();
                return KjarContent.fromDirectory(root);
            }
            JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
            connection.setUseCaches(false);
            Path jar = Path.of(connection.getJarFileURL().toURI());
            return KjarContent.fromArchive(Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassCastException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("Unsupported classpath location " + descriptor, e));
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
