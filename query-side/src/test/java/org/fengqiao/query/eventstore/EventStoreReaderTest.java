package org.fengqiao.query.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.query.common.QueryRejection;
import org.junit.jupiter.api.Test;

/** The whole-store reader reads to the head however late the stream delivers, and never answers from part of it. */
class EventStoreReaderTest {

    private final EventStore store = mock(EventStore.class);

    @Test
    void reads_every_event_to_the_head_when_the_stream_delivers_its_first_events_late() {
        LateStream stream = new LateStream(events(0, 15), Duration.ofMillis(400));
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(14));
        when(store.openStream(null)).thenReturn(stream);

        List<Long> read = new ArrayList<>();
        long head = new EventStoreReader(store, Duration.ofSeconds(5)).readToHead(event -> read.add(position(event)));

        assertThat(head).isEqualTo(14);
        assertThat(read).containsExactlyElementsOf(LongStream.range(0, 15).boxed().toList());
        assertThat(stream.closed).isTrue();
    }

    @Test
    void stops_at_the_head_it_found_first() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(4));
        when(store.openStream(null)).thenReturn(new LateStream(events(0, 10), Duration.ZERO));

        List<Long> read = new ArrayList<>();
        new EventStoreReader(store, Duration.ofSeconds(5)).readToHead(event -> read.add(position(event)));

        assertThat(read).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void reads_nothing_from_an_empty_store() {
        when(store.createHeadToken()).thenReturn(null);

        long head = new EventStoreReader(store, Duration.ofSeconds(5)).readToHead(event -> {
            throw new AssertionError("an empty store has no event");
        });

        assertThat(head).isEqualTo(EventStoreReader.EMPTY);
        verify(store, never()).openStream(any());
    }

    @Test
    void answers_503_when_the_stream_stalls_before_the_head() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(9));
        when(store.openStream(null)).thenReturn(new LateStream(events(0, 5), Duration.ZERO));

        assertThatThrownBy(() -> new EventStoreReader(store, Duration.ofMillis(200)).readToHead(event -> true))
                .isInstanceOfSatisfying(EventStoreUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(QueryRejection.Reason.UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("EVENT_STORE_UNAVAILABLE");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void answers_503_when_the_store_cannot_be_reached() {
        when(store.createHeadToken()).thenThrow(new IllegalStateException("connection refused"));

        assertThatThrownBy(() -> new EventStoreReader(store, Duration.ofSeconds(1)).readToHead(event -> true))
                .isInstanceOf(EventStoreUnavailable.class);
    }

    @Test
    void answers_503_when_the_stream_fails_midway() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(9));
        when(store.openStream(null)).thenReturn(new LateStream(events(0, 10), Duration.ZERO));

        assertThatThrownBy(() -> new EventStoreReader(store, Duration.ofSeconds(1)).readToHead(event -> {
            if (position(event) == 3) {
                throw new IllegalStateException("stream closed by the server");
            }
            return true;
        })).isInstanceOf(EventStoreUnavailable.class);
    }

    private static long position(TrackedEventMessage<?> event) {
        return EventStoreReader.position(event.trackingToken());
    }

    static List<TrackedEventMessage<?>> events(long from, long to) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        for (long i = from; i < to; i++) {
            events.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(i),
                    new GenericDomainEventMessage<>("Case", "case-" + (i % 3), i / 3, "event " + i)));
        }
        return events;
    }
}
