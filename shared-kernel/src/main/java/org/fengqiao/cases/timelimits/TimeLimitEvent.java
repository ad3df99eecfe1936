package org.fengqiao.cases.timelimits;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/**
 * Events of a case's time limits: a limit set, reminded, met, missed or extended, a hearing that suspends the
 * limits, the 12345 hotline's decision on an extension.
 */
public sealed interface TimeLimitEvent extends LifecycleEvent
        permits DeadlineSet, DeadlineReminded, DeadlineExtended, DeadlineMet, DeadlineMissed, HearingStarted,
        HearingEnded, HotlineExtensionDecided {
}
