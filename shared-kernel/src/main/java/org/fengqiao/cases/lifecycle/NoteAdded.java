package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A note was added to a case.
 */
public record NoteAdded(
        CaseId caseId,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "NoteAdded[caseId=" + caseId + "]";
    }
}
