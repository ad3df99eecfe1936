package org.fengqiao.cases.risk;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/** Commands on a case's risk: change its level, name its leader, record a check-in. */
public sealed interface RiskCommand extends LifecycleCommand
        permits ChangeRiskLevel, AssignRiskLeader, RecordCheckIn {
}
