package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * The written reply on a petition was served. {@code occurredAt} is the time it was served.
 */
public record ReplyServed(
        CaseId caseId,
        ReplyOpinion opinion,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReplyServed[caseId=" + caseId + ", opinion=" + opinion + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
