package org.fengqiao.cases.timelimits;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/** Commands on a case's time limits: an extension, a hearing's start and end, the hotline's limit and its extension. */
public sealed interface TimeLimitCommand extends LifecycleCommand
        permits ExtendDeadline, StartHearing, EndHearing, StartHotlineLimit, DecideHotlineExtension {
}
