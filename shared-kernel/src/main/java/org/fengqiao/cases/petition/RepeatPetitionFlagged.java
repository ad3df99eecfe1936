package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;

/**
 * The petition just registered repeats {@code relatedCaseId} ({@code relatedCaseNumber}), whose re-review has been
 * answered: by {@code rule} ({@link CaseRule#REVIEW_EXHAUSTED}) it is not accepted, though it stays registered so that
 * the history shows the resident came. Follows the {@link PetitionReceived} that linked the two.
 */
public record RepeatPetitionFlagged(
        CaseId caseId,
        CaseId relatedCaseId,
        CaseNumber relatedCaseNumber,
        CaseRule rule,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
