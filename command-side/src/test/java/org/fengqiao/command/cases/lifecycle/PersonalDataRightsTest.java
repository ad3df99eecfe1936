package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.possibleFrom;
import static org.fengqiao.command.cases.RuleViolations.violates;
import static org.hamcrest.Matchers.allOf;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.StartHearing;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.integrity.DossierExported;
import org.fengqiao.integrity.RecordDossierExport;
import org.fengqiao.personaldata.DestroyCaseRecord;
import org.fengqiao.personaldata.ErasePersonalData;
import org.fengqiao.personaldata.LiftPersonalDataRestriction;
import org.fengqiao.personaldata.PersonalDataErased;
import org.fengqiao.personaldata.PersonalDataRestricted;
import org.fengqiao.personaldata.PersonalDataRestrictionLifted;
import org.fengqiao.personaldata.RestrictPersonalData;
import org.fengqiao.personaldata.RetentionSchedule;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.InMemorySubjectKeyStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The data subjects' rights on a case: restriction stops processing of that person's data until it is lifted,
 * erasure destroys the subject's key once the case is closed. Subjects are numbered from 1 in the order of intake;
 * the sample dispute names two parties.
 */
class PersonalDataRightsTest {

    private static final Actor DPO = new Actor("admin");
    private static final String REASON = "PIPL Art. 47(2): the resident objects";

    private final InMemorySubjectKeyStore keys = new InMemorySubjectKeyStore();
    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture(keys);
    private final DisputeEvents dispute = new DisputeEvents();

    private RestrictPersonalData restrict(int subject) {
        return new RestrictPersonalData(dispute.caseId(), subject, REASON, NOW, DPO);
    }

    private PersonalDataRestricted restricted(int subject) {
        return new PersonalDataRestricted(dispute.caseId(), subject, REASON, NOW, DPO);
    }

    private ErasePersonalData erase(int subject) {
        return new ErasePersonalData(dispute.caseId(), subject, REASON, NOW, DPO);
    }

    private PersonalDataErased erased(int subject) {
        return new PersonalDataErased(dispute.caseId(), subject, REASON, NOW, DPO);
    }

    @Nested
    class Restriction {

        @Test
        void restricts_a_data_subject_of_the_case() {
            fixture.given(dispute.open())
                    .when(restrict(2))
                    .expectEvents(restricted(2))
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void a_subject_the_case_does_not_name_is_not_found() {
            fixture.given(dispute.open())
                    .when(restrict(3))
                    .expectException(violates(CaseRule.UNKNOWN_DATA_SUBJECT))
                    .expectNoEvents();
        }

        @Test
        void needs_a_reason() {
            fixture.given(dispute.open())
                    .when(new RestrictPersonalData(dispute.caseId(), 1, " ", NOW, DPO))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void is_not_repeated() {
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(restrict(1))
                    .expectException(violates(CaseRule.ALREADY_RESTRICTED))
                    .expectNoEvents();
        }

        @Test
        void refuses_a_command_that_carries_the_persons_own_values() {
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(dispute.refuse("李四", DisputeEvents.REFUSAL_REASON))
                    .expectException(violates(CaseRule.PERSONAL_DATA_RESTRICTED))
                    .expectNoEvents();
        }

        @Test
        void freezes_the_persons_data_not_the_case_what_carries_none_of_it_goes_on() {
            fixture.given(history(dispute.open(), restricted(2)))
                    .when(dispute.note("called back"))
                    .expectEvents(dispute.noteAdded("called back"));
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(new StartHearing(dispute.caseId(), CaseKind.DISPUTE, NOW, CaseEvents.OFFICER))
                    .expectEvents(new HearingStarted(dispute.caseId(), NOW, CaseEvents.OFFICER));
        }

        /** The staff's texts are the case record's, not the first person's: restricting that person leaves them. */
        @Test
        void the_staffs_notes_go_on_while_the_person_who_brought_the_case_is_restricted() {
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(dispute.note("called 张三 back"))
                    .expectEvents(dispute.noteAdded("called 张三 back"));
        }

        @Test
        void still_lets_the_dossier_export_be_recorded() {
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(new RecordDossierExport(dispute.caseId(), "json", 2, null, NOW, new Actor("auditor")))
                    .expectEvents(new DossierExported(dispute.caseId(), "json", 2, null, NOW, new Actor("auditor")));
        }

        @Test
        void is_lifted_and_processing_resumes() {
            LiftPersonalDataRestriction lift = new LiftPersonalDataRestriction(dispute.caseId(), 1, "withdrawn", NOW,
                    DPO);
            fixture.given(history(dispute.open(), restricted(1)))
                    .when(lift)
                    .expectEvents(new PersonalDataRestrictionLifted(dispute.caseId(), 1, "withdrawn", NOW, DPO));
            fixture.given(history(dispute.open(), restricted(1),
                            new PersonalDataRestrictionLifted(dispute.caseId(), 1, "withdrawn", NOW, DPO)))
                    .when(dispute.refuse("李四", DisputeEvents.REFUSAL_REASON))
                    .expectEvents(dispute.refused("李四"));
        }

        @Test
        void only_a_restricted_subject_is_lifted() {
            fixture.given(dispute.open())
                    .when(new LiftPersonalDataRestriction(dispute.caseId(), 1, "withdrawn", NOW, OFFICER))
                    .expectException(violates(CaseRule.NOT_RESTRICTED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Erasure {

        @Test
        void is_refused_while_the_case_is_open_because_retention_applies() {
            keys.keyFor(SealedValue.subject(dispute.caseId(), 1));
            fixture.given(dispute.open())
                    .when(erase(1))
                    .expectException(violates(CaseRule.RETENTION_APPLIES))
                    .expectNoEvents();
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 1))).isPresent();
        }

        @Test
        void is_refused_until_the_retention_period_ends_with_the_date_it_becomes_possible() {
            keys.keyFor(SealedValue.subject(dispute.caseId(), 1));
            List<Object> failed = history(dispute.open(), dispute.closed(Outcome.MEDIATION_FAILED, null, Level.GRID));
            Instant possible = NOW.atZone(ZoneId.of("Asia/Shanghai")).plusYears(3).toInstant();
            fixture.given(failed)
                    .when(erase(1))
                    .expectException(allOf(violates(CaseRule.RETENTION_APPLIES), possibleFrom(possible)))
                    .expectNoEvents();
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 1))).isPresent();
            CaseFixtures.fixture(Clock.fixed(possible, ZoneId.of("Asia/Shanghai"))).given(failed)
                    .when(erase(1))
                    .expectEvents(erased(1));
        }

        @Test
        void the_period_is_the_kind_and_outcomes_else_the_kinds_else_the_default() {
            assertThat(CaseFixtures.RETENTION.period(CaseKind.PETITION, Outcome.NOT_ACCEPTED)).isEqualTo(
                    RetentionSchedule.DEFAULT);
            assertThat(CaseFixtures.RETENTION.period(CaseKind.DISPUTE, Outcome.WITHDRAWN)).isEqualTo(Period.ZERO);
            assertThat(CaseFixtures.RETENTION.period(CaseKind.DISPUTE, Outcome.RESOLVED)).isEqualTo(Period.ofYears(3));
        }

        @Test
        void destroys_the_subjects_key_on_a_closed_case() {
            keys.keyFor(SealedValue.subject(dispute.caseId(), 1));
            keys.keyFor(SealedValue.subject(dispute.caseId(), 2));
            fixture.given(dispute.closed())
                    .when(erase(1))
                    .expectEvents(erased(1));
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 1))).isEmpty();
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 2))).isPresent();
        }

        @Test
        void of_a_restricted_subject_is_allowed() {
            fixture.given(history(dispute.closed(), restricted(2)))
                    .when(erase(2))
                    .expectEvents(erased(2));
        }

        @Test
        void repeated_appends_nothing_and_destroys_the_key_again() {
            keys.keyFor(SealedValue.subject(dispute.caseId(), 1));
            fixture.given(history(dispute.closed(), erased(1)))
                    .when(erase(1))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 1))).isEmpty();
        }

        @Test
        void once_a_subject_is_erased_nothing_of_theirs_is_recorded_again() {
            fixture.given(history(dispute.closed(), erased(1)))
                    .when(dispute.refuse("李四", DisputeEvents.REFUSAL_REASON))
                    .expectException(violates(CaseRule.DATA_SUBJECT_ERASED))
                    .expectNoEvents();
            fixture.given(history(dispute.closed(), erased(2)))
                    .when(dispute.refuse("李四", DisputeEvents.REFUSAL_REASON))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
            fixture.given(history(dispute.closed(), erased(1)))
                    .when(new RecordDossierExport(dispute.caseId(), "json", 4, null, NOW, new Actor("auditor")))
                    .expectEvents(new DossierExported(dispute.caseId(), "json", 4, null, NOW, new Actor("auditor")));
        }

        @Test
        void an_erased_subject_cannot_be_restricted() {
            fixture.given(history(dispute.closed(), erased(1)))
                    .when(restrict(1))
                    .expectException(violates(CaseRule.DATA_SUBJECT_ERASED))
                    .expectNoEvents();
        }

        /** Nor is the case record (0) a person: the archive keeps it whoever is erased. */
        @Test
        void a_subject_the_case_does_not_name_is_not_found() {
            fixture.given(dispute.closed())
                    .when(erase(3))
                    .expectException(violates(CaseRule.UNKNOWN_DATA_SUBJECT))
                    .expectNoEvents();
            fixture.given(dispute.closed())
                    .when(erase(SealedValue.CASE_RECORD))
                    .expectException(violates(CaseRule.UNKNOWN_DATA_SUBJECT))
                    .expectNoEvents();
        }
    }

    /** The case record's key (the staff's texts), destroyed at the end of the retention period (issue 18). */
    @Nested
    class CaseRecordDestruction {

        private final String record = SealedValue.subject(dispute.caseId(), SealedValue.CASE_RECORD);

        private DestroyCaseRecord destroy() {
            return new DestroyCaseRecord(dispute.caseId(), REASON, NOW, DPO);
        }

        @Test
        void is_refused_while_the_case_is_open() {
            keys.keyFor(record);
            fixture.given(dispute.open())
                    .when(destroy())
                    .expectException(violates(CaseRule.RETENTION_APPLIES))
                    .expectNoEvents();
            assertThat(keys.find(record)).isPresent();
        }

        @Test
        void is_refused_until_the_retention_period_ends_with_that_date_then_destroys_the_key() {
            keys.keyFor(record);
            List<Object> failed = history(dispute.open(), dispute.closed(Outcome.MEDIATION_FAILED, null, Level.GRID));
            Instant possible = NOW.atZone(ZoneId.of("Asia/Shanghai")).plusYears(3).toInstant();
            fixture.given(failed)
                    .when(destroy())
                    .expectException(allOf(violates(CaseRule.RETENTION_APPLIES), possibleFrom(possible)))
                    .expectNoEvents();
            assertThat(keys.find(record)).isPresent();
            CaseFixtures.fixture(Clock.fixed(possible, ZoneId.of("Asia/Shanghai")), keys).given(failed)
                    .when(destroy())
                    .expectEvents(erased(SealedValue.CASE_RECORD));
            assertThat(keys.find(record)).isEmpty();
        }

        @Test
        void leaves_the_persons_keys_and_afterwards_no_staff_text_is_recorded() {
            keys.keyFor(record);
            keys.keyFor(SealedValue.subject(dispute.caseId(), 1));
            fixture.given(dispute.closed())
                    .when(destroy())
                    .expectEvents(erased(SealedValue.CASE_RECORD));
            assertThat(keys.find(record)).isEmpty();
            assertThat(keys.find(SealedValue.subject(dispute.caseId(), 1))).isPresent();
            fixture.given(history(dispute.closed(), erased(SealedValue.CASE_RECORD)))
                    .when(destroy())
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void needs_a_reason() {
            fixture.given(dispute.closed())
                    .when(new DestroyCaseRecord(dispute.caseId(), " ", NOW, DPO))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }
    }
}
