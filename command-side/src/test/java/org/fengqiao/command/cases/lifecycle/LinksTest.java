package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.links.AbsorbDuplicate;
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.ConfirmCaseLink;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.links.LinkCase;
import org.fengqiao.cases.links.MergeCase;
import org.fengqiao.cases.links.RecordCaseLink;
import org.fengqiao.cases.petition.RequestReview;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.CaseFixtures.RecordedCases;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.personaldata.PersonalDataErased;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Linked and merged cases (关联 / 并案): each side of a link and its order (the linking case's request, the other
 * case's side, the confirmation), and a duplicate merged into its primary; the other case is read first and answered
 * as unknown when the caller may not see it.
 */
class LinksTest {

    private static final String REASON = "the same leaking pipe: the owner's petition and the neighbours' dispute";
    private static final CaseId DUPLICATE_ID = new CaseId("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final CaseNumber DUPLICATE_NUMBER = new CaseNumber("SH-2026-000009");

    private final PetitionEvents petition = new PetitionEvents();
    private final PetitionEvents duplicate = new PetitionEvents(DUPLICATE_ID, DUPLICATE_NUMBER);
    private final DisputeEvents dispute = new DisputeEvents();

    private static FixtureConfiguration<Case> recording(List<Object> otherCase) {
        return CaseFixtures.fixture(new RecordedCases().with(otherCase));
    }

    private static MetaData caller(String name, String jurisdiction, String... roles) {
        return MetaData.from(CallerScope.metaData(name, List.of(roles), jurisdiction, null, null));
    }

    private LinkCase link(CaseId target, CaseKind targetKind) {
        return new LinkCase(PetitionEvents.ID, CaseKind.PETITION, target, targetKind, REASON, NOW, OFFICER);
    }

    private CaseLinked requested() {
        return new CaseLinked(PetitionEvents.ID, DisputeEvents.ID, CaseKind.DISPUTE, DisputeEvents.NUMBER, true,
                REASON, NOW, OFFICER);
    }

    @Nested
    class Link {

        @Test
        void a_petition_linked_to_a_dispute_records_the_request_pending_its_other_side() {
            recording(dispute.open()).given(petition.open())
                    .when(link(DisputeEvents.ID, CaseKind.DISPUTE))
                    .expectEvents(requested())
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void the_other_kind_need_not_be_named() {
            recording(dispute.open()).given(petition.open())
                    .when(link(DisputeEvents.ID, null))
                    .expectEvents(requested());
        }

        @Test
        void two_cases_of_one_kind_are_linked_too() {
            recording(duplicate.open()).given(petition.open())
                    .when(link(DUPLICATE_ID, CaseKind.PETITION))
                    .expectEvents(new CaseLinked(PetitionEvents.ID, DUPLICATE_ID, CaseKind.PETITION,
                            DUPLICATE_NUMBER, true, REASON, NOW, OFFICER));
        }

        @Test
        void rejects_linking_a_case_to_itself() {
            recording(petition.open()).given(petition.open())
                    .when(link(PetitionEvents.ID, null))
                    .expectException(violates(CaseRule.LINK_TO_ITSELF))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_link_without_the_other_case() {
            CaseFixtures.fixture().given(petition.open())
                    .when(link(null, null))
                    .expectException(violates(CaseRule.LINK_TARGET_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void an_unknown_other_case_is_not_found() {
            CaseFixtures.fixture().given(petition.open())
                    .when(link(DisputeEvents.ID, null))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void another_case_of_another_kind_than_named_is_not_found() {
            recording(dispute.open()).given(petition.open())
                    .when(link(DisputeEvents.ID, CaseKind.PETITION))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void an_other_case_outside_the_callers_node_is_answered_as_an_unknown_one() {
            // the petition lies in Fuli (SH-FL), the dispute in Guoyuan (SH-GY)
            recording(dispute.open()).given(petition.open())
                    .when(link(DisputeEvents.ID, null), caller("officer.fl", "SH-FL", "OFFICER"))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
            recording(dispute.open()).given(petition.open())
                    .when(link(DisputeEvents.ID, null), caller("officer.sh", "SH", "OFFICER"))
                    .expectEvents(requested());
        }

        @Test
        void a_confidential_other_case_not_meant_for_the_caller_is_answered_as_an_unknown_one() {
            List<Object> confidential = history(dispute.open(), new CaseMarkedConfidential(DisputeEvents.ID,
                    "a report against an official", List.of(), List.of("li.inspector"), NOW, OFFICER));
            recording(confidential).given(petition.open())
                    .when(link(DisputeEvents.ID, null), caller("officer.zhao", null, "OFFICER"))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
            recording(confidential).given(petition.open())
                    .when(link(DisputeEvents.ID, null), caller("li.inspector", null, "OFFICER"))
                    .expectEvents(requested());
        }

        @Test
        void rejects_a_link_without_a_reason() {
            recording(dispute.open()).given(petition.open())
                    .when(new LinkCase(PetitionEvents.ID, CaseKind.PETITION, DisputeEvents.ID, null, " ", NOW,
                            OFFICER))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_link_that_is_complete_already() {
            recording(dispute.open()).given(history(petition.open(), requested(),
                    new CaseLinkConfirmed(PetitionEvents.ID, DisputeEvents.ID, NOW, OFFICER)))
                    .when(link(DisputeEvents.ID, null))
                    .expectException(violates(CaseRule.ALREADY_LINKED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_link_the_other_case_made_already() {
            recording(dispute.open()).given(history(petition.open(), new CaseLinked(PetitionEvents.ID,
                    DisputeEvents.ID, CaseKind.DISPUTE, DisputeEvents.NUMBER, false, null, NOW, OFFICER)))
                    .when(link(DisputeEvents.ID, null))
                    .expectException(violates(CaseRule.ALREADY_LINKED))
                    .expectNoEvents();
        }

        @Test
        void a_pending_link_asked_again_appends_nothing_so_that_its_other_side_can_follow() {
            recording(dispute.open()).given(history(petition.open(), requested()))
                    .when(link(DisputeEvents.ID, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void an_other_case_whose_first_subject_was_erased_is_not_linked() {
            List<Object> erased = history(dispute.open(),
                    new PersonalDataErased(DisputeEvents.ID, 1, "retention ended", NOW, OFFICER));
            recording(erased).given(petition.open())
                    .when(link(DisputeEvents.ID, null))
                    .expectException(violates(CaseRule.DATA_SUBJECT_ERASED))
                    .expectNoEvents();
        }

        @Test
        void a_closed_case_links_nothing() {
            recording(dispute.open()).given(petition.closed())
                    .when(link(DisputeEvents.ID, null))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class OtherSide {

        private RecordCaseLink recordLink() {
            return new RecordCaseLink(DisputeEvents.ID, PetitionEvents.ID, CaseKind.PETITION, PetitionEvents.NUMBER,
                    NOW, OFFICER);
        }

        private CaseLinked recorded() {
            return new CaseLinked(DisputeEvents.ID, PetitionEvents.ID, CaseKind.PETITION, PetitionEvents.NUMBER,
                    false, null, NOW, OFFICER);
        }

        @Test
        void the_other_case_records_its_side_complete_at_once_without_the_reason() {
            CaseFixtures.fixture().given(dispute.open())
                    .when(recordLink())
                    .expectEvents(recorded())
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void its_side_is_recorded_once() {
            CaseFixtures.fixture().given(history(dispute.open(), recorded()))
                    .when(recordLink())
                    .expectNoEvents();
        }

        @Test
        void a_closed_case_records_its_side_too() {
            CaseFixtures.fixture().given(dispute.closed())
                    .when(recordLink())
                    .expectEvents(recorded());
        }

        @Test
        void the_caller_need_not_act_for_the_other_cases_unit() {
            MetaData mediator = MetaData.from(CallerScope.metaData("officer.gy", List.of("OFFICER"), null,
                    List.of("SH-GY-MEDIATION"), null));
            CaseFixtures.fixture().given(dispute.assigned())
                    .when(recordLink(), mediator)
                    .expectEvents(recorded());
        }

        @Test
        void the_caller_must_see_the_other_case() {
            CaseFixtures.fixture().given(dispute.open())
                    .when(recordLink(), caller("officer.fl", "SH-FL", "OFFICER"))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void a_case_waiting_for_its_own_request_to_the_same_case_completes_it() {
            CaseLinked requestedByDispute = new CaseLinked(DisputeEvents.ID, PetitionEvents.ID, CaseKind.PETITION,
                    PetitionEvents.NUMBER, true, REASON, NOW, OFFICER);
            CaseFixtures.fixture().given(history(dispute.open(), requestedByDispute))
                    .when(recordLink())
                    .expectEvents(new CaseLinkConfirmed(DisputeEvents.ID, PetitionEvents.ID, NOW, OFFICER));
        }

        @Test
        void the_linking_case_confirms_its_request_once() {
            ConfirmCaseLink confirm = new ConfirmCaseLink(PetitionEvents.ID, DisputeEvents.ID, NOW, OFFICER);
            CaseLinkConfirmed confirmed = new CaseLinkConfirmed(PetitionEvents.ID, DisputeEvents.ID, NOW, OFFICER);
            CaseFixtures.fixture().given(history(petition.open(), requested()))
                    .when(confirm)
                    .expectEvents(confirmed)
                    .expectResultMessagePayload(petition.version(4));
            CaseFixtures.fixture().given(history(petition.open(), requested(), confirmed))
                    .when(confirm)
                    .expectNoEvents();
        }
    }

    @Nested
    class Merge {

        private MergeCase merge(CaseId primary) {
            return new MergeCase(DUPLICATE_ID, CaseKind.PETITION, primary, REASON, NOW, OFFICER);
        }

        private CaseMerged merged() {
            return new CaseMerged(DUPLICATE_ID, PetitionEvents.ID, PetitionEvents.NUMBER, REASON, NOW, OFFICER);
        }

        private CaseClosed closedAsMerged() {
            return new CaseClosed(DUPLICATE_ID, Outcome.MERGED, null, null, null, Level.GRID, NOW, OFFICER);
        }

        private List<Object> duplicateOpen() {
            return List.of(duplicate.received(), duplicate.acceptanceLimit());
        }

        @Test
        void a_duplicate_merged_into_its_primary_closes_as_merged_ending_its_limits() {
            recording(petition.open()).given(duplicateOpen())
                    .when(merge(PetitionEvents.ID))
                    .expectEvents(merged(), duplicate.deadlineMet(duplicate.acceptanceLimit(), NOW, OFFICER),
                            closedAsMerged())
                    .expectResultMessagePayload(duplicate.version(5));
        }

        @Test
        void the_primary_records_the_duplicate_once_also_when_closed_since() {
            AbsorbDuplicate absorb = new AbsorbDuplicate(PetitionEvents.ID, DUPLICATE_ID, CaseKind.PETITION,
                    DUPLICATE_NUMBER, NOW, OFFICER);
            DuplicateAbsorbed absorbed = new DuplicateAbsorbed(PetitionEvents.ID, DUPLICATE_ID, CaseKind.PETITION,
                    DUPLICATE_NUMBER, NOW, OFFICER);
            CaseFixtures.fixture().given(petition.open())
                    .when(absorb)
                    .expectEvents(absorbed);
            CaseFixtures.fixture().given(petition.closed())
                    .when(absorb)
                    .expectEvents(absorbed);
            CaseFixtures.fixture().given(history(petition.open(), absorbed))
                    .when(absorb)
                    .expectNoEvents();
        }

        @Test
        void rejects_merging_a_case_into_itself() {
            recording(duplicateOpen()).given(duplicateOpen())
                    .when(merge(DUPLICATE_ID))
                    .expectException(violates(CaseRule.MERGE_INTO_ITSELF))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_merger_without_its_primary() {
            CaseFixtures.fixture().given(duplicateOpen())
                    .when(merge(null))
                    .expectException(violates(CaseRule.PRIMARY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_closed_primary() {
            recording(petition.closed()).given(duplicateOpen())
                    .when(merge(PetitionEvents.ID))
                    .expectException(violates(CaseRule.PRIMARY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_primary_of_the_other_kind_which_is_linked_instead() {
            recording(dispute.open()).given(duplicateOpen())
                    .when(merge(DisputeEvents.ID))
                    .expectException(violates(CaseRule.MERGE_ACROSS_KINDS))
                    .expectNoEvents();
        }

        @Test
        void a_primary_the_caller_may_not_see_is_answered_as_an_unknown_one() {
            List<Object> confidential = history(petition.open(), new CaseMarkedConfidential(PetitionEvents.ID,
                    "a report against an official", List.of(), List.of("li.inspector"), NOW, OFFICER));
            recording(confidential).given(duplicateOpen())
                    .when(merge(PetitionEvents.ID), caller("officer.zhao", null, "OFFICER"))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
            CaseFixtures.fixture().given(duplicateOpen())
                    .when(merge(PetitionEvents.ID))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_merger_without_a_reason() {
            recording(petition.open()).given(duplicateOpen())
                    .when(new MergeCase(DUPLICATE_ID, CaseKind.PETITION, PetitionEvents.ID, null, NOW, OFFICER))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_merged_case_is_not_merged_again() {
            List<Object> primaryAbsorbed = history(petition.open(), new DuplicateAbsorbed(PetitionEvents.ID,
                    DUPLICATE_ID, CaseKind.PETITION, DUPLICATE_NUMBER, NOW, OFFICER));
            recording(primaryAbsorbed).given(history(duplicateOpen(), merged(), closedAsMerged()))
                    .when(merge(PetitionEvents.ID))
                    .expectException(violates(CaseRule.ALREADY_MERGED))
                    .expectNoEvents();
            recording(dispute.open()).given(history(duplicateOpen(), merged(), closedAsMerged()))
                    .when(new MergeCase(DUPLICATE_ID, CaseKind.PETITION, DisputeEvents.ID, REASON, NOW, OFFICER))
                    .expectException(violates(CaseRule.ALREADY_MERGED))
                    .expectNoEvents();
        }

        @Test
        void merging_again_into_a_primary_without_its_record_appends_nothing_so_that_the_primary_can_record_it() {
            recording(petition.open()).given(history(duplicateOpen(), merged(), closedAsMerged()))
                    .when(merge(PetitionEvents.ID))
                    .expectNoEvents()
                    .expectResultMessagePayload(duplicate.version(4));
        }

        @Test
        void a_merged_petition_is_not_reopened_for_review() {
            recording(petition.open()).given(history(duplicateOpen(), duplicate.accepted(), duplicate.replyServed(),
                    merged(), closedAsMerged()))
                    .when(new RequestReview(DUPLICATE_ID, "the reply did not answer", NOW, OFFICER))
                    .expectException(violates(CaseRule.ALREADY_MERGED))
                    .expectNoEvents();
        }

        @Test
        void a_case_closed_otherwise_is_not_merged() {
            recording(petition.open()).given(history(duplicateOpen(), duplicate.closed(Outcome.WITHDRAWN, null,
                    Level.GRID)))
                    .when(merge(PetitionEvents.ID))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void a_case_is_not_closed_as_merged_by_hand() {
            CaseFixtures.fixture().given(dispute.open())
                    .when(new CloseCase(DisputeEvents.ID, CaseKind.DISPUTE, Outcome.MERGED, null, null, null, NOW,
                            OFFICER))
                    .expectException(violates(CaseRule.OUTCOME_NOT_APPLICABLE))
                    .expectNoEvents();
        }

        @Test
        void the_duplicates_unit_is_the_callers_own() {
            MetaData otherUnit = MetaData.from(CallerScope.metaData("officer.gy", List.of("OFFICER"), null,
                    List.of("SH-GY-MEDIATION"), null));
            recording(petition.open()).given(history(duplicateOpen(), duplicate.accepted(),
                    duplicate.assignedTo(TASK_FORCE, Level.SUB_DISTRICT)))
                    .when(merge(PetitionEvents.ID), otherUnit)
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT))
                    .expectNoEvents();
        }
    }
}
