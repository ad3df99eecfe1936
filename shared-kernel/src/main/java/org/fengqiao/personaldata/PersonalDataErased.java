package org.fengqiao.personaldata;

import static org.fengqiao.personaldata.DataSubjectRights.LEGAL_GROUND;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A data subject's personal data on the case was erased: the subject's key is destroyed, and the sealed values stay in
 * the history, unreadable.
 */
public record PersonalDataErased(
        CaseId caseId,
        int subject,
        @NotPersonalData(LEGAL_GROUND) String reason,
        Instant occurredAt,
        Actor actor) implements DataSubjectEvent {
}
