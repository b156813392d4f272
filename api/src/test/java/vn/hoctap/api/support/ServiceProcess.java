package vn.hoctap.api.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The service in a JVM of its own, on the test's classpath, for tests that kill it, limit its file size or watch it
 * refuse to start. Its output is kept (the last lines are shown when something goes wrong).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("[output closed: " + e.getMessage() + "]");
            }
        }, "service-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the service on {@code data} and waits until it is ready.
     *
     * @param fileSizeLimitKb a file-size limit ({@code ulimit -f}, in KiB) for the process, or 0 for none
     */
    public static ServiceProcess start(Path data, long fileSizeLimitKb, String... extra) {
        ServiceProcess service = launch(data, fileSizeLimitKb, extra);
        service.awaitReady(Duration.ofSeconds(90));
        return service;
    }

    /** Starts the service and does not wait: for start-ups that are expected to fail. */
    public static ServiceProcess launch(Path data, long fileSizeLimitKb, String... extra) {
        int port = freePort();
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "vn.hoctap.api.HocTapApplication", "--server.port=" + port, "--hoctap.data-directory=" + data,
                "--spring.profiles.active=local", "--logging.level.root=WARN"));
        java.addAll(List.of(extra));
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKb > 0) {
            command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$@\"", "service"));
        }
        command.addAll(java);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ServiceProcess(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient api() {
        return ApiClient.on(port);
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** Waits for the process to end and returns its exit code, or -1 when it is still running. */
    public int waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    public String lastLines() {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (waitFor(Duration.ofSeconds(20)) < 0) {
                kill();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped during start-up:\n" + lastLines());
            }
            try {
                if (api().get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sleep(200);
        }
        kill();
        throw new IllegalStateException("The service did not become ready in " + timeout + ":\n" + lastLines());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
