package vn.hoctap.bench.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service's boot jar in a process of its own, on a fresh temporary data directory (the embedded store) and a free
 * port, ready to take requests; the registry holds every commune of {@code AdminUnits} once started. Closing it stops
 * the process and deletes the data directory.
 */
final class Service implements AutoCloseable {

    /** The line the embedded store's configuration logs at INFO: its loopback address. */
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MongoDB-compatible server on \\S*:(\\d+)");
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);

    private final Path jar;
    private final Path data;
    private final int port;
    private final Process process;
    private final Credentials credentials;
    private final Client client;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private volatile int embeddedPort = -1;
    private long readyMillis;

    private Service(Path jar, Path data, int port, Process process, Credentials credentials) {
        this.jar = jar;
        this.data = data;
        this.port = port;
        this.process = process;
        this.credentials = credentials;
        this.client = new Client(port);
        Thread reader = new Thread(this::readOutput, "service-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code jar} and waits until its readiness group is UP and the commune registry is loaded. The free port
     * is chosen before the service binds it, and the embedded store binds a port of its own meanwhile, which may be
     * the same one: a start that fails with the port in use is tried again on another port (three times at most).
     */
    static Service start(Path jar, Options options) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(jar, options);
            } catch (PortInUse e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A start-up that failed because the chosen port was taken in the meantime. */
    private static final class PortInUse extends IllegalStateException {

        PortInUse(String message) {
            super(message);
        }
    }

    private static Service startOnce(Path jar, Options options) {
        Credentials credentials = options.ownCredentials() ? Credentials.generated() : Credentials.local();
        Path data;
        try {
            data = Files.createTempDirectory("hoctap-http-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.serviceJvm());
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--hoctap.data-directory=" + data, "--logging.level.root=WARN",
                "--logging.level.vn.hoctap.api.config.EmbeddedMongoConfiguration=INFO"));
        command.addAll(credentials.serviceArguments());
        command.addAll(options.serviceArgs());
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            delete(data);
            throw new UncheckedIOException(e);
        }
        Service service = new Service(jar, data, port, process, credentials);
        try {
            service.awaitReady();
            service.readyMillis = (System.nanoTime() - start) / 1_000_000;
            Areas.importCommunes(service);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    Client client() {
        return client;
    }

    Credentials credentials() {
        return credentials;
    }

    Client.Auth apiKey() {
        return Client.Auth.apiKey(credentials.apiKey());
    }

    Client.Auth submitter() {
        return Client.Auth.basic(credentials.submitter());
    }

    Client.Auth editor() {
        return Client.Auth.basic(credentials.editor());
    }

    Client.Auth admin() {
        return Client.Auth.basic(credentials.admin());
    }

    Client.Auth auditor() {
        return Client.Auth.basic(credentials.auditor());
    }

    Path jar() {
        return jar;
    }

    /** The embedded store's file. */
    Path dataFile() {
        return data.resolve("hoctap-mongo.mv.db");
    }

    /** The embedded MongoDB-compatible server's loopback port, when the service logged it. */
    OptionalInt embeddedPort() {
        return embeddedPort > 0 ? OptionalInt.of(embeddedPort) : OptionalInt.empty();
    }

    /** From the start of the process to ready. */
    long readyMillis() {
        return readyMillis;
    }

    String lastLines() {
        synchronized (lastLines) {
            return String.join("\n", lastLines);
        }
    }

    @Override
    public void close() {
        client.close();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        delete(data);
    }

    private void awaitReady() {
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                String message = "the service (" + jar + ") stopped during start-up:\n" + lastLines();
                throw lastLines().contains("Port " + port + " was already in use") ? new PortInUse(message)
                        : new IllegalStateException(message);
            }
            try {
                if (client.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException("the service (" + jar + ") was not ready within " + READY_WITHIN + ":\n"
                + lastLines());
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                Matcher matcher = EMBEDDED_PORT.matcher(line);
                if (matcher.find()) {
                    embeddedPort = Integer.parseInt(matcher.group(1));
                }
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 60) {
                        lastLines.removeFirst();
                    }
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
