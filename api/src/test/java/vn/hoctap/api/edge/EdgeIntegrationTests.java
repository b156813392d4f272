package vn.hoctap.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.gnlcHanoi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient.Response;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * The hardened edge: security headers, the Basic challenge, browser sessions with CSRF tokens, refusal of cross-site
 * writes, separate idempotency namespaces, bounded paging, exact numbers and concurrent identical submissions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return ApiClient.on(port);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Response response : List.of(api().get("/api/v1/titles"), api().get("/admin/index.html"),
                api().get("/api/v1/decisions"))) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Permissions-Policy")).contains("camera=()");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void a401ChallengesForBasicExceptForTheAdminPagesOwnCalls() {
        Response anonymous = api().get("/api/v1/decisions");
        Response wrongKey = api().with("X-API-Key", "khong-dung").get("/api/v1/decisions");
        Response fromThePage = api().with("X-Requested-With", "hoctap-admin").get("/api/v1/decisions");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic realm=\"hoctap\"");
        assertThat(wrongKey.header("WWW-Authenticate")).startsWith("Basic realm=\"hoctap\"");
        assertThat(fromThePage.status()).isEqualTo(401);
        assertThat(fromThePage.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aBrowserSessionWritesOnlyWithItsCsrfToken() {
        Response signIn = api().post("/api/v1/session", Map.of("username", "editor", "password", "hoctap-editor"));
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
        String cookie = signIn.header("Set-Cookie");
        assertThat(cookie).startsWith("HOCTAP_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String token = signIn.json().get("csrfToken").asText();
        assertThat(signIn.json().get("roles")).extracting(JsonNode::asText).containsExactly("POLICY_EDITOR");
        ApiClient session = api().with("Cookie", cookie.split(";")[0]);

        assertThat(session.get("/api/v1/session").json().get("username").asText()).isEqualTo("editor");
        Response withoutToken = session.post("/api/v1/decisions/khong-co/re-evaluations", "");
        Response withToken = session.with("X-CSRF-TOKEN", token).post("/api/v1/decisions/khong-co/re-evaluations", "");
        Response wrongToken = session.with("X-CSRF-TOKEN", "gia-mao").post("/api/v1/decisions/khong-co/re-evaluations", "");

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("type").asText()).isEqualTo("/problems/csrf");
        assertThat(wrongToken.json().get("type").asText()).isEqualTo("/problems/csrf");
        assertThat(withToken.status()).as("past security, the decision is simply unknown").isEqualTo(404);

        Response signOut = session.with("X-CSRF-TOKEN", token).delete("/api/v1/session");
        assertThat(signOut.status()).isEqualTo(204);
        assertThat(session.get("/api/v1/decisions").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAtSignInIsAProblemWithoutASession() {
        Response refused = api().post("/api/v1/session", Map.of("username", "auditor", "password", "sai"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Set-Cookie")).isNull();
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void writesFromAnotherSiteOrAsAnHtmlFormAreRefused() {
        String body = "{}";
        Response foreignOrigin = api().submitter().with("Origin", "https://trang-khac.example")
                .post("/api/v1/assessments", body);
        Response crossSite = api().submitter().with("Sec-Fetch-Site", "cross-site").post("/api/v1/assessments", body);
        Response form = api().editor().send("POST", "/api/v1/decisions/x/re-evaluations",
                "application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8));
        Response sameOrigin = api().submitter().with("Origin", "http://localhost:" + port).with("Sec-Fetch-Site",
                "same-origin").post("/api/v1/assessments", body);

        assertThat(foreignOrigin.status()).isEqualTo(403);
        assertThat(foreignOrigin.json().get("type").asText()).isEqualTo("/problems/cross-site-request");
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.contentType()).startsWith("application/problem+json");
        assertThat(sameOrigin.status()).as("an empty assessment from the service's own page is validated").isEqualTo(400);
    }

    @Test
    void singleAndBatchIdempotencyKeysNeverCollide() {
        Map<String, Object> item = communeBaDinh("namespaces-1", 6400);
        Response single = api().submitter().with("Idempotency-Key", "order-7#0").post("/api/v1/assessments", item);
        Response batch = api().submitter().with("Idempotency-Key", "order-7").post("/api/v1/assessments/batch",
                Map.of("items", List.of(communeBaDinh("namespaces-2", 6400))));

        assertThat(single.status()).isEqualTo(201);
        assertThat(batch.json().at("/items/0/status").asText()).isEqualTo("CREATED");
        assertThat(batch.json().at("/items/0/assessmentId").asText()).isNotEqualTo(single.json().get("assessmentId").asText());
    }

    @Test
    void pagingBeyondAMillionDecisionsIsRefused() {
        Response deep = api().auditor().get("/api/v1/decisions?page=10737419&size=200");
        Response tooDeep = api().auditor().get("/api/v1/decisions?page=5000&size=200");

        assertThat(deep.status()).isEqualTo(400);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().at("/errors/0/field").asText()).isEqualTo("page");
        assertThat(api().auditor().get("/api/v1/decisions?page=4999&size=200").status()).isEqualTo(200);
    }

    @Test
    void numbersAreStoredAndAnsweredExactlyAsSent() {
        String body = "{\"titleCode\":\"GNLC_MEMBERSHIP\",\"subject\":{\"id\":\"exact-numbers\",\"name\":\"Thành phố Hà Nội\","
                + "\"areaCode\":\"01\"},\"assessmentYear\":2025,\"referenceDate\":\"2025-05-30\",\"facts\":{"
                + "\"mayorSignedApplication\":true,\"commitsToGuidingDocuments\":true,\"nationalCommissionEndorsed\":true,"
                + "\"biennialReportingCommitment\":true,\"population\":8500000,\"areaSquareKm\":3359.80,"
                + "\"gdpPerCapitaCity\":60,\"gdpPerCapitaCountry\":4700.0,\"averageSchoolingYearsMale\":11.20,"
                + "\"averageSchoolingYearsFemale\":10.9,\"motivation\":\"Hà Nội chia sẻ kinh nghiệm.\","
                + "\"implementationActions\":\"Mở rộng trung tâm học tập cộng đồng.\"}}";
        Response created = api().submitter().post("/api/v1/assessments", body);
        String factsSent = body.substring(body.indexOf("\"facts\":") + 8, body.length() - 1);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String stored = api().auditor().get("/api/v1/assessments/" + created.json().get("assessmentId").asText()).body();
        for (String literal : List.of("\"areaSquareKm\":3359.80", "\"gdpPerCapitaCity\":60,", "\"gdpPerCapitaCountry\":4700.0",
                "\"averageSchoolingYearsMale\":11.20")) {
            assertThat(created.body()).as("answered").contains(literal);
            assertThat(stored).as("stored").contains(literal);
        }
        assertThat(created.body()).doesNotContain("6E+1").contains("\"facts\":" + factsSent.substring(0, 40));
    }

    @Test
    void identicalSubmissionsWithoutAKeyAtTheSameTimeAllSucceedInOneChain() throws Exception {
        Map<String, Object> body = gnlcHanoi("concurrent-identical", 7600);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Response> submit = () -> api().submitter().post("/api/v1/assessments", body);
            futures.add(pool.submit(submit));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(responses.stream().map(response -> response.json().get("assessmentId").asText()).distinct()).hasSize(16);
        JsonNode history = api().auditor().get("/api/v1/decisions/" + responses.get(0).json().get("id").asText()
                + "/history").json();
        assertThat(history).extracting(item -> item.get("revision").asInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
        assertThat(history).filteredOn(item -> item.get("current").asBoolean()).hasSize(1);
    }
}
