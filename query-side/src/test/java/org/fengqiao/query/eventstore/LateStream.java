package org.fengqiao.query.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A stream that behaves like Axon Server's where it matters: it delivers nothing for {@code delay} after it is opened
 * ({@link #hasNextAvailable()} answers false meanwhile, without waiting), then every event; a wait with a timeout waits
 * for real. After its last event it delivers nothing more.
 */
final class LateStream implements BlockingStream<TrackedEventMessage<?>> {

    private final List<TrackedEventMessage<?>> events;
    private final long deliversFrom;
    private int next;
    boolean closed;

    LateStream(List<TrackedEventMessage<?>> events, Duration delay) {
        this.events = events;
        this.deliversFrom = System.nanoTime() + delay.toNanos();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long until = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < until) {
            if (hasNextAvailable()) {
                return true;
            }
            Thread.sleep(5);
        }
        return hasNextAvailable();
    }

    @Override
    public boolean hasNextAvailable() {
        return System.nanoTime() >= deliversFrom && next < events.size();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() {
        if (!hasNextAvailable()) {
            throw new IllegalStateException("nothing available");
        }
        return events.get(next++);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return hasNextAvailable() ? Optional.of(events.get(next)) : Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
    }
}
