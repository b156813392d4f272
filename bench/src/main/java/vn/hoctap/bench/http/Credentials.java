package vn.hoctap.bench.http;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Who the harness is to the service: a submitter's API key, and Basic users for submitting, editing rulesets,
 * activating them (a second user: the four-eyes rule) and reading. Either the local profile's published ones (README
 * "Access"), or random ones passed to the service as arguments (the service then runs without the local profile).
 */
record Credentials(String apiKey, User submitter, User editor, User admin, User auditor, List<String> serviceArguments) {

    record User(String name, String password) {
    }

    static Credentials local() {
        return new Credentials("local-submitter-key", new User("submitter", "hoctap-submitter"),
                new User("editor", "hoctap-editor"), new User("admin", "hoctap-admin"),
                new User("auditor", "hoctap-auditor"), List.of("--spring.profiles.active=local"));
    }

    static Credentials generated() {
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        java.util.function.Supplier<String> secret = () -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            return hex.formatHex(bytes);
        };
        User submitter = new User("bench-submitter", secret.get());
        User editor = new User("bench-editor", secret.get());
        User admin = new User("bench-admin", secret.get());
        User auditor = new User("bench-auditor", secret.get());
        String apiKey = secret.get();
        List<String> arguments = new ArrayList<>();
        User[] users = {submitter, editor, admin, auditor};
        String[] roles = {"SUBMITTER", "POLICY_EDITOR", "ADMIN", "AUDITOR"};
        for (int i = 0; i < users.length; i++) {
            arguments.add("--hoctap.security.users[" + i + "].username=" + users[i].name());
            arguments.add("--hoctap.security.users[" + i + "].password={noop}" + users[i].password());
            arguments.add("--hoctap.security.users[" + i + "].roles=" + roles[i]);
        }
        arguments.add("--hoctap.security.api-keys[0].name=bench-submitter");
        arguments.add("--hoctap.security.api-keys[0].key=" + apiKey);
        arguments.add("--hoctap.security.api-keys[0].roles=SUBMITTER");
        arguments.add("--hoctap.integrity.keys[0].id=bench");
        arguments.add("--hoctap.integrity.keys[0].secret=" + secret.get());
        arguments.add("--hoctap.integrity.active-key=bench");
        return new Credentials(apiKey, submitter, editor, admin, auditor, List.copyOf(arguments));
    }
}
