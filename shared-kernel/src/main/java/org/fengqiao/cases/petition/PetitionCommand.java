package org.fengqiao.cases.petition;

import org.fengqiao.cases.CaseCommand;

/** Commands only a petition handles. */
public sealed interface PetitionCommand extends CaseCommand
        permits ReceivePetition, DecideAcceptance, AgreeHandlingPlan, ServeReply, RequestReview {
}
