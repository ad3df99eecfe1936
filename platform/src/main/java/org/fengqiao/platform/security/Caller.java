package org.fengqiao.platform.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of a request, the same for HTTP Basic accounts and JWT bearers: its name (recorded as the
 * actor of every event it causes), roles, the jurisdiction node it is bound to ({@code null}: the whole
 * sub-district and everything below), the handling units it acts for (empty: every unit) and, for system clients,
 * the commands granted to it ({@link ApiAccessRules} names them).
 */
public record Caller(String name, Set<Role> roles, String jurisdiction, Set<String> units, Set<String> grants) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        units = units == null ? Set.of() : Set.copyOf(units);
        grants = grants == null ? Set.of() : Set.copyOf(grants);
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
    }

    /** The caller of the current request, if it is authenticated. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication.getPrincipal() instanceof CallerHolder holder) {
            return Optional.of(holder.caller());
        }
        return Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Bound to no node: sees and acts on every case of the sub-district. */
    public boolean seesAll() {
        return jurisdiction == null;
    }

    /** Whether a command of this caller is limited to cases assigned to its units. */
    public boolean limitedToUnits() {
        return !units.isEmpty() && has(Role.OFFICER) && !has(Role.SUPERVISOR) && !has(Role.ADMIN);
    }

    /** Something that carries a {@link Caller}: the principal of an HTTP Basic login. */
    public interface CallerHolder {
        Caller caller();
    }
}
