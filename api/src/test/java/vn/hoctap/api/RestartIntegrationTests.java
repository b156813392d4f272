package vn.hoctap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.api.support.Assessments.communeBaDinh;
import static vn.hoctap.api.support.Assessments.familyInVuNinh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoctap.api.support.ApiClient;

/** The embedded store is file-backed: a restarted service on the same data directory reads back every decision. */
class RestartIntegrationTests {

    @TempDir
    Path data;

    @Test
    void aRestartedServiceReadsBackEveryDecisionItWrote() {
        List<JsonNode> written = new ArrayList<>();
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = ApiClient.on(port(first));
            written.add(api.submitter().post("/api/v1/assessments", communeBaDinh("restart-1", 6400)).json());
            written.add(api.submitter().post("/api/v1/assessments", familyInVuNinh("restart-2", "Phạm Văn Đồng")).json());
            String superseded = written.get(0).get("id").asText();
            written.add(api.editor().post("/api/v1/decisions/" + superseded + "/re-evaluations", "").json());
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = ApiClient.on(port(second)).auditor();
            for (JsonNode decision : written) {
                JsonNode read = api.get("/api/v1/decisions/" + decision.get("id").asText()).json();
                assertThat(read.get("result")).isEqualTo(decision.get("result"));
                assertThat(read.get("input")).isEqualTo(decision.get("input"));
                assertThat(read.get("inputSha256")).isEqualTo(decision.get("inputSha256"));
                assertThat(read.get("ruleset")).isEqualTo(decision.get("ruleset"));
                assertThat(read.get("decidedAt")).isEqualTo(decision.get("decidedAt"));
            }
            assertThat(api.get("/api/v1/decisions/" + written.get(0).get("id").asText()).json().get("supersededBy").asText())
                    .isEqualTo(written.get(2).get("id").asText());
            assertThat(api.get("/api/v1/decisions?history=true").json().get("totalItems").asInt()).isEqualTo(3);
            assertThat(api.get("/api/v1/decisions").json().get("totalItems").asInt()).isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HocTapApplication.class)
                .run("--server.port=0", "--hoctap.data-directory=" + data);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
