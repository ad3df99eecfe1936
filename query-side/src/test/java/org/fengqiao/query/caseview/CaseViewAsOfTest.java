package org.fengqiao.query.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCaseAsOf;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A case as of an instant, against an event store whose events were recorded one second apart. */
class CaseViewAsOfTest {

    private static final Instant RECORDED = Instant.parse("2026-07-01T02:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CaseViewAsOf queries = new CaseViewAsOf(eventStore);
    private final CaseId dispute = CaseId.generate();
    private final List<DomainEventMessage<?>> disputeEvents =
            recorded(resolvedDispute(dispute, 1, RECORDED.minusSeconds(86_400)), RECORDED);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void knows_no_state_of_an_unknown_case() {
        assertThat(queries.handle(new FindCaseAsOf(CaseId.generate(), RECORDED))).isNull();
    }

    @Test
    void reads_from_the_first_event_even_when_a_snapshot_exists() {
        eventStore.publish(disputeEvents);
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Dispute", dispute.value(), 3, "a snapshot"));

        assertThat(queries.handle(new FindCaseAsOf(dispute, RECORDED.plusSeconds(60))).version()).isEqualTo(5);
    }

    @Test
    void rebuilds_the_state_at_an_instant_with_the_projections_fold() {
        eventStore.publish(disputeEvents);

        CaseView assigned = queries.handle(new FindCaseAsOf(dispute, RECORDED.plusMillis(1500)));
        CaseView now = queries.handle(new FindCaseAsOf(dispute, RECORDED.plusSeconds(60)));

        assertThat(assigned).isEqualTo(fold(disputeEvents.subList(0, 2)));
        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.version()).isEqualTo(2);
        assertThat(now).isEqualTo(fold(disputeEvents));
        assertThat(queries.handle(new FindCaseAsOf(dispute, RECORDED.minusSeconds(1)))).isNull();
    }

    private static CaseView fold(List<DomainEventMessage<?>> events) {
        CaseView view = null;
        for (DomainEventMessage<?> event : events) {
            view = CaseViewFold.apply(view, (CaseEvent) event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
        }
        return view;
    }
}
