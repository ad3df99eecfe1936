package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.value.Actor;

/**
 * The latest business time a caller recorded on the case, which the next command may not lie before; evolved by the
 * case from every event. The system's own events (a reminder, a miss at its due time) do not count, because an
 * officer may still record what happened before them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class BusinessTimeline {

    private Instant latest;

    void evolve(CaseEvent event) {
        Instant at = event.occurredAt();
        if (at != null && !Actor.SYSTEM.equals(event.actor()) && (latest == null || at.isAfter(latest))) {
            latest = at;
        }
    }

    /** {@code null} before any event, or in a snapshot taken before the timeline was kept. */
    Instant latest() {
        return latest;
    }
}
