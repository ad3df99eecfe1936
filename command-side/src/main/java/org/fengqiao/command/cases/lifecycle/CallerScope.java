package org.fengqiao.command.cases.lifecycle;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.rules.VersionMismatchDetails;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;

/**
 * What a command's metadata says about its caller, checked by the case before any handler runs (so it holds on
 * every bus, and against the case's own state rather than a read model): {@value #JURISDICTION}, the node the
 * caller is bound to (absent: everywhere); {@value #NAME} and {@value #ROLES}, the caller's account name and
 * comma-separated role names, checked against a confidential case's audience (absent: a command of the system itself,
 * such as a deadline's, which is not restricted); {@value #UNITS}, the comma-separated handling units an officer acts
 * for (absent: any); {@value #EXPECTED_VERSION}, the version the caller expects (HTTP {@code If-Match}).
 */
public final class CallerScope {

    public static final String JURISDICTION = "callerJurisdiction";
    public static final String NAME = "callerName";
    public static final String ROLES = "callerRoles";
    public static final String UNITS = "callerUnits";
    public static final String EXPECTED_VERSION = "expectedVersion";

    private CallerScope() {
    }

    /** The metadata entries for a caller; {@code null} arguments are left out. */
    public static Map<String, Object> metaData(String jurisdiction, Iterable<String> units, Long expectedVersion) {
        MetaData metaData = MetaData.emptyInstance();
        if (jurisdiction != null) {
            metaData = metaData.and(JURISDICTION, jurisdiction);
        }
        if (units != null) {
            metaData = metaData.and(UNITS, String.join(",", units));
        }
        if (expectedVersion != null) {
            metaData = metaData.and(EXPECTED_VERSION, expectedVersion.toString());
        }
        return metaData;
    }

    /** The metadata entries for a caller with its name and roles; {@code null} arguments are left out. */
    public static Map<String, Object> metaData(String name, Collection<String> roles, String jurisdiction,
            Iterable<String> units, Long expectedVersion) {
        MetaData metaData = MetaData.from(metaData(jurisdiction, units, expectedVersion));
        if (name != null) {
            metaData = metaData.and(NAME, name);
            metaData = metaData.and(ROLES, String.join(",", roles == null ? List.of() : roles));
        }
        return metaData;
    }

    /**
     * Whether the caller sees a case: within its node, and, if the case is confidential, in its audience (always so for
     * a command without a caller's name, which the system itself sends). Also for a case the command only refers to,
     * such as a petition's earlier one: a case the caller may not see is answered as if it did not exist.
     *
     * @param confidentialRoles the roles a confidential case is marked for; {@code null}: the case is not confidential
     */
    public static boolean sees(MetaData metaData, JurisdictionPath jurisdiction, List<String> confidentialRoles,
            List<String> confidentialAccounts) {
        Object node = metaData.get(JURISDICTION);
        if (node != null && (jurisdiction == null || !jurisdiction.within(new NodeCode(node.toString())))) {
            return false;
        }
        Object name = metaData.get(NAME);
        return confidentialRoles == null || name == null
                || Confidentiality.admits(confidentialRoles, confidentialAccounts, name.toString(), roles(metaData));
    }

    /**
     * Whether the caller may mark a case confidential at its intake, rather than only ask for it: a supervisor, an
     * administrator, or the system itself (no caller's name).
     */
    public static boolean mayMarkConfidential(MetaData metaData) {
        return metaData.get(NAME) == null
                || roles(metaData).stream().anyMatch(Confidentiality.MARKING_ROLES::contains);
    }

    /** Whether the caller is a supervisor or an administrator, or the system itself (no caller's name). */
    public static boolean supervises(MetaData metaData) {
        return mayMarkConfidential(metaData);
    }

    /** Whether the caller is an officer who acts for {@code unit} (a caller bound to no units acts for every one). */
    static boolean actsFor(MetaData metaData, UnitCode unit) {
        Object units = metaData.get(UNITS);
        return units == null || Arrays.asList(units.toString().split(",")).contains(unit.value());
    }

    private static List<String> roles(MetaData metaData) {
        Object roles = metaData.get(ROLES);
        return roles == null || roles.toString().isEmpty() ? List.of() : Arrays.asList(roles.toString().split(","));
    }

    /**
     * A case outside the caller's node, or a confidential case whose audience the caller is not in, is not found (its
     * existence is not revealed); a case assigned to a unit the officer does not act for is forbidden, and so is a case
     * assigned to no unit yet, but for what {@code mayActUnassigned} admits (an officer's note or attachment: what a
     * resident brings before the case is assigned is kept; changing its risk, meeting, agreeing or closing waits for a
     * supervisor's assignment); another version than the expected one fails the precondition.
     *
     * @param confidentialRoles    the roles that may see a confidential case; {@code null}: the case is not confidential
     * @param confidentialAccounts the accounts that may see it
     */
    static void check(MetaData metaData, JurisdictionPath jurisdiction, List<String> confidentialRoles,
            List<String> confidentialAccounts, UnitCode unit, boolean mayActUnassigned, long version) {
        if (!sees(metaData, jurisdiction, confidentialRoles, confidentialAccounts)) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        Object units = metaData.get(UNITS);
        if (units != null && (unit == null ? !mayActUnassigned
                : !Arrays.asList(units.toString().split(",")).contains(unit.value()))) {
            throw new CaseRuleViolation(CaseRule.NOT_YOUR_UNIT);
        }
        Object expected = metaData.get(EXPECTED_VERSION);
        if (expected != null && Long.parseLong(expected.toString()) != version) {
            long expectedVersion = Long.parseLong(expected.toString());
            throw new CommandExecutionException("expected version " + expectedVersion + ", the case has " + version,
                    null, new VersionMismatchDetails(expectedVersion, version));
        }
    }
}
