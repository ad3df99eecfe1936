package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Test;

/**
 * A 12345 work order returned by its lead unit as not its area (属地不符) goes back to the hotline: the return is
 * approved for the hotline and the case closed as REFERRED (issue 21, part 2). Other returns wait for the dispatcher.
 */
class HotlineReferralTest {

    private static final UnitCode HOUSING = new UnitCode("SHQ-HOUSING");
    private static final UnitCode PROPERTY = new UnitCode("SH-FL-PROPERTY");
    private static final Actor HOTLINE = new Actor("hotline");
    private static final Instant DUE_AT = Instant.parse("2026-07-08T16:00:00Z");
    private static final String TEXT = "Building 5 belongs to the neighbouring sub-district.";

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();

    private DeadlineSet hotlineLimit() {
        return new DeadlineSet(petition.caseId(), "HOTLINE-1", TimeLimit.HOTLINE, DUE_AT,
                CaseFixtures.POLICY.remindAt(NOW, DUE_AT), null, NOW, HOTLINE, false);
    }

    private CaseDispatched dispatched() {
        return new CaseDispatched(petition.caseId(), HOUSING, List.of(PROPERTY), "12345 work order HH1", DUE_AT,
                false, NOW, HOTLINE);
    }

    private RequestDispatchReturn returnBy(UnitCode unit, ReturnReason reason) {
        return new RequestDispatchReturn(petition.caseId(), CaseKind.PETITION, unit, reason, TEXT, NOW, OFFICER);
    }

    @Test
    void the_lead_units_return_as_not_our_area_approves_it_and_closes_the_order_as_referred() {
        fixture.given(history(petition.open(), hotlineLimit(), dispatched()))
                .when(returnBy(HOUSING, ReturnReason.NOT_OUR_AREA))
                .expectEvents(
                        new DispatchReturnRequested(petition.caseId(), HOUSING, ReturnReason.NOT_OUR_AREA, TEXT, NOW,
                                OFFICER),
                        new DispatchReturnDecided(petition.caseId(), HOUSING, ReturnDecision.APPROVE,
                                Case.HOTLINE_REFERRAL, NOW, Actor.SYSTEM),
                        new DeadlineMet(petition.caseId(), "HOTLINE-1", TimeLimit.HOTLINE, DUE_AT, NOW, Actor.SYSTEM),
                        new CaseClosed(petition.caseId(), Outcome.REFERRED, null, Case.HOTLINE_REFERRAL, null,
                                Level.GRID, NOW, Actor.SYSTEM));
    }

    @Test
    void another_reason_an_assisting_unit_or_a_case_that_is_no_hotline_order_waits_for_the_dispatcher() {
        fixture.given(history(petition.open(), hotlineLimit(), dispatched()))
                .when(returnBy(HOUSING, ReturnReason.NOT_OUR_DUTY))
                .expectEvents(new DispatchReturnRequested(petition.caseId(), HOUSING, ReturnReason.NOT_OUR_DUTY, TEXT,
                        NOW, OFFICER));
        CaseFixtures.fixture().given(history(petition.open(), hotlineLimit(), dispatched()))
                .when(returnBy(PROPERTY, ReturnReason.NOT_OUR_AREA))
                .expectEvents(new DispatchReturnRequested(petition.caseId(), PROPERTY, ReturnReason.NOT_OUR_AREA,
                        TEXT, NOW, OFFICER));
        CaseFixtures.fixture().given(history(petition.open(), dispatched()))
                .when(returnBy(HOUSING, ReturnReason.NOT_OUR_AREA))
                .expectEvents(new DispatchReturnRequested(petition.caseId(), HOUSING, ReturnReason.NOT_OUR_AREA,
                        TEXT, NOW, OFFICER));
    }
}
