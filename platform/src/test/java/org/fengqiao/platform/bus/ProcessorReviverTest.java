package org.fengqiao.platform.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real pooled streaming processor on an event source that is away for a while (every stream it opens fails, as
 * Axon Server's do while it is stopped), long enough for Axon's back-off to reach 8 s: with the reviver checking, the
 * processor handles a new event within a few seconds of the source answering again.
 */
class ProcessorReviverTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final FlakySource source = new FlakySource(store);
    private final List<Object> handled = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor();
    private final PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
            .name("projection")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                    .eventHandlers((org.axonframework.eventhandling.EventMessageHandler) event -> {
                        handled.add(event.getPayload());
                        return null;
                    }).build())
            .messageSource(source)
            .tokenStore(new InMemoryTokenStore())
            .transactionManager(NoTransactionManager.INSTANCE)
            .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
            .workerExecutor(Executors.newScheduledThreadPool(2))
            .build();

    @AfterEach
    void stop() {
        checks.shutdownNow();
        processor.shutDown();
        store.shutDown();
    }

    @Test
    void a_processor_in_error_runs_again_within_seconds_of_its_source_answering() {
        ProcessorReviver reviver = new ProcessorReviver(() -> List.of(processor), () -> !source.down,
                Duration.ofSeconds(1), Clock.systemUTC());
        processor.start();
        await().atMost(Duration.ofSeconds(10)).until(processor::isRunning);
        source.down = true;
        await().atMost(Duration.ofSeconds(10)).until(processor::isError);
        // long enough for Axon's own back-off to have grown to 8 s: 1 + 2 + 4 s of failed attempts
        await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).until(() -> true);
        checks.scheduleWithFixedDelay(reviver::check, 200, 200, TimeUnit.MILLISECONDS);

        source.down = false;
        long back = System.nanoTime();
        store.publish(GenericEventMessage.asEventMessage("after the outage"));

        await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains("after the outage"));
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(4));
        assertThat(processor.isError()).isFalse();
    }

    @Test
    void leaves_a_processor_alone_while_its_source_does_not_answer() {
        ProcessorReviver reviver = new ProcessorReviver(() -> List.of(processor), () -> !source.down,
                Duration.ofSeconds(1), Clock.systemUTC());
        processor.start();
        await().atMost(Duration.ofSeconds(10)).until(processor::isRunning);
        source.down = true;
        await().atMost(Duration.ofSeconds(10)).until(processor::isError);

        assertThat(reviver.check()).isZero();
    }

    /** An event source whose streams fail while it is down. */
    static final class FlakySource implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final EmbeddedEventStore store;
        volatile boolean down;

        FlakySource(EmbeddedEventStore store) {
            this.store = store;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            check();
            BlockingStream<TrackedEventMessage<?>> stream = store.openStream(token);
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    check();
                    return stream.peek();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                    check();
                    return stream.hasNextAvailable(timeout, unit);
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                    check();
                    return stream.nextAvailable();
                }

                @Override
                public void close() {
                    stream.close();
                }
            };
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("UNAVAILABLE: the event store cannot be reached");
            }
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.createHeadToken();
        }
    }
}
