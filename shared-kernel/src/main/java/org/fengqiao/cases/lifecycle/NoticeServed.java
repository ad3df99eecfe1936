package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A document of the case was served on {@code to} (告知 / 送达) by {@code method}; {@code occurredAt} is the date it
 * was served (the request's {@code date}). A limit that waits for this notice (the acceptance decision's, the
 * reply's) ends right after it, met or missed by that date. Consumers may rely on one notice per document.
 */
public record NoticeServed(
        CaseId caseId,
        NoticeType type,
        NoticeMethod method,
        @PersonalData(PersonalData.Kind.NAME) String to,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the person served, personal data that never goes to a log. */
    @Override
    public String toString() {
        return "NoticeServed[caseId=" + caseId + ", type=" + type + ", method=" + method + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
