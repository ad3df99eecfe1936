package org.fengqiao.cases.petition;

import org.fengqiao.cases.CaseEvent;

/** Events only a petition emits, in lifecycle order. */
public sealed interface PetitionEvent extends CaseEvent
        permits PetitionReceived, PetitionAccepted, PetitionNotAccepted, HandlingPlanAgreed, ReplyServed,
        ReviewRequested, RepeatPetitionFlagged {
}
