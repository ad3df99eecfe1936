package org.fengqiao.cases.dispatch;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/**
 * Commands of a dispatch: dispatch the case, and what each unit named in it does (sign for it, ask to return it,
 * report or waive its part) and the decision on a return.
 */
public sealed interface DispatchCommand extends LifecycleCommand
        permits DispatchCase, SignForDispatch, RequestDispatchReturn, DecideDispatchReturn, ReportContribution,
        WaiveContribution {
}
