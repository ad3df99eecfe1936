package org.fengqiao.command.web;

import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.platform.security.Caller;

/** Turns path segments, headers and the authenticated caller into kernel values, failing the way the API promises. */
final class RequestValues {

    /** The path pattern of a case of either kind; {@link #kind(String)} reads the segment it matches. */
    static final String KIND = "{kind:petitions|disputes}";

    private RequestValues() {
    }

    /**
     * The authenticated caller (a user account or a system client) as the actor every event records. Security lets no
     * command through without one; {@link Actor#ANONYMOUS} only where security is not set up (web slice tests).
     */
    static Actor actor() {
        return Caller.current().map(caller -> new Actor(caller.name())).orElse(Actor.ANONYMOUS);
    }

    /** A malformed id names no case, so it is answered like an unknown one: 404, not 400. */
    static CaseId caseId(String segment) {
        if (!CaseId.isValid(segment)) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        return new CaseId(segment);
    }

    static CaseKind kind(String segment) {
        return "petitions".equals(segment) ? CaseKind.PETITION : CaseKind.DISPUTE;
    }

    /** For request values whose command component is primitive, where a missing value would read as false or 0. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value;
    }
}
