package org.fengqiao.cases.supervision;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/** Commands of supervision: urge the case, order supervision, give the feedback an order asks for. */
public sealed interface SupervisionCommand extends LifecycleCommand
        permits UrgeCase, OrderSupervision, GiveSupervisionFeedback {
}
