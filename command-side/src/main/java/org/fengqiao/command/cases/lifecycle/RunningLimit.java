package org.fengqiao.command.cases.lifecycle;

import java.time.Instant;

/**
 * A time limit that runs on a case now: the id of its current deadline, when it is due, when its reminder comes
 * ({@code null}: none), whether it has used its one extension and whether the reminder has been given.
 */
public record RunningLimit(String id, Instant dueAt, Instant remindAt, boolean extended, boolean reminded) {

    RunningLimit remindedNow() {
        return new RunningLimit(id, dueAt, remindAt, extended, true);
    }
}
