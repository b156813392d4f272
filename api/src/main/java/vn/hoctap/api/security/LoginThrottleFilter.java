package vn.hoctap.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.api.web.Problems;

/**
 * Refuses, with 429 and Retry-After, a request that would check credentials while its user name or client address is
 * locked by {@link LoginThrottle}: HTTP Basic, an API key, or the sign-in endpoint.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final Problems problems;

    LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean checksCredentials = request.getHeader("Authorization") != null
                || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                || ("POST".equals(request.getMethod()) && SessionController.PATH.equals(request.getRequestURI()));
        Optional<Duration> locked = checksCredentials ? throttle.locked(basicUser(request), request.getRemoteAddr())
                : Optional.empty();
        if (locked.isPresent()) {
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            problems.write(request, response, ProblemType.TOO_MANY_REQUESTS, "Too many failed sign-ins for this user or "
                    + "address; try again in " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name of an HTTP Basic header, or null. */
    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
