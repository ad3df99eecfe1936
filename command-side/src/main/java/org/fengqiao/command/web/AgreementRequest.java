package org.fengqiao.command.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.PartyResponsibility;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/agreement}: a petition's handling plan or a dispute's mediation agreement.
 * {@code mediator} and {@code performance} belong to mediation agreements; a handling plan has neither. The fields
 * after {@code occurredAtReason} are optional and came later: {@code obligations}, the terms one by one (each with its
 * obligor, a person or company by name or a handling unit, and its due date), whose performance is then followed up;
 * {@code sealedBy}, the signatories who signed by seal; and for a mediation agreement {@code facts},
 * {@code disputedMatters}, {@code responsibilities} (人民调解法 Art. 29) and {@code oral} (Art. 28).
 */
public record AgreementRequest(
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) String mediator,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        @PersonalData String performance, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason,
        List<AgreementTerm> obligations,
        @PersonalData(PersonalData.Kind.NAME) List<String> sealedBy,
        @PersonalData String facts,
        @PersonalData String disputedMatters,
        List<PartyResponsibility> responsibilities,
        Boolean oral) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AgreementRequest[performBy=" + performBy + "]";
    }
}
