package org.fengqiao.personaldata;

import java.time.Instant;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.common.CaseId;

/** A data subject's personal data on the case was erased: the subject's key is destroyed, and the sealed values stay in the history, unreadable. */
public record PersonalDataErased(CaseId caseId, int subject, String reason, Instant occurredAt, Actor actor)
        implements CaseEvent {
}
