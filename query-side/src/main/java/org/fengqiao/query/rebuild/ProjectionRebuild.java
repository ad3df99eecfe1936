package org.fengqiao.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.fengqiao.query.common.Generations;
import org.fengqiao.query.common.RebuildTarget;
import org.fengqiao.query.rebuild.RebuildStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every {@link RebuildTarget} from the full event history into the next generation of its collections, then
 * switches to it, while the live processors keep the active generation up to date and queries keep reading it.
 *
 * <ol>
 *   <li>RUNNING: one stream from the start of the event store, folded batch by batch into every target's next
 *   generation, until it is a few batches behind the store's head (which moves on while commands arrive).</li>
 *   <li>SWITCHING: the targets' live processors are shut down (gracefully: each finishes its batch and releases its
 *   segments), the stream is read up to the head as it is now, every pointer is moved to the new generation, and the
 *   processors are started again from their own tokens. Their tokens are at or behind that head, so they see again
 *   some events the rebuild already folded into the new generation; both projections skip an event they have already
 *   applied (case views by version, boards by {@code lastSequence}), so that changes nothing.</li>
 *   <li>After a grace period for queries still reading the old generation, its collections are dropped: DONE.</li>
 * </ol>
 * Tokens are never reset, so no {@code @ResetHandler} runs. A failure before the switch leaves the active generation
 * as it was and drops the new one (FAILED); a rebuild interrupted by a stop of the process leaves the new generation
 * behind, and the next rebuild empties it first.
 *
 * <p>The switch only stops this process's processors: with several query-side instances sharing the segments,
 * another instance could go on writing the old generation meanwhile. Run a rebuild with one instance.
 */
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final Configuration axon;
    private final Generations generations;
    private final List<RebuildTarget> targets;
    private final int batchSize;
    private final Duration dropDelay;
    private final Duration logInterval;
    private final Object lock = new Object();
    private volatile Run last;

    /**
     * @param batchSize   events read and folded together
     * @param dropDelay   how long the old generation is kept after the switch, for queries that read it just before
     * @param logInterval least time between two progress lines in the log
     */
    public ProjectionRebuild(Configuration axon, Generations generations, List<RebuildTarget> targets, int batchSize,
                            Duration dropDelay, Duration logInterval) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.axon = axon;
        this.generations = generations;
        this.targets = List.copyOf(targets);
        this.batchSize = batchSize;
        this.dropDelay = dropDelay;
        this.logInterval = logInterval;
    }

    /**
     * Starts a rebuild in a thread of its own and answers its first status.
     *
     * @throws AlreadyRunning when one is running
     */
    public RebuildStatus start() {
        synchronized (lock) {
            Run running = last;
            if (running != null && !running.finished()) {
                throw new AlreadyRunning(running.status());
            }
            List<Slot> slots = targets.stream()
                    .map(target -> new Slot(target, generations.active(target.name())))
                    .toList();
            Run run = new Run(slots);
            last = run;
            run.thread.start();
            return run.status();
        }
    }

    /** The status of the running or last rebuild since this process started; empty if there was none. */
    public Optional<RebuildStatus> status() {
        Run run = last;
        return run == null ? Optional.empty() : Optional.of(run.status());
    }

    /** Stops a running rebuild when the application stops. */
    public void close() throws InterruptedException {
        Run run = last;
        if (run != null && !run.finished()) {
            run.thread.interrupt();
            run.thread.join(Duration.ofSeconds(30).toMillis());
        }
    }

    /** A rebuild was asked for while one is running. */
    public static final class AlreadyRunning extends IllegalStateException {

        private final transient RebuildStatus running;

        AlreadyRunning(RebuildStatus running) {
            super("a replay is running");
            this.running = running;
        }

        public RebuildStatus running() {
            return running;
        }
    }

    /** One target's generations and the work done for it; written by the replay thread only. */
    private static final class Slot {

        final RebuildTarget target;
        final long from;
        final long to;
        volatile long folded;
        volatile long foldNanos;

        Slot(RebuildTarget target, long from) {
            this.target = target;
            this.from = from;
            this.to = from + 1;
        }

        RebuildStatus.Projection status() {
            return new RebuildStatus.Projection(target.name(), from, to, folded, foldNanos / 1e9);
        }
    }

    private final class Run {

        final Thread thread = new Thread(this::execute, "projection-replay");
        final Instant startedAt = Instant.now();
        final long startedNanos = System.nanoTime();
        final List<Slot> slots;
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;
        volatile long finishedNanos;
        volatile long switchedNanos;
        volatile long eventsDone;
        volatile long position = -1;
        volatile long headPosition = -1;
        volatile String failure;
        long loggedNanos = startedNanos;

        Run(List<Slot> slots) {
            this.slots = slots;
            thread.setDaemon(true);
        }

        boolean finished() {
            return finishedAt != null;
        }

        void execute() {
            boolean switched = false;
            try {
                for (Slot slot : slots) {
                    slot.target.prepare(slot.to);
                }
                log.info("Replay started: {}", slots.stream()
                        .map(s -> s.target.name() + " generation " + s.from + " -> " + s.to).toList());
                List<EventProcessor> stopped = new ArrayList<>();
                try (BlockingStream<TrackedEventMessage<?>> stream = axon.eventStore().openStream(null)) {
                    catchUp(stream);
                    state = State.SWITCHING;
                    logProgress();
                    stopLiveProcessors(stopped);
                    readUpTo(stream, head());
                    for (Slot slot : slots) {
                        generations.activate(slot.target.name(), slot.to);
                    }
                    switched = true;
                    switchedNanos = System.nanoTime();
                } finally {
                    restart(stopped);
                }
                log.info("Replay switched to the new generations after {} events", eventsDone);
                Thread.sleep(dropDelay.toMillis());
                for (Slot slot : slots) {
                    slot.target.drop(slot.from);
                }
                finish(State.DONE, null);
            } catch (InterruptedException e) {
                fail(switched, "interrupted", e);
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                fail(switched, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }

        /**
         * Folds laps of the history while the live processors run: each lap up to the head as it was when the lap
         * began. Stops when what is left behind the head is a few batches, or when a lap did not shrink it (commands
         * arrive faster than the rebuild reads; the switch then reads the rest with the live processors stopped).
         */
        private void catchUp(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
            long behind = Long.MAX_VALUE;
            while (true) {
                long goal = head();
                headPosition = Math.max(headPosition, goal);
                long left = goal - position;
                if (left <= 4L * batchSize || left >= behind) {
                    return;
                }
                behind = left;
                readUpTo(stream, goal);
            }
        }

        /** Folds batches until the stream has reached {@code goal}, a global position. */
        private void readUpTo(BlockingStream<TrackedEventMessage<?>> stream, long goal) throws InterruptedException {
            headPosition = Math.max(headPosition, goal);
            while (position < goal) {
                if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    continue;
                }
                List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize);
                long read = 0;
                long reached = position;
                while (read < batchSize && stream.hasNextAvailable()) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    read++;
                    reached = event.trackingToken().position().orElse(reached);
                    if (event instanceof DomainEventMessage<?> domainEvent) {
                        batch.add(domainEvent);
                    }
                }
                fold(batch);
                eventsDone += read;
                position = reached;
                if (System.nanoTime() - loggedNanos >= logInterval.toNanos()) {
                    headPosition = Math.max(headPosition, head());
                    logProgress();
                }
            }
        }

        private void fold(List<DomainEventMessage<?>> batch) {
            if (batch.isEmpty()) {
                return;
            }
            for (Slot slot : slots) {
                long began = System.nanoTime();
                slot.target.fold(batch, slot.to);
                slot.foldNanos += System.nanoTime() - began;
                slot.folded += batch.size();
            }
        }

        /** The global position of the newest event in the store, -1 when it is empty. */
        private long head() {
            TrackingToken head = axon.eventStore().createHeadToken();
            if (head == null) {
                return -1;
            }
            return head.position().orElseThrow(
                    () -> new IllegalStateException("the event store's tokens have no position to measure against"));
        }

        private void stopLiveProcessors(List<EventProcessor> stopped) {
            for (Slot slot : slots) {
                Optional<EventProcessor> processor = axon.eventProcessingConfiguration()
                        .eventProcessor(slot.target.name());
                if (processor.isEmpty()) {
                    log.warn("Replay: no event processor {} in this process", slot.target.name());
                } else if (processor.get().isRunning()) {
                    processor.get().shutDown();
                    stopped.add(processor.get());
                }
            }
        }

        private void restart(List<EventProcessor> stopped) {
            for (EventProcessor processor : stopped) {
                try {
                    processor.start();
                } catch (RuntimeException e) {
                    log.error("Replay: event processor {} did not start again", processor.getName(), e);
                }
            }
        }

        private void fail(boolean switched, String reason, Throwable cause) {
            if (switched) {
                log.warn("Replay switched, but the old generations were not all dropped", cause);
                finish(State.DONE, "old generation not dropped: " + reason);
                return;
            }
            log.error("Replay failed after {} events; the active generations are unchanged", eventsDone, cause);
            // a pending interrupt would make the driver refuse the clean-up
            boolean interrupted = Thread.interrupted();
            for (Slot slot : slots) {
                try {
                    // a failure between two pointer moves leaves some moved: move them back before dropping
                    if (generations.active(slot.target.name()) != slot.from) {
                        generations.activate(slot.target.name(), slot.from);
                    }
                    slot.target.drop(slot.to);
                } catch (RuntimeException e) {
                    log.warn("Replay: generation {} of {} not dropped", slot.to, slot.target.name(), e);
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            finish(State.FAILED, reason);
        }

        private void finish(State end, String reason) {
            failure = reason;
            state = end;
            finishedNanos = System.nanoTime();
            finishedAt = Instant.now();
            logProgress();
        }

        private void logProgress() {
            loggedNanos = System.nanoTime();
            RebuildStatus status = status();
            Long left = status.estimatedSecondsLeft();
            log.info("Replay {}: {} events, {} events/s, position {} of {}, {} s left", status.state(),
                    status.eventsDone(), Math.round(status.eventsPerSecond()), status.position(),
                    status.headPosition(), left == null ? "unknown" : left);
        }

        RebuildStatus status() {
            // the rate of reading and folding, without the grace period before the old generation is dropped
            long end = switchedNanos != 0 ? switchedNanos : finished() ? finishedNanos : System.nanoTime();
            double seconds = Math.max(1e-9, (end - startedNanos) / 1e9);
            long done = eventsDone;
            double rate = done / seconds;
            Long left = null;
            if (finished()) {
                left = 0L;
            } else if (done > 0) {
                left = (long) Math.ceil(Math.max(0, headPosition - position) / rate);
            }
            return new RebuildStatus(state, startedAt, finishedAt, done, rate, position, headPosition, left,
                    slots.stream().map(Slot::status).toList(), failure);
        }
    }
}
