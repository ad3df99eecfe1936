package org.fengqiao.cases.aftercare;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/**
 * Events about what follows an agreement and a closure, which petitions and disputes share: each term's performance,
 * its reminder and urge at the due date, and the supervisor's decision on terms left open.
 */
public sealed interface AftercareEvent extends LifecycleEvent
        permits TermPerformanceRecorded, TermDueReminded, TermPerformanceUrged, PerformanceWaived, FollowUpRecorded,
        FollowUpOverdue, CaseReopenedForRework {
}
