package org.fengqiao.personaldata;

import java.time.Instant;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.common.CaseId;

/** A data subject's restriction was lifted. */
public record PersonalDataRestrictionLifted(CaseId caseId, int subject, String reason, Instant occurredAt, Actor actor)
        implements CaseEvent {
}
