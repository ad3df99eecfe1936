package org.fengqiao.cases.dispute;

import org.fengqiao.cases.CaseCommand;

/** Commands only a dispute handles. */
public sealed interface DisputeCommand extends CaseCommand
        permits ReceiveDispute, RecordRefusal, ReachMediationAgreement, ApplyForJudicialConfirmation,
        DecideJudicialConfirmation {
}
