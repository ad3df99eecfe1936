package org.fengqiao.cases.links;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.personaldata.PersonalData;

/**
 * The case is linked to another case about the same matter. {@code initiated}: this case was the one asked to link
 * (its {@code reason} is recorded here, the other side records none); the link is complete once a
 * {@link CaseLinkConfirmed} follows. On the other side ({@code initiated} false) the link is complete at once: the
 * initiating case recorded it first. Consumers show a link as complete only then, never on the initiating side's
 * event alone.
 */
public record CaseLinked(
        CaseId caseId,
        CaseId linkedCaseId,
        CaseKind linkedKind,
        CaseNumber linkedCaseNumber,
        boolean initiated,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LinkEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseLinked[caseId=" + caseId + ", linkedCaseId=" + linkedCaseId + ", linkedKind=" + linkedKind
                + ", initiated=" + initiated + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
