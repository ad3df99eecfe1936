package org.fengqiao.launcher.embedded;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's embedded event store whose streams tell a waiting event processor that new events are there. A pooled
 * streaming processor that finds nothing to read asks its stream for a callback; Axon Server's streams give one, the
 * embedded store's do not, so the processor looked again only every 500 ms, and that interval was most of the
 * projection lag (p50 about 300 ms, p99 over 500 ms under the load harness).
 * <p>
 * Here one watcher thread follows the head of the store as a consumer of the embedded store's own cache: the store's
 * producer wakes it when an append commits and it has read the new events, so they are visible to every stream by
 * then. The watcher then runs every registered callback; the processors schedule their coordination at once. It also
 * runs them every {@code safetyNet} (500 ms) when nothing arrives, so a processor never waits longer than it did before
 * (for example for an append the watcher missed while it reopened its stream after an error).
 * <p>
 * Before it signals, the watcher lets {@code gather} pass (default 50 ms): woken for every single event, the
 * processors folded and wrote one event per batch, and under load the projections took two to three times the
 * processor time per event (boards most: one board document written per batch), which the commands paid for on two
 * cores. A few tens of milliseconds gather the events of the concurrent commands into one batch.
 */
final class SignallingEventStore extends EmbeddedEventStore {

    private static final Logger logger = LoggerFactory.getLogger(SignallingEventStore.class);

    private final long gatherMillis;
    private final int safetyNetMillis;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private Thread watcher;
    private volatile boolean stopped;

    SignallingEventStore(EmbeddedEventStore.Builder builder, Duration gather, Duration safetyNet) {
        super(builder);
        this.gatherMillis = gather.toMillis();
        this.safetyNetMillis = Math.toIntExact(safetyNet.toMillis());
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Signalled(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        Thread running;
        synchronized (lock) {
            stopped = true;
            running = watcher;
            watcher = null;
        }
        if (running != null) {
            running.interrupt();
        }
        super.shutDown();
    }

    private boolean register(Runnable callback) {
        synchronized (lock) {
            if (stopped) {
                return false;
            }
            callbacks.add(callback);
            if (watcher == null) {
                watcher = new Thread(this::watch, "event-store-watcher");
                watcher.setDaemon(true);
                watcher.start();
            }
        }
        return true;
    }

    private void watch() {
        while (!stopped) {
            try (TrackingEventStream head = super.openStream(createHeadToken())) {
                while (!stopped) {
                    if (head.hasNextAvailable(safetyNetMillis, TimeUnit.MILLISECONDS)) {
                        if (gatherMillis > 0) {
                            Thread.sleep(gatherMillis);
                        }
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                    }
                    callbacks.forEach(SignallingEventStore::signal);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (stopped) {
                    return;
                }
                logger.warn("The event store's watcher failed; the processors look every {} ms until it reopens",
                        safetyNetMillis, e);
                callbacks.forEach(SignallingEventStore::signal);
                try {
                    Thread.sleep(safetyNetMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void signal(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            logger.warn("An event processor's availability callback failed", e);
        }
    }

    /** A stream of the embedded store that registers its processor's callback with the watcher. */
    private final class Signalled implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        Signalled(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            return register(callback);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}
