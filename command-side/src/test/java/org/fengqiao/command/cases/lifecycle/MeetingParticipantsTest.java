package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.HELD_AT;
import static org.fengqiao.command.cases.CaseEvents.MINUTES;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.lifecycle.MeetingDecision;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Meetings with typed participants (issue 16 part 8): each participant's side and, for a unit, its code; a
 * three-party meeting (三方联席) seats the case's community, the property company and the owners' side; a joint meeting
 * records its convener, its decisions and who acts on each. The dispute lies in Guoyuan community (SH-GY).
 */
class MeetingParticipantsTest {

    private static final UnitCode COMMUNITY = new UnitCode("SH-GY-MEDIATION");
    private static final UnitCode OTHER_COMMUNITY = new UnitCode("SH-JH-MEDIATION");
    private static final UnitCode PROPERTY = new UnitCode("SH-FL-PROPERTY");
    private static final UnitCode TASK_FORCE = new UnitCode("SH-TASKFORCE");
    private static final UnitCode ENFORCEMENT = new UnitCode("SHQ-ENFORCE");
    private static final List<String> NAMES = List.of("张三", "果园社区居委会", "富力物业", "王芳");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    private static ParticipantRole party() {
        return new ParticipantRole(ParticipantSide.PARTY, null);
    }

    private static ParticipantRole unit(UnitCode code) {
        return new ParticipantRole(ParticipantSide.UNIT, code);
    }

    private static ParticipantRole mediator() {
        return new ParticipantRole(ParticipantSide.MEDIATOR, null);
    }

    private RecordMeeting meeting(MeetingType type, List<String> names, List<ParticipantRole> roles,
            UnitCode convener, List<MeetingDecision> decisions) {
        return new RecordMeeting(dispute.caseId(), CaseKind.DISPUTE, type, HELD_AT, names, MINUTES, OFFICER, roles,
                convener, decisions);
    }

    private RecordMeeting threeParty(List<ParticipantRole> roles) {
        return meeting(MeetingType.THREE_PARTY_MEETING, NAMES, roles, null, List.of());
    }

    private MeetingHeld held(RecordMeeting command) {
        return new MeetingHeld(dispute.caseId(), command.type(), command.participants(), MINUTES, HELD_AT, OFFICER,
                command.roles(), command.convener(), command.decisions());
    }

    @Nested
    class Sides {

        @Test
        void records_each_participants_side_and_unit() {
            RecordMeeting command = meeting(MeetingType.MEDIATION_SESSION, NAMES,
                    List.of(party(), unit(COMMUNITY), unit(PROPERTY), mediator()), null, List.of());
            fixture.given(dispute.assigned())
                    .when(command)
                    .expectEvents(held(command));
        }

        @Test
        void are_given_for_every_participant_or_for_none() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.MEDIATION_SESSION, NAMES, List.of(party(), unit(COMMUNITY)), null,
                            List.of()))
                    .expectException(violates(CaseRule.PARTICIPANT_SIDE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_typed_participant_names_its_side() {
            List<ParticipantRole> roles = new ArrayList<>(List.of(party(), unit(COMMUNITY), unit(PROPERTY)));
            roles.add(new ParticipantRole(null, null));
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.MEDIATION_SESSION, NAMES, roles, null, List.of()))
                    .expectException(violates(CaseRule.PARTICIPANT_SIDE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_unit_names_its_unit_code_and_no_one_else_does() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.MEDIATION_SESSION, NAMES, List.of(party(), unit(null), unit(PROPERTY),
                            mediator()), null, List.of()))
                    .expectException(violates(CaseRule.PARTICIPANT_UNIT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_party_names_no_unit() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.MEDIATION_SESSION, NAMES, List.of(
                            new ParticipantRole(ParticipantSide.PARTY, PROPERTY), unit(COMMUNITY), unit(PROPERTY),
                            mediator()), null, List.of()))
                    .expectException(violates(CaseRule.PARTICIPANT_UNIT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_unit_is_one_of_the_reference_data() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.MEDIATION_SESSION, NAMES, List.of(party(),
                            unit(new UnitCode("SH-NOWHERE")), unit(PROPERTY), mediator()), null, List.of()))
                    .expectException(violates(CaseRule.UNKNOWN_UNIT, "participants"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ThreePartyMeeting {

        @Test
        void seats_the_community_the_property_company_and_the_owners() {
            RecordMeeting command = threeParty(List.of(party(), unit(COMMUNITY), unit(PROPERTY), mediator()));
            fixture.given(dispute.assigned())
                    .when(command)
                    .expectEvents(held(command));
        }

        @Test
        void without_the_property_company_is_unprocessable() {
            fixture.given(dispute.assigned())
                    .when(threeParty(List.of(party(), unit(COMMUNITY), unit(ENFORCEMENT), mediator())))
                    .expectException(violates(CaseRule.THREE_PARTIES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void without_the_owners_side_is_unprocessable() {
            fixture.given(dispute.assigned())
                    .when(threeParty(List.of(mediator(), unit(COMMUNITY), unit(PROPERTY), mediator())))
                    .expectException(violates(CaseRule.THREE_PARTIES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void another_communitys_committee_is_not_the_community() {
            fixture.given(dispute.assigned())
                    .when(threeParty(List.of(party(), unit(OTHER_COMMUNITY), unit(PROPERTY), mediator())))
                    .expectException(violates(CaseRule.THREE_PARTIES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void names_alone_do_not_make_one() {
            fixture.given(dispute.assigned())
                    .when(dispute.meeting(MeetingType.THREE_PARTY_MEETING))
                    .expectException(violates(CaseRule.THREE_PARTIES_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Nested
    class JointMeeting {

        private final List<String> names = List.of("张三", "任务组组长", "执法局代表");
        private final List<ParticipantRole> roles = List.of(party(), unit(TASK_FORCE), unit(ENFORCEMENT));

        @Test
        void records_its_convener_its_decisions_and_who_acts_on_each() {
            RecordMeeting command = meeting(MeetingType.JOINT_MEETING, names, roles, TASK_FORCE, List.of(
                    new MeetingDecision("Inspect the courtyard drains by Friday", ENFORCEMENT, null),
                    new MeetingDecision("Bring the owners' list of defects", null, "张三")));
            fixture.given(dispute.assigned())
                    .when(command)
                    .expectEvents(held(command));
        }

        @Test
        void its_convener_is_a_known_unit() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.JOINT_MEETING, names, roles, new UnitCode("SH-NOWHERE"), List.of()))
                    .expectException(violates(CaseRule.UNKNOWN_UNIT, "convener"))
                    .expectNoEvents();
        }

        @Test
        void a_decision_says_what_was_decided() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.JOINT_MEETING, names, roles, TASK_FORCE,
                            List.of(new MeetingDecision(" ", ENFORCEMENT, null))))
                    .expectException(violates(CaseRule.DECISION_TEXT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_decision_is_acted_on_by_a_participant_of_the_meeting() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.JOINT_MEETING, names, roles, TASK_FORCE,
                            List.of(new MeetingDecision("Bring the list", null, "李四"))))
                    .expectException(violates(CaseRule.DECISION_ACTOR_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_decision_is_acted_on_by_a_unit_or_a_participant_not_both() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.JOINT_MEETING, names, roles, TASK_FORCE,
                            List.of(new MeetingDecision("Inspect", ENFORCEMENT, "张三"))))
                    .expectException(violates(CaseRule.DECISION_ACTOR_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_decision_names_who_acts_on_it() {
            fixture.given(dispute.assigned())
                    .when(meeting(MeetingType.JOINT_MEETING, names, roles, TASK_FORCE,
                            List.of(new MeetingDecision("Inspect", null, null))))
                    .expectException(violates(CaseRule.DECISION_ACTOR_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_meeting_recorded_before_sides_existed_still_counts_as_a_mediation_session() {
            // a stored MeetingHeld of the old shape: names only, no roles, convener or decisions
            fixture.given(history(dispute.assigned(), new MeetingHeld(dispute.caseId(),
                            MeetingType.MEDIATION_SESSION, List.of("张三", "李四"), MINUTES, HELD_AT, OFFICER)))
                    .when(dispute.reachAgreement())
                    .expectEvents(dispute.agreement(), dispute.confirmationWindow(1));
        }
    }
}
