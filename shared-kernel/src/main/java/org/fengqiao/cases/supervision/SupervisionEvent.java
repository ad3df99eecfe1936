package org.fengqiao.cases.supervision;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/** Events of supervision (督办): an urge, a supervision order, its feedback given or overdue. */
public sealed interface SupervisionEvent extends LifecycleEvent
        permits UrgingIssued, SupervisionOrdered, SupervisionFeedbackGiven, SupervisionFeedbackOverdue {
}
