package org.fengqiao.query.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.fengqiao.integrity.ChainBreak;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.integrity.ChainVerifier;
import org.fengqiao.personaldata.NotPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verification of every chain in the store (admin), in the background: one pass over the events in store order up
 * to the head at the start, a {@link ChainVerifier} per stream, so the cost is one read of each event. Progress and,
 * at the end, every broken chain are in {@link #status()}. One run at a time.
 */
public class VerificationRun implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(VerificationRun.class);

    /** What a run is doing. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    /** One broken chain found by a run. */
    public record BrokenChain(
            String aggregateId,
            long sequence,
            ChainBreak.Reason reason,
            @NotPersonalData("sequence numbers, event types and hashes only") String detail) {
    }

    /** A run's progress, or its result once {@code DONE}. */
    public record Status(State state, Instant startedAt, Instant finishedAt, long upToPosition, long totalEvents,
                         long eventsChecked, long chains, long eventsPerSecond, List<BrokenChain> broken,
                         String error) {
    }

    private final StoredEvents events;
    private final ChainKeys keys;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chain-verification");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong checked = new AtomicLong();
    private volatile long lastChains;
    private volatile Status status = new Status(State.IDLE, null, null, 0, 0, 0, 0, 0, List.of(), null);

    public VerificationRun(StoredEvents events, ChainKeys keys, Clock clock) {
        this.events = events;
        this.keys = keys;
        this.clock = clock;
    }

    /** Starts a run unless one is running; answers whether it started. */
    public synchronized boolean start() {
        if (status.state() == State.RUNNING) {
            return false;
        }
        long head = events.headPosition();
        checked.set(0);
        // while running, the positions up to the head bound the total; once done, it is the number of events checked
        status = new Status(State.RUNNING, clock.instant(), null, head, Math.max(0, head), 0, 0, 0, List.of(), null);
        executor.execute(() -> run(head));
        return true;
    }

    public Status status() {
        Status current = status;
        if (current.state() != State.RUNNING) {
            return current;
        }
        long done = checked.get();
        return new Status(State.RUNNING, current.startedAt(), null, current.upToPosition(), current.totalEvents(),
                done, current.chains(), rate(done, current.startedAt(), clock.instant()), List.of(), null);
    }

    /** Verifies every chain up to {@code upTo} in the calling thread and answers the broken ones. */
    public List<BrokenChain> verifyAll(long upTo) {
        Map<String, ChainVerifier> chains = new HashMap<>();
        events.scan(upTo, event -> {
            chains.computeIfAbsent(event.aggregateId(), id -> new ChainVerifier(id, keys)).accept(event);
            checked.incrementAndGet();
        });
        List<BrokenChain> broken = new ArrayList<>();
        chains.forEach((id, verifier) -> {
            ChainBreak found = verifier.firstBreak();
            if (found != null) {
                broken.add(new BrokenChain(id, found.sequence(), found.reason(), found.detail()));
            }
        });
        broken.sort((a, b) -> a.aggregateId().compareTo(b.aggregateId()));
        lastChains = chains.size();
        return broken;
    }


    private void run(long head) {
        Status started = status;
        try {
            List<BrokenChain> broken = verifyAll(head);
            Instant finished = clock.instant();
            long done = checked.get();
            status = new Status(State.DONE, started.startedAt(), finished, head, done, done,
                    lastChains, rate(done, started.startedAt(), finished), List.copyOf(broken), null);
            logger.info("Chain verification: {} events in {} chains, {} broken", done, lastChains, broken.size());
        } catch (RuntimeException e) {
            logger.error("Chain verification failed", e);
            status = new Status(State.FAILED, started.startedAt(), clock.instant(), head, started.totalEvents(),
                    checked.get(), 0, 0, List.of(), e.getClass().getSimpleName());
        }
    }

    private static long rate(long events, Instant from, Instant to) {
        long millis = Math.max(1, Duration.between(from, to).toMillis());
        return events * 1000 / millis;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
