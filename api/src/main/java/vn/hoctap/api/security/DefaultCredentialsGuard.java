package vn.hoctap.api.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.hoctap.api.integrity.IntegrityProperties;

/**
 * The credentials shipped for a first local run (README "Access": the documented passwords, the API key
 * {@code local-submitter-key} and the sealing key {@code local-development}) are public: with any of them configured the
 * service starts only under the {@code local} profile, and says so in the log.
 */
@Component
class DefaultCredentialsGuard implements InitializingBean {

    static final String LOCAL_PROFILE = "local";
    private static final Logger log = LoggerFactory.getLogger(DefaultCredentialsGuard.class);

    private final SecurityProperties security;
    private final IntegrityProperties integrity;
    private final Environment environment;

    DefaultCredentialsGuard(SecurityProperties security, IntegrityProperties integrity, Environment environment) {
        this.security = security;
        this.integrity = integrity;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> shipped = shipped();
        if (shipped.isEmpty()) {
            return;
        }
        if (!Arrays.asList(environment.getActiveProfiles()).contains(LOCAL_PROFILE)) {
            throw new IllegalStateException("The service is configured with the published local credentials " + shipped
                    + ". Configure your own (hoctap.security.users, hoctap.security.api-keys, hoctap.integrity.keys; see "
                    + "README \"Access\") or, for a local trial only, start with --spring.profiles.active=local");
        }
        log.warn("The published local credentials are in use ({}); change them before sharing this service", shipped);
    }

    private List<String> shipped() {
        List<String> found = new ArrayList<>();
        security.users().stream().filter(user -> user.password() != null && user.password().startsWith("{noop}hoctap-"))
                .forEach(user -> found.add("password of user '" + user.username() + "'"));
        security.apiKeys().stream().filter(key -> "local-submitter-key".equals(key.key()))
                .forEach(key -> found.add("API key '" + key.name() + "'"));
        integrity.keys().stream().filter(key -> "local-development".equals(key.id())
                || (key.secret() != null && key.secret().startsWith("hoctap-local-development-key")))
                .forEach(key -> found.add("sealing key '" + key.id() + "'"));
        return found;
    }
}
