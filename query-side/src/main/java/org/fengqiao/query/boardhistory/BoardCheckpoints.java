package org.fengqiao.query.boardhistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.query.boards.BoardHistory;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the board replay, so that a board as of some instant folds only the events after the last checkpoint
 * before it rather than the whole store. One checkpointing {@link BoardHistory.Folding} folds the store in order,
 * every event, and every {@code fengqiao.boards.checkpoint-events} events (default 20,000; 0: no checkpoints) takes a
 * {@link BoardHistory.Delta} of what changed since the previous one; checkpoint k is the position reached, the latest
 * recording time folded so far and the earliest since checkpoint k - 1, and deltas 0..k rebuild its state. It is
 * extended to the store's head at each request, so the first request after a start folds the whole store, as every
 * request did before. A request reads only the checkpoint intervals after its checkpoint that hold an event recorded
 * at or before its instant (with clocks in step: the next one) and the events past the last checkpoint, not the whole
 * store to its head.
 *
 * <p>Exact for "as of" in recording time with writers whose clocks disagree: a checkpoint serves an instant only if no
 * event it holds was recorded after that instant ({@link Checkpoint#upTo}); every event after its position is then
 * folded or skipped as the full replay would, in the same store order, and an interval is skipped only if none of its
 * events was recorded at or before that instant. Memory: the deltas hold each case's board state once per checkpoint
 * interval in which it changed, and copies of the counter documents changed in it; kept in this process only, so a
 * restart starts over.
 */
@Component
public class BoardCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(BoardCheckpoints.class);

    private final EventStoreReader reader;
    private final BoardHistory history;
    private final int every;
    private final List<BoardHistory.Delta> deltas = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private BoardHistory.Folding folding;
    private TrackingToken position;
    private Instant latest = Instant.MIN;
    private Instant earliestSinceLast = Instant.MAX;
    private long sinceLast;

    BoardCheckpoints(EventStoreReader reader, BoardHistory history,
                     @Value("${fengqiao.boards.checkpoint-events:20000}") int every) {
        this.reader = reader;
        this.history = history;
        this.every = every;
    }

    /**
     * Where a checkpoint stands: after the event at {@code token}, having folded events recorded up to {@code upTo};
     * {@code earliest}, the earliest recording time of the events since the previous checkpoint.
     */
    private record Checkpoint(TrackingToken token, Instant upTo, Instant earliest, int deltas) {
    }

    /** Store positions to read: the events after {@code after} (null: from the first) up to {@code upTo}. */
    record Range(TrackingToken after, long upTo) {
    }

    /**
     * A replay to go on from, and the ranges of the store that may hold events recorded at or before the instant
     * asked for; every other event after the replay's position was recorded after it.
     */
    record Start(BoardHistory.Folding replay, List<Range> ranges) {
    }

    /**
     * The latest checkpoint that holds no event recorded after {@code asOf}, restored, and the ranges after it still to
     * read: each later checkpoint interval that holds an event recorded at or before {@code asOf}, and what is past
     * the last checkpoint up to {@code head}. Extends the checkpoints first.
     */
    Start before(Instant asOf, long head) {
        List<BoardHistory.Delta> prefix;
        List<Range> ranges = new ArrayList<>();
        int chosen = -1;
        synchronized (this) {
            extend();
            for (int i = 0; i < checkpoints.size(); i++) {
                if (!checkpoints.get(i).upTo().isAfter(asOf)) {
                    chosen = i;
                }
            }
            TrackingToken after = chosen < 0 ? null : checkpoints.get(chosen).token();
            for (int i = chosen + 1; i < checkpoints.size(); i++) {
                Checkpoint checkpoint = checkpoints.get(i);
                TrackingToken previous = i == 0 ? null : checkpoints.get(i - 1).token();
                if (!checkpoint.earliest().isAfter(asOf)) {
                    ranges.add(new Range(previous, Math.min(head, EventStoreReader.position(checkpoint.token()))));
                }
                after = checkpoint.token();
            }
            ranges.add(new Range(after, head));
            prefix = chosen < 0 ? List.of() : List.copyOf(deltas.subList(0, checkpoints.get(chosen).deltas()));
        }
        return new Start(chosen < 0 ? history.replay(false) : history.restore(prefix), ranges);
    }

    /** Folds the store from the last position to its head, taking a checkpoint every {@link #every} events. */
    private void extend() {
        if (every <= 0) {
            return;
        }
        if (folding == null) {
            folding = history.checkpointing();
        }
        long head = reader.headPosition();
        long started = System.nanoTime();
        int before = checkpoints.size();
        reader.read(position, head, message -> {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof CaseEvent e) {
                folding.apply(e, event.getSequenceNumber(), event.getTimestamp());
            }
            if (message.getTimestamp().isAfter(latest)) {
                latest = message.getTimestamp();
            }
            if (message.getTimestamp().isBefore(earliestSinceLast)) {
                earliestSinceLast = message.getTimestamp();
            }
            position = message.trackingToken();
            if (++sinceLast >= every) {
                deltas.add(folding.takeDelta());
                checkpoints.add(new Checkpoint(position, latest, earliestSinceLast, deltas.size()));
                sinceLast = 0;
                earliestSinceLast = Instant.MAX;
            }
            return true;
        });
        if (checkpoints.size() > before) {
            log.info("Board checkpoints: {} new, {} in all, up to position {} ({} ms)", checkpoints.size() - before,
                    checkpoints.size(), EventStoreReader.position(position), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
