package org.fengqiao.cases.dispatch;

import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.value.UnitCode;

/**
 * A command a unit named in a dispatch issues for itself: the caller's units are checked against {@link #unit()}, not
 * against the unit the case is assigned to.
 */
public interface DispatchUnitCommand extends CaseCommand {

    UnitCode unit();
}
