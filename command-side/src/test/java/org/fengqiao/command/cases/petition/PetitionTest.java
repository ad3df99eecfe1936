package org.fengqiao.command.cases.petition;

import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.RepeatPetitionFlagged;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.cases.lifecycle.Case;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of a petition's own commands and of the shared ones where a petition differs: acceptance before
 * assignment, and resolution by an agreed plan or a written reply. The shared lifecycle is in
 * {@code CaseLifecycleTest}.
 */
class PetitionTest {

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();

    @Nested
    class ReceivePetition {

        @Test
        void registers_the_petition_with_its_case_number_and_jurisdiction_path() {
            fixture.givenNoPriorActivity()
                    .when(petition.receive())
                    .expectEvents(petition.received(), petition.acceptanceLimit())
                    .expectResultMessagePayload(petition.version(2));
        }

        @Test
        void numbers_run_on_per_sub_district_and_year() {
            PetitionEvents second = new PetitionEvents(new CaseId("1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5"),
                    new CaseNumber("SH-2026-000002"));
            PetitionEvents lastYear = new PetitionEvents(new CaseId("2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6"),
                    new CaseNumber("SH-2025-000001"));
            CaseFixtures.CountingCaseNumbers numbers = new CaseFixtures.CountingCaseNumbers();
            CaseFixtures.fixture(numbers).givenNoPriorActivity()
                    .when(petition.receive())
                    .expectResultMessagePayload(petition.version(2));
            CaseFixtures.fixture(numbers).givenNoPriorActivity()
                    .when(second.receive())
                    .expectEvents(second.received(), second.acceptanceLimit())
                    .expectResultMessagePayload(second.version(2));
            CaseFixtures.fixture(numbers).givenNoPriorActivity()
                    .when(lastYear.intake().receivedAt(Instant.parse("2025-12-30T02:00:00Z")).command())
                    .expectResultMessagePayload(lastYear.version(2));
        }

        @Test
        void takes_the_year_from_the_sub_districts_time_zone() {
            // 2025-12-31 17:30 UTC is already 2026-01-01 01:30 in Asia/Shanghai
            fixture.givenNoPriorActivity()
                    .when(petition.intake().receivedAt(Instant.parse("2025-12-31T17:30:00Z")).command())
                    .expectResultMessagePayload(petition.version(2)); // SH-2026-000001
        }

        @Test
        void requires_one_or_more_petitioners_each_with_a_name() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().petitioners().command())
                    .expectException(violates(CaseRule.PETITIONER_REQUIRED))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(petition.intake().petitioners(PetitionEvents.PETITIONER, new Petitioner(" ", "13900000000"))
                            .command())
                    .expectException(violates(CaseRule.PETITIONER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_channel() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().channel(null).command())
                    .expectException(violates(CaseRule.CHANNEL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_category() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().category(null).command())
                    .expectException(violates(CaseRule.CATEGORY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_subject() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().subject("   ").command())
                    .expectException(violates(CaseRule.SUBJECT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_content() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().content(null).command())
                    .expectException(violates(CaseRule.CONTENT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_grid() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().grid(null).command())
                    .expectException(violates(CaseRule.GRID_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_unknown_grid() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().grid(new NodeCode("SH-XX-G99")).command())
                    .expectException(violates(CaseRule.UNKNOWN_GRID))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_receipt_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().receivedAt(NOW.plus(Duration.ofHours(1))).command())
                    .expectException(violates(CaseRule.RECEIVED_IN_FUTURE))
                    .expectNoEvents();
        }
    }

    @Nested
    class DecideAcceptance {

        @Test
        void accepts_the_petition() {
            fixture.given(petition.received())
                    .when(petition.accept())
                    .expectEvents(petition.accepted(),
                            petition.deadlineSet(TimeLimit.HANDLING, 1, NOW, 60, PetitionEvents.OFFICER))
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void not_accepted_requires_a_reason() {
            fixture.given(petition.received())
                    .when(petition.notAccept("  "))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void not_accepted_closes_the_petition_at_grid_level() {
            String reason = "a court judgment already covers the matter";
            fixture.given(petition.received())
                    .when(petition.notAccept(reason))
                    .expectEvents(petition.notAccepted(reason), new CaseClosed(
                            PetitionEvents.ID, Outcome.NOT_ACCEPTED, null, null, reason, Level.GRID, NOW,
                            OFFICER))
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void rejects_a_second_decision_after_acceptance() {
            fixture.given(petition.open())
                    .when(petition.notAccept("changed our mind"))
                    .expectException(violates(CaseRule.ACCEPTANCE_ALREADY_DECIDED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_second_decision_after_non_acceptance() {
            String reason = "outside the sub-district's remit";
            fixture.given(petition.received(), petition.notAccepted(reason),
                            petition.closed(Outcome.NOT_ACCEPTED, null, Level.GRID))
                    .when(petition.accept())
                    .expectException(violates(CaseRule.ACCEPTANCE_ALREADY_DECIDED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_decision_on_a_withdrawn_petition() {
            fixture.given(petition.received(), petition.closed(Outcome.WITHDRAWN, null, Level.GRID))
                    .when(petition.accept())
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class AssignCase {

        @Test
        void rejects_assignment_before_acceptance() {
            fixture.given(petition.received())
                    .when(petition.assign(TASK_FORCE))
                    .expectException(violates(CaseRule.ACCEPTANCE_PENDING))
                    .expectNoEvents();
        }
    }

    @Nested
    class AgreeHandlingPlan {

        @Test
        void agrees_the_plan_of_an_assigned_petition() {
            fixture.given(petition.assigned())
                    .when(petition.agreePlan())
                    .expectEvents(petition.planAgreed())
                    .expectResultMessagePayload(petition.version(4));
        }

        @Test
        void requires_assignment() {
            fixture.given(petition.open())
                    .when(petition.agreePlan())
                    .expectException(violates(CaseRule.NOT_ASSIGNED))
                    .expectNoEvents();
        }

        @Test
        void requires_terms() {
            fixture.given(petition.assigned())
                    .when(petition.agreePlan(" ", PetitionEvents.PERFORM_BY))
                    .expectException(violates(CaseRule.TERMS_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_perform_by_date() {
            fixture.given(petition.assigned())
                    .when(petition.agreePlan(PetitionEvents.TERMS, null))
                    .expectException(violates(CaseRule.PERFORM_BY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_second_plan() {
            fixture.given(history(petition.assigned(), petition.planAgreed()))
                    .when(petition.agreePlan())
                    .expectException(violates(CaseRule.AGREEMENT_ALREADY_REACHED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_plan_for_a_closed_petition() {
            fixture.given(history(petition.assigned(), petition.closed(Outcome.WITHDRAWN, null, Level.SUB_DISTRICT)))
                    .when(petition.agreePlan())
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class ServeReply {

        @Test
        void serves_the_written_reply() {
            fixture.given(petition.assigned())
                    .when(petition.serveReply())
                    .expectEvents(petition.replyServed())
                    .expectResultMessagePayload(petition.version(4));
        }

        @Test
        void requires_assignment() {
            fixture.given(petition.open())
                    .when(petition.serveReply())
                    .expectException(violates(CaseRule.NOT_ASSIGNED))
                    .expectNoEvents();
        }

        @Test
        void requires_an_opinion() {
            fixture.given(petition.assigned())
                    .when(petition.serveReply(null, PetitionEvents.REPLY, NOW))
                    .expectException(violates(CaseRule.OPINION_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_the_text() {
            fixture.given(petition.assigned())
                    .when(petition.serveReply(ReplyOpinion.EXPLAIN, "", NOW))
                    .expectException(violates(CaseRule.REPLY_TEXT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_the_time_served_not_in_the_future() {
            fixture.given(petition.assigned())
                    .when(petition.serveReply(ReplyOpinion.EXPLAIN, PetitionEvents.REPLY,
                            NOW.plus(Duration.ofHours(1))))
                    .expectException(violates(CaseRule.SERVED_AT_REQUIRED))
                    .expectNoEvents();
            fixture.given(petition.assigned())
                    .when(petition.serveReply(ReplyOpinion.EXPLAIN, PetitionEvents.REPLY, null))
                    .expectException(violates(CaseRule.SERVED_AT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_second_reply() {
            fixture.given(history(petition.assigned(), petition.replyServed()))
                    .when(petition.serveReply())
                    .expectException(violates(CaseRule.REPLY_ALREADY_SERVED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_reply_on_a_closed_petition() {
            fixture.given(history(petition.assigned(), petition.closed(Outcome.WITHDRAWN, null, Level.SUB_DISTRICT)))
                    .when(petition.serveReply())
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class CloseCase {

        @Test
        void resolved_requires_an_agreed_plan_or_a_written_reply() {
            fixture.given(petition.assigned())
                    .when(petition.close(Outcome.RESOLVED))
                    .expectException(violates(CaseRule.AGREEMENT_OR_REPLY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void resolves_with_an_agreed_plan() {
            fixture.given(history(petition.assigned(), petition.planAgreed()))
                    .when(petition.close(Outcome.RESOLVED))
                    .expectEvents(petition.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(petition.version(5));
        }

        @Test
        void resolves_with_a_written_reply() {
            fixture.given(petition.received(), petition.accepted(),
                            petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY), petition.replyServed())
                    .when(petition.close(Outcome.RESOLVED))
                    .expectEvents(petition.closed(Outcome.RESOLVED, null, Level.COMMUNITY))
                    .expectResultMessagePayload(petition.version(5));
        }

        @Test
        void rejects_mediation_failed_for_a_petition() {
            fixture.given(history(petition.assigned(), petition.replyServed()))
                    .when(petition.close(Outcome.MEDIATION_FAILED, "litigation at the district court"))
                    .expectException(violates(CaseRule.OUTCOME_NOT_APPLICABLE))
                    .expectNoEvents();
        }

        @Test
        void may_be_withdrawn_before_the_acceptance_decision() {
            fixture.given(petition.received())
                    .when(petition.close(Outcome.WITHDRAWN))
                    .expectEvents(petition.closed(Outcome.WITHDRAWN, null, Level.GRID))
                    .expectResultMessagePayload(petition.version(2));
        }
    }

    /**
     * After re-review a new petition by the same petitioner on the same matter, linked by the caller to the earlier
     * case, is registered and flagged, and cannot be accepted; an earlier case without a re-review answer leaves it
     * unflagged.
     */
    @Nested
    class RepeatPetition {

        private static final CaseId EARLIER_ID = new CaseId("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7");
        private static final CaseNumber EARLIER_NUMBER = new CaseNumber("SH-2025-000007");

        private final PetitionEvents earlier = new PetitionEvents(EARLIER_ID, EARLIER_NUMBER);

        private ReviewRequested review(ReviewStage stage, Level from, Level to) {
            return new ReviewRequested(EARLIER_ID, stage, from, to, "the reply ignores the second complaint", NOW,
                    PetitionEvents.INTAKE);
        }

        /** Replied, reviewed and replied, re-reviewed: the re-review's answer is given or not. */
        private List<Object> earlierHistory(boolean reReviewAnswered) {
            List<Object> history = new ArrayList<>(List.of(earlier.received(), earlier.accepted(),
                    earlier.replyServed(), review(ReviewStage.REVIEW, Level.COMMUNITY, Level.SUB_DISTRICT),
                    earlier.replyServed(), review(ReviewStage.RE_REVIEW, Level.SUB_DISTRICT, Level.DISTRICT)));
            if (reReviewAnswered) {
                history.add(earlier.replyServed());
            }
            return history;
        }

        private RepeatPetitionFlagged flagged() {
            return new RepeatPetitionFlagged(PetitionEvents.ID, EARLIER_ID, EARLIER_NUMBER,
                    CaseRule.REVIEW_EXHAUSTED, PetitionEvents.RECEIVED_AT, PetitionEvents.INTAKE);
        }

        @Test
        void a_petition_linked_to_one_whose_re_review_was_answered_is_registered_and_flagged() {
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(earlierHistory(true))).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command())
                    .expectEvents(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit())
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void a_flagged_petition_is_not_accepted_by_the_review_exhausted_rule() {
            fixture.given(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit())
                    .when(petition.accept())
                    .expectException(violates(CaseRule.REVIEW_EXHAUSTED))
                    .expectNoEvents();
        }

        @Test
        void a_flagged_petition_may_still_be_not_accepted() {
            String reason = "the matter was settled by re-review";
            fixture.given(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit())
                    .when(petition.notAccept(reason))
                    .expectEvents(petition.notAccepted(reason),
                            new CaseClosed(PetitionEvents.ID, Outcome.NOT_ACCEPTED, null, null, reason, Level.GRID,
                                    NOW, OFFICER));
        }

        @Test
        void a_petition_linked_to_one_whose_re_review_is_unanswered_is_not_flagged() {
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(earlierHistory(false))).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command())
                    .expectEvents(petition.received(EARLIER_ID), petition.acceptanceLimit())
                    .expectResultMessagePayload(petition.version(2));
        }

        @Test
        void a_petition_linked_to_one_only_reviewed_once_is_not_flagged_and_may_be_accepted() {
            List<Object> reviewedOnce = earlierHistory(false).subList(0, 5);
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(reviewedOnce)).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command())
                    .expectEvents(petition.received(EARLIER_ID), petition.acceptanceLimit());
            fixture.given(petition.received(EARLIER_ID), petition.acceptanceLimit())
                    .when(petition.accept())
                    .expectEvents(petition.accepted(), petition.deadlineSet(TimeLimit.HANDLING, 2, NOW, 60, OFFICER));
        }

        @Test
        void a_related_case_id_that_names_no_case_is_refused_and_nothing_is_recorded() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command())
                    .expectException(violates(CaseRule.UNKNOWN_RELATED_CASE))
                    .expectNoEvents();
        }

        @Test
        void a_related_case_outside_the_callers_node_is_answered_as_an_unknown_one() {
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(earlierHistory(true))).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command(), caller("intake.jh", "SH-JH", "INTAKE"))
                    .expectException(violates(CaseRule.UNKNOWN_RELATED_CASE))
                    .expectNoEvents();
        }

        @Test
        void a_related_case_within_the_callers_node_is_read() {
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(earlierHistory(true))).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command(), caller("intake.fl", "SH-FL", "INTAKE"))
                    .expectEvents(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit());
        }

        @Test
        void a_related_confidential_case_not_meant_for_the_caller_is_answered_as_an_unknown_one() {
            List<Object> confidential = new ArrayList<>(earlierHistory(true));
            confidential.add(new CaseMarkedConfidential(EARLIER_ID, "a report against an official",
                    List.of("OFFICER"), List.of("li.inspector"), NOW, OFFICER));
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(confidential)).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command(), caller("intake", null, "INTAKE"))
                    .expectException(violates(CaseRule.UNKNOWN_RELATED_CASE))
                    .expectNoEvents();
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(confidential)).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command(),
                            caller("li.inspector", null, "INTAKE"))
                    .expectEvents(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit());
            confidential.add(new ConfidentialityLifted(EARLIER_ID, "inquiry ended", NOW, OFFICER));
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(confidential)).givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command(), caller("intake", null, "INTAKE"))
                    .expectEvents(petition.received(EARLIER_ID), flagged(), petition.acceptanceLimit());
        }

        private static MetaData caller(String name, String jurisdiction, String... roles) {
            return MetaData.from(CallerScope.metaData(name, List.of(roles), jurisdiction, null, null));
        }

        @Test
        void a_related_case_id_that_names_a_dispute_is_refused() {
            DisputeEvents dispute = new DisputeEvents(EARLIER_ID, EARLIER_NUMBER);
            CaseFixtures.fixture(new CaseFixtures.RecordedCases().with(List.of(dispute.received())))
                    .givenNoPriorActivity()
                    .when(petition.intake().relatedCase(EARLIER_ID).command())
                    .expectException(violates(CaseRule.UNKNOWN_RELATED_CASE))
                    .expectNoEvents();
        }
    }
}
