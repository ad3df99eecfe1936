package org.fengqiao.command.web;

import java.time.Instant;
import java.util.List;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/cases/{caseId}/confidentiality}: why, and who may see the case: {@code roles} (INTAKE,
 * OFFICER, SUPERVISOR, AUDITOR, ADMIN, SYSTEM) and {@code accounts} (account names); at least one of the two.
 */
public record ConfidentialityRequest(@PersonalData String reason, List<String> roles, List<String> accounts, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the reason: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ConfidentialityRequest[roles=" + roles + ", accounts=" + accounts + "]";
    }
}
