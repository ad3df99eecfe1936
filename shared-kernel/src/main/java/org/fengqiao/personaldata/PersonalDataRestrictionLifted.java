package org.fengqiao.personaldata;

import static org.fengqiao.personaldata.DataSubjectRights.LEGAL_GROUND;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/** A data subject's restriction was lifted. */
public record PersonalDataRestrictionLifted(
        CaseId caseId,
        int subject,
        @NotPersonalData(LEGAL_GROUND) String reason,
        Instant occurredAt,
        Actor actor) implements DataSubjectEvent {
}
