package org.fengqiao.query.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.query.CaseStories.escalatedPetition;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.HistoryEntryView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.query.CaseStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail's queries against an event store whose events were recorded one second apart. */
class CaseHistoryQueriesTest {

    private static final Instant RECORDED = Instant.parse("2026-07-01T02:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CaseHistoryQueries queries = new CaseHistoryQueries(eventStore, JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build());
    private final CaseId dispute = CaseId.generate();
    private final List<DomainEventMessage<?>> disputeEvents =
            recorded(resolvedDispute(dispute, 1, RECORDED.minusSeconds(86_400)), RECORDED);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void lists_every_event_oldest_first_with_both_times_and_the_actor() {
        eventStore.publish(disputeEvents);

        CaseHistoryView history = queries.handle(new FindCaseHistory(dispute, null, 0, 20));

        assertThat(history.total()).isEqualTo(5);
        assertThat(history.version()).isEqualTo(5);
        assertThat(history.items()).extracting(HistoryEntryView::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(history.items()).extracting(HistoryEntryView::eventType).containsExactly("DisputeReceived",
                "CaseAssigned", "MeetingHeld", "MediationAgreementReached", "CaseClosed");
        HistoryEntryView assigned = history.items().get(1);
        assertThat(assigned.occurredAt()).isEqualTo(RECORDED.minusSeconds(86_400).plusSeconds(3600));
        assertThat(assigned.recordedAt()).isEqualTo(RECORDED.plusSeconds(1));
        assertThat(assigned.actor()).isEqualTo(CaseStories.ACTOR);
        assertThat(assigned.summary()).isEqualTo("Assigned to SH-FL-MEDIATION at community level, with an officer");
        assertThat(assigned.fields()).containsEntry("unit", "SH-FL-MEDIATION").containsEntry("level", "COMMUNITY");
        assertThat(history.items()).extracting(HistoryEntryView::summary).containsExactly(
                "Dispute SH-2026-000001 received from application in grid SH-FL-G03, category PROPERTY, 2 parties",
                "Assigned to SH-FL-MEDIATION at community level, with an officer",
                "Mediation session held with 3 participants",
                "Mediation agreement reached, to be performed by 2026-07-31",
                "Closed as resolved at community level, resident satisfied");
    }

    @Test
    void keeps_personal_data_in_the_fields_and_out_of_the_summaries() {
        eventStore.publish(disputeEvents);
        eventStore.publish(recorded(escalatedPetition(CaseId.generate(), 2, RECORDED), RECORDED));

        HistoryEntryView received = queries.handle(new FindCaseHistory(dispute, null, 0, 20)).items().get(0);

        assertThat(received.fields().get("content")).isEqualTo(CaseStories.CONTENT);
        assertThat(received.fields().get("parties").toString()).contains(CaseStories.APPLICANT,
                CaseStories.APPLICANT_PHONE);
        assertThat(received.fields().get("occurredAt")).isEqualTo("2026-06-30T02:00:00Z");
        assertThat(received.toString()).doesNotContain(CaseStories.APPLICANT);
        for (HistoryEntryView entry : queries.handle(new FindCaseHistory(dispute, null, 0, 20)).items()) {
            assertThat(entry.summary()).doesNotContain(CaseStories.APPLICANT, CaseStories.APPLICANT_PHONE,
                    CaseStories.CONTENT, "李调解", "li.mediator", "inspect the pipe", "repairs the pipe");
        }
    }

    @Test
    void pages_through_the_history() {
        eventStore.publish(disputeEvents);

        CaseHistoryView second = queries.handle(new FindCaseHistory(dispute, null, 1, 2));
        CaseHistoryView beyond = queries.handle(new FindCaseHistory(dispute, null, 9, 2));

        assertThat(second.items()).extracting(HistoryEntryView::sequence).containsExactly(2L, 3L);
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void as_of_an_instant_holds_the_events_recorded_by_then() {
        eventStore.publish(disputeEvents);

        CaseHistoryView asOf = queries.handle(new FindCaseHistory(dispute, RECORDED.plusMillis(1500), 0, 20));

        assertThat(asOf.items()).extracting(HistoryEntryView::sequence).containsExactly(0L, 1L);
        assertThat(asOf.total()).isEqualTo(2);
        assertThat(asOf.version()).isEqualTo(5);
        assertThat(queries.handle(new FindCaseHistory(dispute, RECORDED.plusSeconds(1), 0, 20)).total())
                .isEqualTo(2);
        assertThat(queries.handle(new FindCaseHistory(dispute, RECORDED.minusMillis(1), 0, 20))).isNull();
    }

    @Test
    void knows_no_history_of_an_unknown_case() {
        assertThat(queries.handle(new FindCaseHistory(CaseId.generate(), null, 0, 20))).isNull();
    }

    @Test
    void reads_from_the_first_event_even_when_a_snapshot_exists() {
        eventStore.publish(disputeEvents);
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Dispute", dispute.value(), 3, "a snapshot"));

        assertThat(queries.handle(new FindCaseHistory(dispute, null, 0, 20)).total()).isEqualTo(5);
    }
}
