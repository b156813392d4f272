package vn.hoctap.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password and key guessing. Per user name: after {@value #USER_FREE} wrong passwords in a row, the name is
 * locked for 30 s, doubling with each further failure up to 15 minutes; a success clears it. Per client address: after
 * {@value #ADDRESS_FREE} failed sign-ins or unknown keys within 10 minutes, the address is locked for 5 minutes. While
 * locked, attempts are refused with 429 and Retry-After without the password being checked. Memory is bounded.
 * Thread-safe.
 */
@Component
public class LoginThrottle {

    static final int USER_FREE = 5;
    static final int ADDRESS_FREE = 20;
    private static final Duration USER_FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration USER_LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    private static final Duration ADDRESS_LOCK = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 100_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Failures so far and the lock they earned. */
    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    /** How long {@code username} or {@code address} stays locked, if it is. */
    public Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Failures failures : new Failures[] {username == null ? null : users.get(key(username)),
                address == null ? null : addresses.get(address)}) {
            if (failures != null && failures.lockedUntil() != null && failures.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, failures.lockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** A wrong password for {@code username} (may be null for an unknown API key) from {@code address}. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        bound();
        if (username != null) {
            Failures user = users.merge(key(username), new Failures(1, now, null), (old, one) -> {
                int count = old.count() + 1;
                Instant until = count < USER_FREE ? null : now.plus(userLock(count));
                return new Failures(count, old.firstAt(), until);
            });
            if (user.lockedUntil() != null) {
                log.warn("Sign-in for '{}' locked until {} after {} wrong passwords", username, user.lockedUntil(),
                        user.count());
            }
        }
        if (address != null) {
            Failures place = addresses.merge(address, new Failures(1, now, null), (old, one) -> {
                boolean fresh = Duration.between(old.firstAt(), now).compareTo(ADDRESS_WINDOW) > 0;
                int count = fresh ? 1 : old.count() + 1;
                return new Failures(count, fresh ? now : old.firstAt(), count < ADDRESS_FREE ? null : now.plus(ADDRESS_LOCK));
            });
            if (place.lockedUntil() != null && place.count() == ADDRESS_FREE) {
                log.warn("Sign-ins from {} locked until {} after {} failures", address, place.lockedUntil(), place.count());
            }
        }
    }

    /** A successful sign-in clears the user's failures. */
    public void succeeded(String username) {
        if (username != null) {
            users.remove(key(username));
        }
    }

    private static Duration userLock(int count) {
        int doublings = Math.min(count - USER_FREE, 10);
        Duration lock = USER_FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(USER_LONGEST_LOCK) > 0 ? USER_LONGEST_LOCK : lock;
    }

    private void bound() {
        Instant now = clock.instant();
        for (Map<String, Failures> map : java.util.List.of(users, addresses)) {
            if (map.size() >= MAX_ENTRIES) {
                map.entrySet().removeIf(entry -> entry.getValue().lockedUntil() == null
                        || entry.getValue().lockedUntil().isBefore(now));
                if (map.size() >= MAX_ENTRIES) {
                    map.clear();
                }
            }
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
