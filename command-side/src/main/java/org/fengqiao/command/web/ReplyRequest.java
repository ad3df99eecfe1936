package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/petitions/{caseId}/reply}. */
public record ReplyRequest(ReplyOpinion opinion, @PersonalData String text, Instant servedAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ReplyRequest[opinion=" + opinion + ", servedAt=" + servedAt + "]";
    }
}
