package vn.hoctap.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.hoctap.engine.RuleEngine;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetSource;
import vn.hoctap.engine.ruleset.GateReport;

/** The national kjar on the classpath: its bytes, a copy under another artifact id, and the gated ruleset. */
public final class BenchKjar {

    private static final String POM = "META-INF/maven/vn.hoctap/hoctap-rules/";

    private BenchKjar() {
    }

    /** The kjar archive the classpath holds (the packaged jar; a build directory is zipped). */
    public static byte[] bytes() {
        URL url = BenchKjar.class.getClassLoader().getResource("hoctap/ruleset.yaml");
        if (url == null) {
            throw new IllegalStateException("the kjar (hoctap/ruleset.yaml) is not on the classpath");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
                return Files.readAllBytes(Path.of(new URL(file).toURI()));
            }
            return zip(Path.of(url.toURI()).getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same kjar under another artifact id, as a new upload would arrive: the KIE repository has not seen it, so
     * loading it costs what loading a new version costs.
     */
    public static byte[] renamed(byte[] kjar, String artifactId) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length + 1024);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals(POM + "pom.xml") || entry.getName().equals(POM + "pom.properties")) {
                        String text = new String(content, StandardCharsets.UTF_8)
                                .replace("<artifactId>hoctap-rules</artifactId>", "<artifactId>" + artifactId + "</artifactId>")
                                .replace("artifactId=hoctap-rules", "artifactId=" + artifactId);
                        content = text.getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and gates the kjar; fails when the gate refuses it. */
    public static Ruleset gated(RuleEngine engine, byte[] kjar, String description) {
        RuleEngine.Gated gated = engine.gate(RulesetSource.bytes(kjar, description));
        GateReport report = gated.report();
        return gated.passed().orElseThrow(() -> new IllegalStateException("the gate refused the kjar: "
                + report.problems()));
    }

    private static byte[] zip(Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); var files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
