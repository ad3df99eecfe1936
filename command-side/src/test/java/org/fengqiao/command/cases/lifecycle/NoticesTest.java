package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.RECEIVED_AT;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.NoticeMethod;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ServeNotice;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Notices served on the petitioner (告知 / 送达, issue 16 part 5; 信访工作条例 Arts. 32, 33, 35): each document once,
 * only after it exists, and the limit that waits for it ends with it, met by its date or missed after its due time.
 */
class NoticesTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final String REASON = "the matter is before a court";

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();

    private DeadlineSet handling() {
        return petition.deadlineSet(TimeLimit.HANDLING, 2, NOW, 60, OFFICER);
    }

    /** Received with its acceptance limit, accepted at NOW, the handling limit running; the decision not served. */
    private List<Object> accepted() {
        return List.of(petition.received(), petition.acceptanceLimit(), petition.accepted(), handling());
    }

    private ServeNotice notice(NoticeType type, NoticeMethod method, Instant date, String to) {
        return new ServeNotice(PetitionEvents.ID, CaseKind.PETITION, type, method, date, to, OFFICER);
    }

    @Nested
    class Acceptance {

        @Test
        void the_acceptance_notice_served_in_time_meets_the_acceptance_limit() {
            fixture.given(accepted())
                    .when(petition.serveNotice(NoticeType.ACCEPTANCE))
                    .expectEvents(petition.noticeServed(NoticeType.ACCEPTANCE),
                            petition.deadlineMet(petition.acceptanceLimit(), NOW, OFFICER));
        }

        @Test
        void a_notice_served_after_the_limit_is_recorded_and_misses_it() {
            Instant late = RECEIVED_AT.plus(DAY.multipliedBy(18));
            DeadlineSet acceptance = petition.acceptanceLimit();
            CaseFixtures.fixture(Clock.fixed(late, ZoneId.of("Asia/Shanghai"))).given(accepted())
                    .when(petition.serveNotice(NoticeType.ACCEPTANCE, late))
                    .expectEvents(petition.noticeServed(NoticeType.ACCEPTANCE, late),
                            new DeadlineMissed(PetitionEvents.ID, acceptance.deadlineId(), TimeLimit.ACCEPTANCE,
                                    acceptance.dueAt(), late, OFFICER));
        }

        @Test
        void the_non_acceptance_notice_is_served_on_the_closed_petition_and_meets_its_limit() {
            fixture.given(petition.received(), petition.acceptanceLimit(), petition.notAccepted(REASON),
                            new CaseClosed(PetitionEvents.ID, Outcome.NOT_ACCEPTED, null, null, REASON, Level.GRID,
                                    NOW, OFFICER))
                    .when(petition.serveNotice(NoticeType.NON_ACCEPTANCE))
                    .expectEvents(petition.noticeServed(NoticeType.NON_ACCEPTANCE),
                            petition.deadlineMet(petition.acceptanceLimit(), NOW, OFFICER));
        }

        @Test
        void a_non_acceptance_never_served_misses_its_limit_without_escalating_the_closed_petition() {
            DeadlineSet acceptance = petition.acceptanceLimit();
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.notAccept(REASON))
                    .whenTimeAdvancesTo(RECEIVED_AT.plus(DAY.multipliedBy(20)))
                    .expectEvents(petition.deadlineReminded(acceptance), petition.deadlineMissed(acceptance));
        }

        @Test
        void the_notice_must_match_the_decision() {
            fixture.given(accepted())
                    .when(petition.serveNotice(NoticeType.NON_ACCEPTANCE))
                    .expectException(violates(CaseRule.NOTHING_TO_NOTIFY))
                    .expectNoEvents();
        }

        @Test
        void nothing_is_served_before_the_decision() {
            fixture.given(petition.received(), petition.acceptanceLimit())
                    .when(petition.serveNotice(NoticeType.ACCEPTANCE))
                    .expectException(violates(CaseRule.NOTHING_TO_NOTIFY))
                    .expectNoEvents();
        }

        @Test
        void a_document_is_served_once() {
            fixture.given(history(accepted(), petition.noticeServed(NoticeType.ACCEPTANCE),
                            petition.deadlineMet(petition.acceptanceLimit(), NOW, OFFICER)))
                    .when(petition.serveNotice(NoticeType.ACCEPTANCE))
                    .expectException(violates(CaseRule.NOTICE_ALREADY_SERVED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Extension {

        @Test
        void the_extension_notice_is_served_after_the_extension_and_ends_no_limit() {
            Instant dueAt = handling().dueAt().plus(DAY.multipliedBy(10));
            fixture.given(history(accepted(), new DeadlineExtended(PetitionEvents.ID, "HANDLING-3", "HANDLING-2",
                            TimeLimit.HANDLING, 10, dueAt, dueAt.minus(DAY.multipliedBy(3)), "survey", "head.wang",
                            NOW, OFFICER)))
                    .when(petition.serveNotice(NoticeType.EXTENSION))
                    .expectEvents(petition.noticeServed(NoticeType.EXTENSION));
        }

        @Test
        void no_extension_notice_without_an_extension() {
            fixture.given(accepted())
                    .when(petition.serveNotice(NoticeType.EXTENSION))
                    .expectException(violates(CaseRule.NOTHING_TO_NOTIFY))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reply {

        private List<Object> replied() {
            return history(accepted(), petition.noticeServed(NoticeType.ACCEPTANCE),
                    petition.deadlineMet(petition.acceptanceLimit(), NOW, OFFICER),
                    petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY), petition.replyServed());
        }

        @Test
        void the_reply_notice_meets_the_handling_limit() {
            fixture.given(replied())
                    .when(petition.serveNotice(NoticeType.REPLY))
                    .expectEvents(petition.noticeServed(NoticeType.REPLY),
                            petition.deadlineMet(handling(), NOW, OFFICER));
        }

        @Test
        void the_reply_notice_is_served_on_a_closed_petition_too() {
            fixture.given(history(replied(), petition.closed(Outcome.RESOLVED, null, Level.COMMUNITY)))
                    .when(petition.serveNotice(NoticeType.REPLY))
                    .expectEvents(petition.noticeServed(NoticeType.REPLY),
                            petition.deadlineMet(handling(), NOW, OFFICER));
        }

        @Test
        void no_reply_notice_before_the_reply() {
            fixture.given(accepted())
                    .when(petition.serveNotice(NoticeType.REPLY))
                    .expectException(violates(CaseRule.NOTHING_TO_NOTIFY))
                    .expectNoEvents();
        }

        @Test
        void the_reply_after_a_review_is_a_new_document_to_serve() {
            DeadlineSet review = petition.deadlineSet(TimeLimit.REVIEW, 3, NOW, 30, OFFICER);
            fixture.given(history(replied(), petition.noticeServed(NoticeType.REPLY),
                            petition.deadlineMet(handling(), NOW, OFFICER),
                            new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW, Level.COMMUNITY,
                                    Level.SUB_DISTRICT, "reason", NOW, OFFICER), review, petition.replyServed()))
                    .when(petition.serveNotice(NoticeType.REPLY))
                    .expectEvents(petition.noticeServed(NoticeType.REPLY), petition.deadlineMet(review, NOW, OFFICER));
        }
    }

    @Nested
    class Fields {

        @Test
        void a_notice_names_its_type_method_recipient_and_a_date_not_in_the_future() {
            fixture.given(accepted())
                    .when(notice(null, NoticeMethod.POST, NOW, "张三"))
                    .expectException(violates(CaseRule.NOTICE_TYPE_REQUIRED))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(notice(NoticeType.ACCEPTANCE, null, NOW, "张三"))
                    .expectException(violates(CaseRule.NOTICE_METHOD_REQUIRED))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(notice(NoticeType.ACCEPTANCE, NoticeMethod.SMS, NOW, " "))
                    .expectException(violates(CaseRule.NOTICE_RECIPIENT_REQUIRED))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(notice(NoticeType.ACCEPTANCE, NoticeMethod.ONLINE, null, "张三"))
                    .expectException(violates(CaseRule.NOTICE_DATE_REQUIRED))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(notice(NoticeType.ACCEPTANCE, NoticeMethod.ONLINE, NOW.plus(DAY), "张三"))
                    .expectException(violates(CaseRule.NOTICE_DATE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_dispute_addressed_as_a_petition_is_not_found() {
            DisputeEvents dispute = new DisputeEvents();
            fixture.given(dispute.open())
                    .when(new ServeNotice(DisputeEvents.ID, CaseKind.PETITION, NoticeType.REPLY, NoticeMethod.POST,
                            NOW, "张三", OFFICER))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }
    }
}
