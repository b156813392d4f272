package vn.hoctap.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.ProblemType;

/**
 * Sign-in for the browser (failures count towards {@link LoginThrottle}): a user name and password once, then a session cookie (HttpOnly, SameSite=Strict) and a
 * CSRF token that every write of the session must send as {@code X-CSRF-TOKEN}. Programs keep using HTTP Basic or
 * {@code X-API-Key} on each request and need neither.
 */
@RestController
@RequestMapping(path = SessionController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class SessionController {

    static final String PATH = "/api/v1/session";

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository tokens;
    private final LoginThrottle throttle;

    SessionController(AuthenticationManager authentication, CsrfTokenRepository tokens, LoginThrottle throttle) {
        this.authentication = authentication;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** Credentials for signing in. */
    record SignIn(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    /** The signed-in user, the roles that decide what the pages show, and the session's CSRF token. */
    record SessionView(String username, List<String> roles, String csrfToken, int idleTimeoutSeconds) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> signIn(@Valid @RequestBody SignIn credentials, HttpServletRequest request,
            HttpServletResponse response) {
        java.util.Optional<java.time.Duration> locked = throttle.locked(credentials.username(), request.getRemoteAddr());
        if (locked.isPresent()) {
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(ProblemType.TOO_MANY_REQUESTS.status())
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(vn.hoctap.api.web.Problems.of(ProblemType.TOO_MANY_REQUESTS, "Too many failed sign-ins for this "
                            + "user or address; try again in " + seconds + " s", PATH, List.of(), java.util.Map.of()));
        }
        Authentication user;
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username(), credentials.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            user = authentication.authenticate(attempt);
        } catch (AuthenticationException e) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "Wrong user name or password");
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        HttpSession session = request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        CsrfToken token = tokens.generateToken(request);
        tokens.saveToken(token, request, response);
        return ResponseEntity.ok(view(user, token, session));
    }

    @GetMapping
    SessionView current(Authentication user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        CsrfToken token = session == null ? null : tokens.loadToken(request);
        return view(user, token, session);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    private static SessionView view(Authentication user, CsrfToken token, HttpSession session) {
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).toList();
        return new SessionView(user.getName(), roles, token == null ? null : token.getToken(),
                session == null ? 0 : session.getMaxInactiveInterval());
    }

    static CsrfTokenRepository tokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }
}
