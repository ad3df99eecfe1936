package org.fengqiao.cases.aftercare;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/**
 * Commands about what follows an agreement and a closure, which petitions and disputes share: the performance of the
 * agreement's terms and the supervisor's decision on terms left open.
 */
public sealed interface AftercareCommand extends LifecycleCommand permits RecordPerformance, WaivePerformance,
        RecordFollowUp, ReopenForRework {
}
