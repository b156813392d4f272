package vn.hoctap.api.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.citizenInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * "Công dân học tập" (Quyết định 324/QĐ-KHVN) through the service: the pass mark of 80/100 points with no indicator
 * below 5 (criteria.md §5.3, an unconfirmed value from a news report) decides, and the stored decision says, as read
 * back by an auditor, that it rests on an unconfirmed value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearningCitizenDecisionIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aCitizenWithEightyPointsAndNoIndicatorBelowFiveIsRecognisedOnAnUnconfirmedPassMark() {
        JsonNode decision = submitAndReadBack(citizenInVuNinh("cccd-027181000123"));

        assertThat(decision.get("outcome").asText()).isEqualTo("RECOGNISED");
        assertThat(decision.get("rank").asText()).isEqualTo("DAT");
        assertThat(decision.at("/result/verdict/totalPoints").decimalValue()).isEqualByComparingTo("80");
        assertThat(decision.at("/result/verdict/restsOnUnconfirmed").asBoolean()).isTrue();
        assertThat(decision.at("/result/generation/notes").toString()).contains("Báo Thái Bình", "17/05/2024");
    }

    @Test
    void anIndicatorBelowFivePointsRefusesTheTitleEvenAtEightyPoints() {
        Map<String, Object> request = citizenInVuNinh("cccd-027185000456");
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) request.get("facts");
        facts.put("foreignLanguagePoints", new BigDecimal("4.5"));
        facts.put("numeracyPoints", new BigDecimal("8.5"));

        JsonNode decision = submitAndReadBack(request);

        assertThat(decision.get("outcome").asText()).isEqualTo("NOT_RECOGNISED");
        assertThat(decision.get("rank").asText()).isEqualTo("KHONG_DAT");
        assertThat(decision.at("/result/verdict/totalPoints").decimalValue()).isEqualByComparingTo("80");
        assertThat(decision.at("/result/verdict/restsOnUnconfirmed").asBoolean()).isTrue();
        JsonNode minimum = criterion(decision, "CIT324-MIN");
        assertThat(minimum.get("status").asText()).isEqualTo("FAILED");
        assertThat(minimum.at("/parameters/0/name").asText()).isEqualTo("CIT324.minPointsPerIndicator");
        assertThat(minimum.at("/parameters/0/unconfirmed").asBoolean()).isTrue();
        assertThat(minimum.at("/parameters/0/source").asText()).contains("Báo Thái Bình", "baothaibinh.com.vn");
    }

    private JsonNode submitAndReadBack(Map<String, Object> request) {
        ApiClient api = ApiClient.on(port);
        String id = api.submitter().post("/api/v1/assessments", request).json().get("id").asText();
        return api.auditor().get("/api/v1/decisions/" + id).json();
    }

    private static JsonNode criterion(JsonNode decision, String criterionId) {
        for (JsonNode outcome : decision.at("/result/criteria")) {
            if (outcome.get("criterionId").asText().equals(criterionId)) {
                return outcome;
            }
        }
        throw new AssertionError("no criterion " + criterionId + " in the decision");
    }
}
