package org.fengqiao.cases.confidentiality;

import java.util.Collection;
import java.util.List;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Who may see a confidential case (e.g. a report against an official) at all: callers holding one of {@code roles}
 * (the platform's role names, {@link #ROLE_NAMES}) or named among {@code accounts} (account names, as callers
 * authenticate), and always auditors and supervisors ({@link #ALWAYS_ADMITTED}), still within their jurisdiction, so
 * that a case can never be buried out of reach of those who oversee it and may lift the marking. Everyone else is
 * answered as if the case did not exist; counts on boards still include it. {@code reason} says why; it is free text,
 * so it is treated as personal data. Part of an intake command: a supervisor's or an administrator's intake marks
 * the case confidential right after receiving it, anyone else's asks for it ({@link ConfidentialityRequested}).
 */
public record Confidentiality(
        @PersonalData String reason,
        List<String> roles,
        List<String> accounts) {

    /** The names of the platform's roles, the only values {@code roles} may hold. */
    public static final List<String> ROLE_NAMES = List.of("INTAKE", "OFFICER", "SUPERVISOR", "AUDITOR", "ADMIN",
            "SYSTEM");

    /**
     * The roles in every confidential case's audience whatever the marking names: auditors, and the supervisors of
     * the case's node (the jurisdiction check comes on top).
     */
    public static final List<String> ALWAYS_ADMITTED = List.of("AUDITOR", "SUPERVISOR");

    /** The roles that mark a case confidential or lift it; an intake by anyone else only asks for it. */
    public static final List<String> MARKING_ROLES = List.of("SUPERVISOR", "ADMIN");

    public Confidentiality {
        reason = Values.clean(reason);
        roles = names(roles);
        accounts = names(accounts);
    }

    /**
     * Whether a caller with this name and these roles may see a case restricted to {@code roles} and {@code accounts}:
     * named, holding a named role, or holding one of {@link #ALWAYS_ADMITTED}.
     */
    public static boolean admits(Collection<String> roles, Collection<String> accounts, String callerName,
            Collection<String> callerRoles) {
        if (callerName != null && accounts != null && accounts.contains(callerName)) {
            return true;
        }
        return callerRoles != null && callerRoles.stream()
                .anyMatch(role -> ALWAYS_ADMITTED.contains(role) || roles != null && roles.contains(role));
    }

    /** Stripped, distinct, without blanks, in the order given. */
    static List<String> names(List<String> names) {
        return Values.listOf(names).stream().map(Values::clean).filter(java.util.Objects::nonNull).distinct()
                .toList();
    }

    /** Leaves out the reason: it may name people. */
    @Override
    public String toString() {
        return "Confidentiality[roles=" + roles + ", accounts=" + accounts + "]";
    }
}
