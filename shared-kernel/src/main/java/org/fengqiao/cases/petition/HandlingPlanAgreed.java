package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A petition's handling plan was agreed: terms, performance date and signatories.
 */
public record HandlingPlanAgreed(
        CaseId caseId,
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {

    public HandlingPlanAgreed {
        signatories = Values.listOf(signatories);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "HandlingPlanAgreed[caseId=" + caseId + "]";
    }
}
