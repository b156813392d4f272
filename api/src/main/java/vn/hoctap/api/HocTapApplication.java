package vn.hoctap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoctap.api.integrity.IntegrityVerifier;

/**
 * hoctap — đánh giá, công nhận danh hiệu xã hội học tập: the HTTP service over the rules engine and MongoDB. With the
 * argument {@code verify-integrity} it starts without a web server, verifies every decision against its seal, prints
 * the report as JSON and exits with 0 when nothing was found, 1 otherwise (the embedded store must not be in use by a
 * running service; with a real MongoDB it may).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HocTapApplication {

    static final String VERIFY = "verify-integrity";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(VERIFY)) {
            System.exit(verify(args));
        }
        SpringApplication.run(HocTapApplication.class, args);
    }

    private static int verify(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HocTapApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            IntegrityVerifier.Report report = context.getBean(IntegrityVerifier.class).verifyAll(List.of());
            ObjectMapper json = context.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(json.writeValueAsString(report));
            return report.clean() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("Integrity verification could not run: " + e.getMessage());
            return 2;
        }
    }
}
