package vn.hoctap.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Makes new versions of the bundled kjar the way a policy editor's edits would, for tests of the ruleset lifecycle: a
 * changed threshold, a changed or added rule, an added input field (the record recompiled with the JDK's compiler),
 * broken ones. The result is a DRL kjar — the executable model's generated classes are left out — which the engine
 * compiles when it loads it, so an edited rule takes effect as written.
 */
public final class KjarWorkshop {

    private static final Pattern GENERATED = Pattern.compile(".*/(Lambda(Consequence|Predicate|Extractor)[0-9A-F]{8,}"
            + "|Rules[0-9A-F]{8,}|DomainClassesMetadata[0-9A-F]{8,})([$_].*)?\\.class");

    private final Map<String, byte[]> entries;

    private KjarWorkshop(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** The kjar the service ships with, as a DRL kjar, renamed to {@code version}. */
    public static KjarWorkshop bundled(String version) {
        try (InputStream in = KjarWorkshop.class.getResourceAsStream("/rulesets/bundled-ruleset.jar")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/kie/")
                            && !GENERATED.matcher(entry.getName()).matches()) {
                        entries.put(entry.getName(), zip.readAllBytes());
                    }
                }
            }
            return new KjarWorkshop(entries).text("META-INF/maven/vn.hoctap/hoctap-rules/pom.properties",
                    text -> text.replace("version=1.0.0", "version=" + version))
                    .text("META-INF/maven/vn.hoctap/hoctap-rules/pom.xml",
                            text -> text.replaceFirst("<version>1.0.0</version>", "<version>" + version + "</version>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an entry, changed; fails when the change changes nothing. */
    public KjarWorkshop text(String path, UnaryOperator<String> change) {
        String before = new String(entries.get(path), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the change to " + path + " changed nothing");
        }
        entries.put(path, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public KjarWorkshop put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public KjarWorkshop put(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    public KjarWorkshop remove(java.util.function.Predicate<String> paths) {
        entries.keySet().removeIf(paths);
        return this;
    }

    /** Compiles a Java source against the kjar's classes and puts its class files in. */
    public KjarWorkshop compile(String className, String source) {
        try {
            Path work = Files.createTempDirectory("kjar-workshop");
            Path jar = work.resolve("kjar.jar");
            Files.write(jar, bytes());
            Path file = work.resolve("src").resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            Path out = Files.createDirectories(work.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-encoding", "UTF-8", "--release", "17", "-parameters", "-cp",
                    jar.toString(), "-d", out.toString(), file.toString());
            if (status != 0) {
                throw new IllegalStateException("the source of " + className + " does not compile");
            }
            try (var classes = Files.walk(out)) {
                for (Path compiled : (Iterable<Path>) classes.filter(Files::isRegularFile)::iterator) {
                    entries.put(out.relativize(compiled).toString().replace('\\', '/'), Files.readAllBytes(compiled));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source file of the kjar module, as written in the repository. */
    public static String source(String path) {
        try {
            return Files.readString(Path.of("..", "rules-kjar", "src", "main", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> paths() {
        return List.copyOf(entries.keySet());
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
