package org.fengqiao.cases.dispute;

import org.fengqiao.cases.CaseEvent;

/** Events only a dispute emits, in lifecycle order. */
public sealed interface DisputeEvent extends CaseEvent
        permits DisputeReceived, MediationRefused, MediationAgreementReached, JudicialConfirmationApplied,
        JudicialConfirmationDecided {
}
