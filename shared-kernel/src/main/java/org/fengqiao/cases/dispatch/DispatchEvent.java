package org.fengqiao.cases.dispatch;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/**
 * Events of a dispatch (派单): the case dispatched, each unit's sign-for or return and its decision, the co-units'
 * contributions, a sign-for overdue.
 */
public sealed interface DispatchEvent extends LifecycleEvent
        permits CaseDispatched, DispatchSigned, DispatchSignOverdue, DispatchReturnRequested, DispatchReturnDecided,
        ContributionReported, ContributionWaived {
}
