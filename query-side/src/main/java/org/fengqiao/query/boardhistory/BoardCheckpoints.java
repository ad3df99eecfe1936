package org.fengqiao.query.boardhistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.query.boards.BoardHistory;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the board replay, so that a board as of some instant folds only the events after the last checkpoint
 * before it rather than the whole store. One checkpointing {@link BoardHistory.Replay} folds the store in order,
 * every event, and every {@code fengqiao.boards.checkpoint-events} events (default 20,000; 0: no checkpoints) takes a
 * {@link BoardHistory.Delta} of what changed since the previous one; checkpoint k is the position reached and the
 * latest recording time folded so far, and deltas 0..k rebuild its state. It is extended to the store's head at each
 * request, so the first request after a start folds the whole store, as every request did before.
 *
 * <p>Exact for "as of" in recording time with writers whose clocks disagree: a checkpoint serves an instant only if no
 * event it holds was recorded after that instant ({@link Checkpoint#upTo}); every event after its position is then
 * folded or skipped as the full replay would, in the same store order. Memory: the deltas hold each case's board
 * state once per checkpoint interval in which it changed, and copies of the counter documents changed in it; kept in
 * this process only, so a restart starts over.
 */
@Component
public class BoardCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(BoardCheckpoints.class);

    private final EventStoreReader reader;
    private final BoardHistory history;
    private final int every;
    private final List<BoardHistory.Delta> deltas = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private BoardHistory.Replay folding;
    private TrackingToken position;
    private Instant latest = Instant.MIN;
    private long sinceLast;

    BoardCheckpoints(EventStoreReader reader, BoardHistory history,
                     @Value("${fengqiao.boards.checkpoint-events:20000}") int every) {
        this.reader = reader;
        this.history = history;
        this.every = every;
    }

    /** Where a checkpoint stands: after the event at {@code token}, having folded events recorded up to {@code upTo}. */
    private record Checkpoint(TrackingToken token, Instant upTo, int deltas) {
    }

    /** A replay to go on from, and the position after which to read: the empty replay and null for the first event. */
    record Start(BoardHistory.Replay replay, TrackingToken after) {
    }

    /** The latest checkpoint that holds no event recorded after {@code asOf}, restored; extends them first. */
    Start before(Instant asOf) {
        List<BoardHistory.Delta> prefix;
        Checkpoint chosen = null;
        synchronized (this) {
            extend();
            for (Checkpoint checkpoint : checkpoints) {
                if (!checkpoint.upTo().isAfter(asOf)) {
                    chosen = checkpoint;
                }
            }
            prefix = chosen == null ? List.of() : List.copyOf(deltas.subList(0, chosen.deltas()));
        }
        return chosen == null ? new Start(history.replay(false), null)
                : new Start(history.restore(prefix), chosen.token());
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
            position = message.trackingToken();
            if (++sinceLast >= every) {
                deltas.add(folding.takeDelta());
                checkpoints.add(new Checkpoint(position, latest, deltas.size()));
                sinceLast = 0;
            }
            return true;
        });
        if (checkpoints.size() > before) {
            log.info("Board checkpoints: {} new, {} in all, up to position {} ({} ms)", checkpoints.size() - before,
                    checkpoints.size(), EventStoreReader.position(position), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
