package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignallingEventStoreTest {

    private SignallingEventStore store;

    private SignallingEventStore store(Duration safetyNet) {
        store = new SignallingEventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()),
                Duration.ZERO, safetyNet);
        return store;
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    /** Appends an event every 50 ms until the latch opens (the watcher may start following after the first ones). */
    private void appendUntil(CountDownLatch latch) throws InterruptedException {
        for (int i = 0; i < 200 && !latch.await(50, TimeUnit.MILLISECONDS); i++) {
            store.publish(GenericEventMessage.asEventMessage("event " + i));
        }
    }

    @Test
    void an_append_wakes_a_waiting_stream_once_its_events_are_readable() throws Exception {
        store(Duration.ofHours(1));
        TrackingEventStream stream = store.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        AtomicBoolean readable = new AtomicBoolean();

        assertThat(stream.setOnAvailableCallback(() -> {
            readable.set(stream.hasNextAvailable());
            woken.countDown();
        })).isTrue();
        appendUntil(woken);

        assertThat(woken.getCount()).isZero();
        assertThat(readable).isTrue();
        stream.close();
    }

    @Test
    void a_closed_stream_is_not_woken() throws Exception {
        store(Duration.ofHours(1));
        TrackingEventStream closed = store.openStream(null);
        AtomicInteger closedCalls = new AtomicInteger();
        closed.setOnAvailableCallback(closedCalls::incrementAndGet);
        closed.close();
        TrackingEventStream open = store.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        open.setOnAvailableCallback(woken::countDown);

        appendUntil(woken);

        assertThat(woken.getCount()).isZero();
        assertThat(closedCalls).hasValue(0);
        open.close();
    }

    @Test
    void without_appends_a_waiting_stream_is_still_woken_at_the_safety_net_interval() throws Exception {
        store(Duration.ofMillis(20));
        TrackingEventStream stream = store.openStream(null);
        CountDownLatch woken = new CountDownLatch(3);
        stream.setOnAvailableCallback(woken::countDown);

        assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
        stream.close();
    }
}
