package vn.hoctap.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Guessing passwords is slowed down: after five wrong passwords for a user, even the right one is refused with 429 and
 * Retry-After for a while; after twenty failures from one address, so is everything that signs in from it. (Its own
 * service: the locks would disturb other tests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void wrongPasswordsLockTheUserThenTheAddress() {
        ApiClient api = ApiClient.on(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.as("auditor", "sai-" + i).get("/api/v1/decisions").status()).isEqualTo(401);
        }

        Response locked = api.auditor().get("/api/v1/decisions");
        Response lockedSession = api.post("/api/v1/session", Map.of("username", "AUDITOR", "password", "hoctap-auditor"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("type").asText()).isEqualTo("/problems/too-many-requests");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 30L);
        assertThat(lockedSession.status()).as("the lock is per user, whatever the case of the name").isEqualTo(429);
        assertThat(api.submitter().get("/api/v1/decisions").status()).as("other users are not locked").isEqualTo(200);

        for (int i = 0; i < 15; i++) {
            assertThat(api.with("X-API-Key", "doan-mo-" + i).get("/api/v1/decisions").status()).isEqualTo(401);
        }
        Response addressLocked = api.submitter().get("/api/v1/decisions");
        assertThat(addressLocked.status()).as("20 failures from one address lock it").isEqualTo(429);
        assertThat(Long.parseLong(addressLocked.header("Retry-After"))).isBetween(200L, 300L);
        assertThat(api.get("/api/v1/titles").status()).as("public reads need no sign-in and stay open").isEqualTo(200);
    }
}
