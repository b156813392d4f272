package vn.hoctap.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credentials from configuration ({@code hoctap.security.*}).
 *
 * @param users   HTTP Basic users; passwords in Spring Security's {@code {id}} format ({@code {bcrypt}…},
 *                {@code {noop}…})
 * @param apiKeys keys sent in the {@code X-API-Key} header; a key is either plain text or {@code {sha256}<hex>}
 */
@ConfigurationProperties("hoctap.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue List<ApiKey> apiKeys) {

    public record User(String username, String password, List<Role> roles) {
    }

    public record ApiKey(String name, String key, List<Role> roles) {
    }
}
