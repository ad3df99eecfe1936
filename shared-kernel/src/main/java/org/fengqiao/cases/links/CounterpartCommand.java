package org.fengqiao.cases.links;

import org.fengqiao.cases.CaseCommand;

/**
 * A command that records on a case the other side of a {@link LinkingCommand} already recorded on another case (or
 * completes that one): sent by the command side itself, right after, on behalf of the same caller. The caller's
 * jurisdiction and a confidential case's audience are checked again on this case; the caller need not act for its
 * unit, and its business time is that of the first side, which may lie before this case's latest one.
 */
public sealed interface CounterpartCommand extends CaseCommand
        permits RecordCaseLink, ConfirmCaseLink, AbsorbDuplicate {
}
