package vn.hoctap.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.api.web.Problems;

/**
 * Writes come from the service's own pages or from programs, never from another site: an unsafe request (POST, PUT,
 * PATCH, DELETE) is refused with 403 when the browser says it was sent cross-site ({@code Sec-Fetch-Site}) or its
 * {@code Origin} is not this service; and a write whose body is an HTML form ({@code application/x-www-form-urlencoded},
 * {@code text/plain}) is refused with 415, since no endpoint takes one. Together with SameSite session cookies and the
 * session's CSRF token, a page elsewhere cannot make a signed-in browser write.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "text/plain");

    private final Problems problems;

    CrossSiteRequestFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            problems.write(request, response, ProblemType.CROSS_SITE_REQUEST, "This write was sent from another site ("
                    + "Sec-Fetch-Site: " + site + ")");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            problems.write(request, response, ProblemType.CROSS_SITE_REQUEST, "This write was sent from another origin");
            return;
        }
        String type = request.getContentType();
        if (type != null && FORM_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
            problems.write(request, response, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Writes take application/json (or "
                    + "the endpoint's own type), not " + type.split(";")[0].trim());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() < 0 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
