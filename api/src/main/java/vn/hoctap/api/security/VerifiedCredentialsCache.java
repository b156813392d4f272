package vn.hoctap.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for five minutes, that a user name and password were verified, so that a program signing every request
 * with HTTP Basic pays the slow password hash (bcrypt, ~85 ms) once, not per request. Entries are keyed by an HMAC of
 * the credentials under a random per-process key and hold no password; a wrong password never hits the cache. Bounded
 * in size. Thread-safe.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    private record Entry(Authentication authentication, Instant until) {
    }

    VerifiedCredentialsCache(AuthenticationProvider delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        if (!(request.getCredentials() instanceof String password)) {
            return delegate.authenticate(request);
        }
        String id = fingerprint(request.getName(), password);
        Entry entry = verified.get(id);
        Instant now = clock.instant();
        if (entry != null && entry.until().isAfter(now)) {
            return entry.authentication();
        }
        Authentication result = delegate.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.entrySet().removeIf(old -> !old.getValue().until().isAfter(now));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(id, new Entry(result, now.plus(LIFETIME)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
