package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.EndHearing;
import org.fengqiao.cases.timelimits.HearingEnded;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.StartHotlineLimit;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Test;

/**
 * A 12345 work order's limit (issue 21, part 2): in working days up to the order's due date, on the 2026 calendar
 * (the National Day holidays of 1-7 October skipped, the make-up Saturday of 10 October counted).
 */
class HotlineLimitTest {

    private static final Actor HOTLINE = new Actor("hotline");
    /** Wednesday 30 September 2026, 10:00 in Asia/Shanghai: the order's dispatch. */
    private static final Instant DISPATCHED = Instant.parse("2026-09-30T02:00:00Z");
    /** Monday 12 October: 8, 9, 10 (make-up) and 12 October are the working days after the dispatch. */
    private static final LocalDate DUE_DATE = LocalDate.of(2026, 10, 12);
    private static final Instant DUE_AT = Instant.parse("2026-10-12T16:00:00Z");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture(
            Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")));
    private final PetitionEvents petition = new PetitionEvents();

    private StartHotlineLimit start(LocalDate dueDate) {
        return new StartHotlineLimit(petition.caseId(), CaseKind.PETITION, dueDate, DISPATCHED, HOTLINE);
    }

    private DeadlineSet hotlineLimit(Instant dueAt, String replaces, int n) {
        return new DeadlineSet(petition.caseId(), "HOTLINE-" + n, TimeLimit.HOTLINE, dueAt,
                CaseFixtures.POLICY.remindAt(DISPATCHED, dueAt), replaces, DISPATCHED, HOTLINE, false);
    }

    @Test
    void counts_the_working_days_to_the_due_date_skipping_holidays_and_counting_make_up_days() {
        assertThat(CaseFixtures.POLICY.workingDaysUntil(DISPATCHED, DUE_DATE)).isEqualTo(4);
        fixture.given(petition.open())
                .when(start(DUE_DATE))
                .expectEvents(hotlineLimit(DUE_AT, null, 1));
    }

    @Test
    void a_due_date_on_a_make_up_saturday_ends_that_day_and_one_within_the_holidays_on_the_first_working_day() {
        fixture.given(petition.open())
                .when(start(LocalDate.of(2026, 10, 10)))
                .expectEvents(hotlineLimit(Instant.parse("2026-10-10T16:00:00Z"), null, 1));
        CaseFixtures.fixture(Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")))
                .given(petition.open())
                .when(start(LocalDate.of(2026, 10, 3)))
                .expectEvents(hotlineLimit(Instant.parse("2026-10-08T16:00:00Z"), null, 1));
    }

    @Test
    void the_order_posted_again_records_nothing_and_a_new_due_date_replaces_the_limit() {
        fixture.given(CaseEvents.history(petition.open(), hotlineLimit(DUE_AT, null, 1)))
                .when(start(DUE_DATE))
                .expectSuccessfulHandlerExecution().expectEvents();
        CaseFixtures.fixture(Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")))
                .given(CaseEvents.history(petition.open(), hotlineLimit(DUE_AT, null, 1)))
                .when(start(LocalDate.of(2026, 10, 9)))
                .expectEvents(hotlineLimit(Instant.parse("2026-10-09T16:00:00Z"), "HOTLINE-1", 2));
    }

    @Test
    void a_due_date_is_required_and_not_before_the_dispatch() {
        fixture.given(petition.open())
                .when(start(null))
                .expectNoEvents().expectException(violates(CaseRule.HOTLINE_DUE_DATE_REQUIRED));
        CaseFixtures.fixture(Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")))
                .given(petition.open())
                .when(start(LocalDate.of(2026, 9, 29)))
                .expectNoEvents().expectException(violates(CaseRule.HOTLINE_DUE_DATE_PASSED));
    }

    @Test
    void a_hearing_does_not_move_the_hotlines_due_date() {
        Instant started = DISPATCHED.plusSeconds(10);
        Instant ended = DISPATCHED.plusSeconds(30);
        fixture.given(CaseEvents.history(petition.open(), hotlineLimit(DUE_AT, null, 1),
                        new HearingStarted(petition.caseId(), started, CaseEvents.OFFICER)))
                .when(new EndHearing(petition.caseId(), CaseKind.PETITION, ended, CaseEvents.OFFICER))
                .expectEvents(new HearingEnded(petition.caseId(), started, ended, CaseEvents.OFFICER));
    }

    @Test
    void closure_meets_the_hotline_limit() {
        Instant closedAt = DISPATCHED.plusSeconds(30);
        DeadlineSet limit = hotlineLimit(DUE_AT, null, 1);
        String note = "the resident withdrew the request";
        fixture.given(CaseEvents.history(petition.open(), limit))
                .when(new CloseCase(petition.caseId(), CaseKind.PETITION, Outcome.WITHDRAWN, null, null, note,
                        closedAt, CaseEvents.OFFICER))
                .expectEvents(new DeadlineMet(petition.caseId(), limit.deadlineId(), TimeLimit.HOTLINE, DUE_AT,
                        closedAt, CaseEvents.OFFICER), new CaseClosed(petition.caseId(), Outcome.WITHDRAWN, null,
                        null, note, Level.GRID, closedAt, CaseEvents.OFFICER));
    }
}
