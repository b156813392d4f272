package vn.hoctap.api.security;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A misconfigured API key stops the service at start-up instead of failing every request later. */
class ApiKeyConfigurationTests {

    @Test
    void aHashedKeyMustBeSixtyFourHexDigits() {
        List<SecurityProperties.ApiKey> keys = List.of(new SecurityProperties.ApiKey("tinh-bac-ninh", "{sha256}xyz",
                List.of(Role.SUBMITTER)));

        assertThatThrownBy(() -> new ApiKeyAuthenticationFilter(keys, null, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tinh-bac-ninh").hasMessageContaining("64 hex digits");
    }

    @Test
    void aKeyNeedsARole() {
        List<SecurityProperties.ApiKey> keys = List.of(new SecurityProperties.ApiKey("khong-vai-tro", "abc", List.of()));

        assertThatThrownBy(() -> new ApiKeyAuthenticationFilter(keys, null, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one role");
    }

    @Test
    void acceptsPlainAndHashedKeys() {
        List<SecurityProperties.ApiKey> keys = List.of(
                new SecurityProperties.ApiKey("plain", "local-submitter-key", List.of(Role.SUBMITTER)),
                new SecurityProperties.ApiKey("hashed", "{sha256}" + "ab".repeat(32), List.of(Role.AUDITOR)));

        assertThatNoException().isThrownBy(() -> new ApiKeyAuthenticationFilter(keys, null, null));
    }
}
