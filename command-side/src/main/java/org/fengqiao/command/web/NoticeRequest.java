package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.lifecycle.NoticeMethod;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/petitions/{caseId}/notices}: which document was served, how, when and on whom. */
public record NoticeRequest(NoticeType type, NoticeMethod method, Instant date,
        @PersonalData(PersonalData.Kind.NAME) String to,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "NoticeRequest[type=" + type + ", method=" + method + ", date=" + date + "]";
    }
}
