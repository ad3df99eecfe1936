package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.personaldata.PersonalData;

/**
 * The petitioner requested review or re-review in time: the petition reopens (also when it was closed) at the next
 * level, {@code toLevel}, and a {@code DeadlineSet} for the opinion follows. The next reply is the review's opinion.
 */
@PersonalData.SubjectsOwn
public record ReviewRequested(
        CaseId caseId,
        ReviewStage stage,
        Level fromLevel,
        Level toLevel,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReviewRequested[caseId=" + caseId + ", stage=" + stage + ", fromLevel=" + fromLevel
                + ", toLevel=" + toLevel + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
