package org.fengqiao.query.boardhistory;

import java.time.Instant;
import java.util.List;

/**
 * What changed on a board between two instants: every figure of the node and of each child in its breakdown whose
 * value differs, over the same window. {@code eventsBetween} counts the events recorded in between.
 */
public record BoardChangesView(
        String node,
        Instant from,
        Instant to,
        Instant windowFrom,
        Instant windowTo,
        long eventsBetween,
        List<Change> changes) {

    /** One figure of one node, before and after; a figure with no value (e.g. no median yet) is null. */
    public record Change(String node, String figure, Number before, Number after) {
    }
}
