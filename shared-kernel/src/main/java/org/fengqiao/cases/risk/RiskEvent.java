package org.fengqiao.cases.risk;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/** Events of a case's risk: its level changed, the leader who owns a high-risk case, a check-in on it. */
public sealed interface RiskEvent extends LifecycleEvent
        permits RiskLevelChanged, RiskLeaderAssigned, RiskCheckInRecorded {
}
