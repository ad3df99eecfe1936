package org.fengqiao.platform.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses configurations that would let anyone in: a password that is not a hash (no {@code {bcrypt}}-style prefix,
 * or {@code {noop}}), and, in the {@code production} profile, any demo account, that is an account with a demo
 * account's name or whose password is its own name.
 */
final class DemoAccountCheck {

    static final Set<String> DEMO_NAMES = Set.of("intake", "officer", "supervisor", "auditor", "admin", "hotline",
            "fuli.officer", "fuli.auditor");

    private DemoAccountCheck() {
    }

    /** The names of the configured demo accounts, which sign in from loopback only ({@link LoopbackOnlyAccounts}). */
    static Set<String> demoAccounts(ApiSecurityProperties properties, PasswordEncoder encoder) {
        Set<String> names = new HashSet<>();
        for (ApiSecurityProperties.Account account : properties.getAccounts()) {
            String name = account.getName();
            if (name != null && (DEMO_NAMES.contains(name) || account.getPassword() != null
                    && encoder.matches(name, account.getPassword()))) {
                names.add(name);
            }
        }
        return names;
    }

    static void check(ApiSecurityProperties properties, Environment environment, PasswordEncoder encoder) {
        List<String> problems = new ArrayList<>();
        boolean production = environment.acceptsProfiles(Profiles.of("production"));
        for (ApiSecurityProperties.Account account : properties.getAccounts()) {
            String name = account.getName();
            String password = account.getPassword();
            if (name == null || name.isBlank() || password == null || password.isBlank()) {
                problems.add("an account without a name or password");
                continue;
            }
            if (!password.startsWith("{") || password.startsWith("{noop}")) {
                problems.add("the password of account " + name + " is not a hash such as {bcrypt}$2a$10$...");
                continue;
            }
            if (production && (DEMO_NAMES.contains(name) || encoder.matches(name, password))) {
                problems.add("account " + name + " is a demo account");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
                    + (production ? ". The production profile takes no demo accounts (fengqiao.security.accounts)." : "."));
        }
    }
}
