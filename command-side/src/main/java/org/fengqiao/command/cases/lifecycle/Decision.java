package org.fengqiao.command.cases.lifecycle;

import java.util.List;
import org.fengqiao.cases.CaseEvent;

/**
 * What a concern's own command handler answers ({@code @AggregateMember}s of {@link Case}): the events it decided, in
 * the order to apply them, and whether they may set deadlines to schedule. The case applies them and answers the
 * command with its version ({@link Case#check}), so the version comes from one place and a concern never applies.
 */
record Decision(List<CaseEvent> events, boolean schedules) {

    Decision {
        events = List.copyOf(events);
    }

    /** Events that set no deadline. */
    static Decision of(List<CaseEvent> events) {
        return new Decision(events, false);
    }

    /** Events whose deadlines (limits, supervision) are scheduled as they are applied. */
    static Decision scheduling(List<CaseEvent> events) {
        return new Decision(events, true);
    }
}
