package vn.hoctap.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP client (HTTP/1.1, kept-alive connections) on one service, with its ways of authenticating. */
final class Client implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** How a request authenticates: one header. */
    record Auth(String label, String header, String value) {

        static Auth apiKey(String key) {
            return new Auth("X-API-Key", "X-API-Key", key);
        }

        static Auth basic(Credentials.User user) {
            return new Auth("HTTP Basic", "Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** An answer: status and body. */
    record Answer(int status, byte[] body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + text(), e);
            }
        }

        String text() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private final URI base;
    private final ExecutorService executor;
    private final HttpClient http;

    Client(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "bench-http");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Answer get(String path, Auth auth) {
        return send(request(path, auth).GET().build());
    }

    /** A GET asking for {@code accept} instead of JSON. */
    Answer get(String path, Auth auth, String accept) {
        return send(request(path, auth).setHeader("Accept", accept).GET().build());
    }

    Answer post(String path, Auth auth, String contentType, byte[] body) {
        return send(request(path, auth).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Answer postJson(String path, Auth auth, Object body) {
        try {
            return post(path, auth, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, Auth auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json");
        return auth == null ? builder : builder.header(auth.header(), auth.value());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
