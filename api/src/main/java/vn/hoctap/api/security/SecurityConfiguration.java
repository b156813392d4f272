package vn.hoctap.api.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.api.web.Problems;

/**
 * No anonymous writes: submitting needs SUBMITTER, reading decisions SUBMITTER or AUDITOR, re-evaluating
 * POLICY_EDITOR, importing areas ADMIN (which implies every role). Titles, schemas, areas, the OpenAPI description and
 * the admin page are public reads. Stateless: HTTP Basic or {@code X-API-Key} on every request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, Problems problems)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, ProblemType.UNAUTHORIZED, "Invalid or missing credentials")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"hoctap\"");
                            problems.write(request, response, ProblemType.UNAUTHORIZED,
                                    "Authentication required: HTTP Basic or X-API-Key");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                ProblemType.FORBIDDEN, "Your role does not allow " + request.getMethod() + " "
                                        + request.getRequestURI())))
                .addFilterBefore(new ApiKeyAuthenticationFilter(properties.apiKeys(), problems),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(GET, "/api/v1/titles/**", "/api/v1/areas/**").permitAll()
                        .requestMatchers("/problems/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**", "/admin/**", "/", "/error").permitAll()
                        .requestMatchers(POST, "/api/v1/assessments", "/api/v1/assessments/batch").hasRole("SUBMITTER")
                        .requestMatchers(GET, "/api/v1/assessments/**", "/api/v1/decisions/**")
                        .hasAnyRole("SUBMITTER", "AUDITOR")
                        .requestMatchers(POST, "/api/v1/decisions/*/re-evaluations").hasRole("POLICY_EDITOR")
                        .requestMatchers(POST, "/api/v1/areas/import").hasRole("ADMIN")
                        .requestMatchers(POST, "/api/v1/integrity/verification").hasRole("AUDITOR")
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Paths the firewall refuses ({@code ;}, {@code //}, encoded "/" or "%", NUL, …) are answered as problem+json. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, e) -> problems.write(request, response, ProblemType.MALFORMED_REQUEST,
                "The request path is not accepted (it holds \";\", \"//\", an encoded \"/\", \"%\" or \".\", or a control character)");
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.POLICY_EDITOR.name(), Role.AUDITOR.name(), Role.SUBMITTER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        List<UserDetails> users = properties.users().stream().map(user -> User.withUsername(user.username())
                .password(user.password()).roles(user.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList();
        if (properties.users().stream().anyMatch(user -> user.password().startsWith("{noop}hoctap-"))) {
            log.warn("The documented local credentials are in use (README \"Access\"); change them before sharing this service");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
