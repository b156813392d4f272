package vn.hoctap.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.api.web.Problems;

/**
 * Authenticates requests carrying an {@code X-API-Key} header against the configured keys (compared in constant
 * time); an unknown key is refused with 401 problem+json rather than treated as anonymous, and counts as a failed
 * sign-in of the client's address ({@link LoginThrottle}).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final List<SecurityProperties.ApiKey> keys;
    private final Problems problems;
    private final LoginThrottle throttle;

    ApiKeyAuthenticationFilter(List<SecurityProperties.ApiKey> keys, Problems problems, LoginThrottle throttle) {
        this.throttle = throttle;
        for (SecurityProperties.ApiKey key : keys) {
            if (key.key() == null || key.key().isBlank() || key.roles() == null || key.roles().isEmpty()) {
                throw new IllegalStateException("API key '" + key.name() + "' needs a key and at least one role");
            }
            if (key.key().startsWith("{sha256}") && !key.key().substring("{sha256}".length()).matches("[0-9a-fA-F]{64}")) {
                throw new IllegalStateException("API key '" + key.name() + "': {sha256} must be followed by 64 hex digits");
            }
        }
        this.keys = List.copyOf(keys);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SecurityProperties.ApiKey> key = match(presented.trim());
        if (key.isEmpty()) {
            if (throttle != null) {
                throttle.failed(null, request.getRemoteAddr());
            }
            response.setHeader("WWW-Authenticate", SecurityConfiguration.CHALLENGE);
            problems.write(request, response, ProblemType.UNAUTHORIZED, "Unknown API key");
            return;
        }
        List<SimpleGrantedAuthority> authorities = key.get().roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("api-key:" + key.get().name(), null, authorities));
        chain.doFilter(request, response);
    }

    private Optional<SecurityProperties.ApiKey> match(String presented) {
        byte[] presentedHash = sha256(presented);
        SecurityProperties.ApiKey found = null;
        for (SecurityProperties.ApiKey key : keys) {
            byte[] expected = key.key().startsWith("{sha256}")
                    ? HexFormat.of().parseHex(key.key().substring("{sha256}".length())) : sha256(key.key());
            if (MessageDigest.isEqual(expected, presentedHash)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
