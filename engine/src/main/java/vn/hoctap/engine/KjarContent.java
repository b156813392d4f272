package vn.hoctap.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a kjar held in memory, with two checksums: the artifact's (the bytes as built) and the content's (the
 * rules as written), which is the same for two builds of the same sources. Immutable.
 */
final class KjarContent {

    static final String DESCRIPTOR = vn.hoctap.engine.ruleset.DescriptorReader.DESCRIPTOR;
    static final String IDENTITY = "hoctap/ruleset-id.properties";
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    /** Classes the executable model generates, whose bytes and order differ between builds of the same sources. */
    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
            "(Lambda(Consequence|Predicate|Extractor)[0-9A-F]{8,}|Rules[0-9A-F]{8,}|DomainClassesMetadata[0-9A-F]{8,})"
                    + "([$_].*)?\\.class");

    private final SortedMap<String, byte[]> entries;
    private final String sha256;
    private final String contentSha256;

    private KjarContent(SortedMap<String, byte[]> entries, String sha256) {
        this.entries = Collections.unmodifiableSortedMap(entries);
        this.sha256 = sha256;
        this.contentSha256 = contentDigest(entries);
    }

    /** Reads a kjar archive (zip); the checksum is the SHA-256 of the archive bytes. */
    static KjarContent fromArchive(byte[] archive) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), readEntry(zip, entry.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable kjar archive: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new UncheckedIOException(new IOException("Not a kjar archive: no entries"));
        }
        return new KjarContent(entries, hex(digest().digest(archive)));
    }

    /**
     * Reads an exploded kjar (a build's {@code target/classes}); the checksum is the SHA-256 over every file's
     * path and bytes in path order.
     */
    static KjarContent fromDirectory(Path root) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                entries.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest digest = digest();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(entry.getValue());
        }
        return new KjarContent(entries, hex(digest.digest()));
    }

    Optional<byte[]> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    Optional<String> text(String path) {
        return entry(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Paths under {@code prefix} ending with {@code suffix}, in path order. */
    List<String> paths(String prefix, String suffix) {
        List<String> found = new ArrayList<>();
        for (String path : entries.keySet()) {
            if (path.startsWith(prefix) && path.endsWith(suffix)) {
                found.add(path);
            }
        }
        return found;
    }

    String sha256() {
        return sha256;
    }

    /**
     * The content identity: SHA-256 over every rule-bearing entry — DRL, YAML and other resources, kmodule.xml and
     * the classes written by hand (input records, helpers) — as {@code path NUL sha256(bytes) LF}, in path order.
     * Build metadata (manifest, Maven descriptors, the filtered {@value #IDENTITY}, {@code META-INF/kie/}) and the
     * classes the executable model generates are left out, so two builds of the same sources have the same identity.
     */
    String contentSha256() {
        return contentSha256;
    }

    /** Every entry's path, in path order. */
    java.util.Set<String> paths() {
        return entries.keySet();
    }

    /** Whether an entry is part of the content identity. */
    static boolean identifies(String path) {
        if (path.equals("META-INF/MANIFEST.MF") || path.startsWith("META-INF/maven/") || path.startsWith("META-INF/kie/")
                || path.equals(IDENTITY) || path.endsWith("/")) {
            return false;
        }
        return !GENERATED.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    private static String contentDigest(SortedMap<String, byte[]> entries) {
        MessageDigest digest = digest();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (identifies(entry.getKey())) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(hex(digest().digest(entry.getValue())).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) '\n');
            }
        }
        return hex(digest.digest());
    }

    /** Maven coordinates from {@code META-INF/maven/.../pom.properties} or, failing that, the filtered identity file. */
    Optional<Properties> coordinates() {
        List<String> poms = paths("META-INF/maven/", "/pom.properties");
        String path = poms.isEmpty() ? IDENTITY : poms.get(0);
        return entry(path).map(bytes -> {
            Properties properties = new Properties();
            try {
                properties.load(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }

    private static byte[] readEntry(ZipInputStream zip, String name) throws IOException {
        byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY_BYTES, Integer.MAX_VALUE - 8));
        if (zip.read() != -1) {
            throw new IOException("kjar entry too large: " + name);
        }
        return bytes;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
