package org.fengqiao.query.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the whole event store, in store order, through Axon's {@link EventStore} stream: one code path for Axon
 * Server, PostgreSQL and SQLite. A read first asks the store for its head, then reads until it has seen the event at
 * the head, however late the engine delivers (Axon Server's stream starts a moment after it is opened). It never
 * stops early on an empty moment: when no event arrives for {@code stall}, or the store cannot be reached, it throws
 * {@link EventStoreUnavailable} (503), so no answer is ever computed from part of the store.
 */
public class EventStoreReader {

    /** The position of an empty store. */
    public static final long EMPTY = -1;

    private final EventStore eventStore;
    private final Duration stall;

    /** @param stall how long to wait for the next event before giving up (setting {@code fengqiao.event-store.stall}) */
    public EventStoreReader(EventStore eventStore, Duration stall) {
        this.eventStore = eventStore;
        this.stall = stall;
    }

    /** The position of the store's last event now, {@value #EMPTY} when it holds none. */
    public long headPosition() {
        try {
            return position(eventStore.createHeadToken());
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** A token from which a stream starts at or before the first event recorded at {@code instant}. */
    public TrackingToken tokenAt(Instant instant) {
        try {
            return eventStore.createTokenAt(instant);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** Feeds every event from the first to the head as it is now to {@code consumer}; answers the head's position. */
    public long readToHead(Predicate<TrackedEventMessage<?>> consumer) {
        long head = headPosition();
        read(null, head, consumer);
        return head;
    }

    /**
     * Feeds the events after {@code from} (null: from the first) up to and including position {@code upTo} to the
     * consumer, in store order, until it answers false.
     */
    public void read(TrackingToken from, long upTo, Predicate<TrackedEventMessage<?>> consumer) {
        if (upTo == EMPTY || from != null && position(from) >= upTo) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
            while (true) {
                if (!stream.hasNextAvailable((int) stall.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new EventStoreUnavailable("The event store delivered no event for " + stall.toSeconds()
                            + " s before reaching position " + upTo + "; retry later.", null);
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = position(event.trackingToken());
                if (position > upTo || !consumer.test(event) || position == upTo) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (EventStoreUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** A token's position; tokens of every engine used here (gap-aware, global sequence) have one. */
    public static long position(TrackingToken token) {
        if (token == null) {
            return EMPTY;
        }
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position: "
                + token.getClass().getSimpleName()));
    }

    private static EventStoreUnavailable unavailable(Exception cause) {
        return new EventStoreUnavailable("The event store cannot be read now; retry later.", cause);
    }
}
