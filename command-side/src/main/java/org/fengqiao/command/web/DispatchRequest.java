package org.fengqiao.command.web;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch}: the lead unit, co-handling units, the instructions and,
 * optionally, the time to sign by (default: the policy's sign-for window, 1 working day). */
public record DispatchRequest(
        UnitCode leadUnit,
        List<UnitCode> coUnits,
        @PersonalData String instructions,
        Instant signBy) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "DispatchRequest[]";
    }
}
