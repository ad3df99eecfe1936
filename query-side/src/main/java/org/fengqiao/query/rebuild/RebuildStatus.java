package org.fengqiao.query.rebuild;

import java.time.Instant;
import java.util.List;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Where a rebuild stands. Positions are the event store's global positions (the tracking tokens' {@code position()});
 * {@code headPosition} is the newest event the rebuild has seen in the store; {@code eventsPerSecond} the rate of
 * reading and folding from the start to the switch; {@code estimatedSecondsLeft} the distance to the head at that rate
 * (null until there is a rate).
 *
 * @param failure what went wrong, for FAILED, or what was left undone after a successful switch; null otherwise
 */
public record RebuildStatus(
        State state,
        Instant startedAt,
        Instant finishedAt,
        long eventsDone,
        double eventsPerSecond,
        long position,
        long headPosition,
        Long estimatedSecondsLeft,
        List<Projection> projections,
        String failure) {

    public enum State {
        /** Reading the history into the new generation while the live processors keep the active one. */
        RUNNING,
        /** Live processors stopped; reading the last events, then moving the pointers and restarting them. */
        SWITCHING,
        DONE,
        /** Nothing was switched; the active generation is untouched and the new one dropped. */
        FAILED
    }

    /**
     * One read model's part: the generation it is rebuilt from and into, the events folded into it and the time its
     * folds took (the rest of a rebuild is reading the event store).
     */
    public record Projection(@NotPersonalData("the name of a projection") String name, long fromGeneration,
            long toGeneration, long eventsFolded, double foldSeconds) {
    }
}
