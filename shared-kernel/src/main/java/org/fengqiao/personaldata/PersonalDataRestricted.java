package org.fengqiao.personaldata;

import java.time.Instant;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.common.CaseId;

/** A data subject's personal data on the case was restricted. */
public record PersonalDataRestricted(CaseId caseId, int subject, String reason, Instant occurredAt, Actor actor)
        implements CaseEvent {
}
