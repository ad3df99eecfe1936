package org.fengqiao.cases.dispatch;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;

/**
 * The time to sign by of the standing dispatch passed while {@code units} had neither signed for the case nor asked to
 * return it: they are marked unsigned-overdue (a reminder to them and their dispatcher, not an escalation; the case's
 * level does not change). Emitted by the case when the sign-by deadline fires; {@code occurredAt} is the time to sign
 * by, {@code actor} the system.
 */
public record DispatchSignOverdue(
        CaseId caseId,
        List<UnitCode> units,
        Instant signBy,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    public DispatchSignOverdue {
        units = Values.listOf(units);
    }
}
