package vn.hoctap.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI 3 description of the public API, served at /v3/api-docs with a Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer problemResponses() {
        return new OpenApiProblems();
    }

    @Bean
    OpenAPI hoctapOpenApi() {
        return new OpenAPI()
                .info(new Info().title("hoctap API").version("v1").description("""
                        Đánh giá, công nhận danh hiệu xã hội học tập: submit assessments, read immutable decisions with \
                        the trace of every criterion, browse titles, input schemas and administrative areas. Errors are \
                        RFC 9457 application/problem+json."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
