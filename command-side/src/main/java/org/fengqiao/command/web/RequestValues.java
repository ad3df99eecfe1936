package org.fengqiao.command.web;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseRule;
import org.fengqiao.cases.common.CaseRuleViolation;

/** Turns path segments and headers into kernel values, failing the way the API promises. */
final class RequestValues {

    static final String ACTOR_HEADER = "X-Actor";

    /** The path pattern of a case of either kind; {@link #kind(String)} reads the segment it matches. */
    static final String KIND = "{kind:petitions|disputes}";

    private RequestValues() {
    }

    /** No header means an anonymous caller; a header that is present must hold a valid actor. */
    static Actor actor(String header) {
        if (header == null) {
            return Actor.ANONYMOUS;
        }
        try {
            return new Actor(header);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ACTOR_HEADER, e.getMessage());
        }
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
