package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/links}: the other case about the same matter ({@code targetId}, or
 * {@code caseId} for short; {@code targetKind} PETITION or DISPUTE, optional: the kind the caller expects it to be)
 * and why the two belong together.
 */
public record LinkRequest(
        CaseKind targetKind,
        String targetId,
        String caseId,
        @PersonalData String reason,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {

    /** The other case's id as given, in either field; both given must agree. */
    String target() {
        if (targetId != null && caseId != null && !targetId.equals(caseId)) {
            throw new InvalidRequestException("targetId", "targetId and caseId name the same case; give one");
        }
        return targetId != null ? targetId : caseId;
    }

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "LinkRequest[targetKind=" + targetKind + ", targetId=" + targetId + ", caseId=" + caseId + "]";
    }
}
