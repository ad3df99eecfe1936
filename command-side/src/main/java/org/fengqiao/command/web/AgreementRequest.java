package org.fengqiao.command.web;

import org.fengqiao.cases.common.NotPersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.common.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/agreement}: a petition's handling plan or a dispute's mediation agreement.
 * {@code mediator} and {@code performance} belong to mediation agreements; a handling plan has neither.
 */
public record AgreementRequest(
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) String mediator,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        @PersonalData String performance, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AgreementRequest[performBy=" + performBy + "]";
    }
}
