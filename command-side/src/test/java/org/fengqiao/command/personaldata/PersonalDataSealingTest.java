package org.fengqiao.command.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationRefused;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.InMemorySubjectKeyStore;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.junit.jupiter.api.Test;

/** Events leave the case with every personal value sealed under the key of the person it belongs to. */
class PersonalDataSealingTest {

    private final InMemorySubjectKeyStore keys = new InMemorySubjectKeyStore();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);
    private final PersonalDataSealing sealing = new PersonalDataSealing(cipher);
    private final PersonalValues values = new PersonalValues(cipher, keys);
    private final DisputeEvents dispute = new DisputeEvents();

    private DomainEventMessage<?> published(Object payload, long sequence) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Dispute", dispute.caseId().value(), sequence,
                payload, MetaData.with("hash", "x"));
        EventMessage<?> out = sealing.handle(List.of(message)).apply(0, message);
        assertThat(out.getIdentifier()).isEqualTo(message.getIdentifier());
        assertThat(out.getTimestamp()).isEqualTo(message.getTimestamp());
        assertThat(out.getMetaData()).isEqualTo(message.getMetaData());
        return (DomainEventMessage<?>) out;
    }

    private DisputeReceived sealedIntake() {
        DisputeReceived plain = (DisputeReceived) dispute.received();
        Party applicant = new Party("张三", "13800000001", plain.parties().get(0).role(), "110101199001011234",
                "果园社区6号楼2单元301");
        DisputeReceived withDetails = new DisputeReceived(plain.caseId(), plain.caseNumber(), plain.source(),
                plain.category(), plain.subject(), plain.content(), plain.jurisdiction(),
                List.of(applicant, plain.parties().get(1)), plain.mediation(), plain.occurredAt(), plain.actor());
        return (DisputeReceived) published(withDetails, 0).getPayload();
    }

    @Test
    void seals_each_party_under_its_own_subject_and_free_text_under_the_first() {
        DisputeReceived sealed = sealedIntake();

        Party applicant = sealed.parties().get(0);
        Party respondent = sealed.parties().get(1);
        assertThat(SealedValue.parse(applicant.name())).get()
                .extracting(SealedValue::kind, SealedValue::subjectNumber).containsExactly(PersonalData.Kind.NAME, 1);
        assertThat(SealedValue.parse(applicant.idNumber())).get()
                .extracting(SealedValue::kind).isEqualTo(PersonalData.Kind.ID_NUMBER);
        assertThat(SealedValue.parse(applicant.address())).get()
                .extracting(SealedValue::kind).isEqualTo(PersonalData.Kind.ADDRESS);
        assertThat(SealedValue.parse(respondent.name())).get()
                .extracting(SealedValue::subjectNumber).isEqualTo(2);
        assertThat(respondent.phone()).isNull();
        assertThat(SealedValue.parse(sealed.content())).get()
                .extracting(SealedValue::kind, SealedValue::subjectNumber).containsExactly(PersonalData.Kind.TEXT, 1);
        assertThat(sealed.subject()).isEqualTo(DisputeEvents.SUBJECT);
        assertThat(sealed.jurisdiction()).isEqualTo(DisputeEvents.PATH);
        assertThat(sealed.toString() + applicant + sealed.parties()).doesNotContain("张三");

        assertThat(values.open(applicant.name())).isEqualTo("张三");
        assertThat(values.open(applicant.phone())).isEqualTo("13800000001");
        assertThat(values.open(applicant.idNumber())).isEqualTo("110101199001011234");
        assertThat(values.open(respondent.name())).isEqualTo("李四");
        assertThat(values.open(sealed.content())).isEqualTo(DisputeEvents.CONTENT);
    }

    @Test
    void seals_the_staffs_texts_under_the_case_record_not_under_a_person() {
        NoteAdded note = (NoteAdded) published(new NoteAdded(dispute.caseId(), "called 张三 back", NOW, OFFICER), 3)
                .getPayload();
        MeetingHeld meeting = (MeetingHeld) published(dispute.mediationSession(), 4).getPayload();
        assertThat(SealedValue.parse(note.text())).get()
                .extracting(SealedValue::subject, SealedValue::subjectNumber)
                .containsExactly(dispute.caseId().value() + "/0", SealedValue.CASE_RECORD);
        assertThat(SealedValue.parse(meeting.minutes())).get().extracting(SealedValue::subjectNumber)
                .isEqualTo(SealedValue.CASE_RECORD);
        assertThat(meeting.participants()).allSatisfy(name -> assertThat(SealedValue.parse(name)).get()
                .extracting(SealedValue::subjectNumber).isEqualTo(SealedValue.CASE_RECORD));
        MediationRefused refusal = (MediationRefused) published(dispute.refused("李四"), 5).getPayload();
        assertThat(SealedValue.parse(refusal.reason())).get().as("what a party said is the first person's")
                .extracting(SealedValue::subjectNumber).isEqualTo(1);
    }

    @Test
    void seals_with_a_fresh_nonce_each_time_and_leaves_sealed_values_as_they_are() {
        NoteAdded note = new NoteAdded(dispute.caseId(), "called 13800000001", NOW, OFFICER);
        NoteAdded once = (NoteAdded) published(note, 3).getPayload();
        NoteAdded again = (NoteAdded) published(note, 3).getPayload();
        assertThat(once.text()).isNotEqualTo(again.text()).doesNotContain("13800000001");
        assertThat(published(once, 3).getPayload()).isEqualTo(once);
    }

    @Test
    void leaves_events_without_personal_data_untouched() {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Dispute", dispute.caseId().value(), 1,
                dispute.handlingLimit());
        assertThat(sealing.handle(List.of(message)).apply(0, message)).isSameAs(message);
    }

    @Test
    void an_erased_subjects_values_no_longer_open_the_case_record_still_does() {
        DisputeReceived sealed = sealedIntake();
        NoteAdded note = (NoteAdded) published(new NoteAdded(dispute.caseId(), "called 张三 back", NOW, OFFICER), 3)
                .getPayload();
        values.destroyKey(SealedValue.subject(dispute.caseId(), 1));
        assertThat(values.open(sealed.parties().get(0).name())).isNull();
        assertThat(values.open(sealed.content())).isNull();
        assertThat(values.open(sealed.parties().get(1).name())).isEqualTo("李四");
        assertThat(values.open(note.text())).isEqualTo("called 张三 back");
    }

    @Test
    void the_case_checks_a_refusing_party_against_the_sealed_names_it_recorded() {
        DisputeReceived sealed = sealedIntake();
        CaseFixtures.fixture(keys)
                .given(sealed)
                .when(dispute.refuse("李四", DisputeEvents.REFUSAL_REASON))
                .expectEvents(dispute.refused("李四"));
    }
}
