package vn.hoctap.api.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.api.web.Problems;

/**
 * Who may do what, and the hardened edge.
 * <ul>
 * <li>No anonymous writes: submitting needs SUBMITTER, reading decisions SUBMITTER or AUDITOR, uploading evidence
 * SUBMITTER (reading it SUBMITTER or AUDITOR), re-evaluating
 * POLICY_EDITOR, uploading, previewing and activating rulesets POLICY_EDITOR (reading them POLICY_EDITOR or AUDITOR),
 * verifying integrity AUDITOR, importing areas, reconciling decision heads and rebuilding the progress tallies ADMIN
 * (which implies every role).
 * Titles, schemas, areas, the OpenAPI description, health and the admin page are public reads.</li>
 * <li>Programs authenticate each request with HTTP Basic or {@code X-API-Key} (stateless); the browser signs in once
 * ({@code POST /api/v1/session}) and then uses a session cookie, whose writes must carry the session's CSRF token.
 * Verified Basic credentials are remembered for five minutes, so no request pays the password hash twice in a row, and
 * configured passwords are never re-encoded.</li>
 * <li>Wrong passwords and unknown keys are throttled ({@link LoginThrottle}): 429 with Retry-After.</li>
 * <li>Writes from other sites are refused ({@link CrossSiteRequestFilter}); every answer carries a Content Security
 * Policy, {@code Referrer-Policy: no-referrer} and a Permissions-Policy.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CHALLENGE = "Basic realm=\"hoctap\", charset=\"UTF-8\"";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, Problems problems,
            AuthenticationManager authentication, LoginThrottle throttle, CsrfTokenRepository csrfTokens)
            throws Exception {
        http.authenticationManager(authentication)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::isSessionWrite))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    challenge(request, response);
                    problems.write(request, response, ProblemType.UNAUTHORIZED, "Invalid or missing credentials");
                }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            challenge(request, response);
                            problems.write(request, response, ProblemType.UNAUTHORIZED,
                                    "Authentication required: HTTP Basic, X-API-Key or a signed-in session");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            boolean csrf = e instanceof org.springframework.security.web.csrf.CsrfException;
                            problems.write(request, response, csrf ? ProblemType.CSRF : ProblemType.FORBIDDEN, csrf
                                    ? "This write of a browser session lacks its X-CSRF-TOKEN header or sends another"
                                    : "Your role does not allow " + request.getMethod() + " " + request.getRequestURI());
                        }))
                .addFilterBefore(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(properties.apiKeys(), problems, throttle),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(GET, "/api/v1/titles/**", "/api/v1/areas/**").permitAll()
                        .requestMatchers(POST, SessionController.PATH).permitAll()
                        .requestMatchers("/problems/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**", "/admin/**", "/", "/error").permitAll()
                        .requestMatchers(POST, "/api/v1/assessments", "/api/v1/assessments/batch",
                                "/api/v1/assessment-batches", "/api/v1/evidence").hasRole("SUBMITTER")
                        .requestMatchers(GET, "/api/v1/evidence/**").hasAnyRole("SUBMITTER", "AUDITOR")
                        .requestMatchers(GET, "/api/v1/assessment-batches/**").hasAnyRole("SUBMITTER", "AUDITOR", "ADMIN")
                        .requestMatchers(org.springframework.http.HttpMethod.DELETE, "/api/v1/assessment-batches/*")
                        .hasAnyRole("SUBMITTER", "ADMIN")
                        .requestMatchers(GET, "/api/v1/assessments/**", "/api/v1/decisions/**")
                        .hasAnyRole("SUBMITTER", "AUDITOR")
                        .requestMatchers(POST, "/api/v1/decisions/*/re-evaluations").hasRole("POLICY_EDITOR")
                        .requestMatchers(POST, "/api/v1/areas/import", "/api/v1/plan-targets").hasRole("ADMIN")
                        .requestMatchers("/api/v1/integrity/head-reconciliation", "/api/v1/integrity/progress-tallies")
                        .hasRole("ADMIN")
                        .requestMatchers(GET, "/api/v1/plan-targets", "/api/v1/progress").authenticated()
                        .requestMatchers(POST, "/api/v1/integrity/verification").hasRole("AUDITOR")
                        .requestMatchers(GET, "/api/v1/rulesets/active").authenticated()
                        .requestMatchers(POST, "/api/v1/rulesets/**").hasRole("POLICY_EDITOR")
                        .requestMatchers(org.springframework.http.HttpMethod.DELETE, "/api/v1/rulesets/**")
                        .hasRole("POLICY_EDITOR")
                        .requestMatchers(GET, "/api/v1/rulesets/**").hasAnyRole("POLICY_EDITOR", "AUDITOR")
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * A write that a browser session could be made to send: unsafe, with a session, and not authenticated by a header a
     * cross-site page cannot set. The sign-in itself is exempt (it has no session yet).
     */
    private static boolean isSessionWrite(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod()) && request.getSession(false) != null
                && request.getHeader("Authorization") == null && request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
                && !(POST.matches(request.getMethod()) && SessionController.PATH.equals(request.getRequestURI()));
    }

    /** The Basic challenge, except for the admin page's own calls, where it would pop up the browser's login box. */
    private static void challenge(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
    }

    /** Paths the firewall refuses ({@code ;}, {@code //}, encoded "/" or "%", NUL, …) are answered as problem+json. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, e) -> problems.write(request, response, ProblemType.MALFORMED_REQUEST,
                "The request path is not accepted (it holds \";\", \"//\", an encoded \"/\", \"%\" or \".\", or a control character)");
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return SessionController.tokenRepository();
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
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Passwords checked against the configured users, never re-encoded ({@code {noop}} stays {@code {noop}}), behind a
     * short-lived cache of verified credentials; failures and successes reach {@link LoginThrottle}.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new VerifiedCredentialsCache(passwords, clock));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    ApplicationListener<AbstractAuthenticationFailureEvent> failedSignIns(LoginThrottle throttle) {
        return event -> throttle.failed(event.getAuthentication().getName(),
                event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : null);
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> successfulSignIns(LoginThrottle throttle) {
        return event -> throttle.succeeded(event.getAuthentication().getName());
    }

}
