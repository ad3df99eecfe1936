package org.fengqiao.boards;

import java.time.Instant;
import org.fengqiao.cases.value.NodeCode;

/**
 * Asks for the status board of one node of the jurisdiction tree (a sub-district, a community or village, a grid)
 * over the time window [{@code from}, {@code to}). Answered with a {@link BoardView}; as a subscription query, every
 * change of the node's figures brings a fresh {@code BoardView} as an update.
 *
 * <p>Every component may be {@code null}: no {@code node} means the root of the tree; no {@code from} or {@code to}
 * means the last 30 calendar days, today included. Flows are counted per calendar day in the deployment's time zone,
 * so the window is widened to whole days: from the start of the day of {@code from} to the end of the day before
 * {@code to} (the end of the day of {@code to} when it is not a midnight). A window longer than the configured maximum
 * (400 days by default) is refused.
 *
 * <p>Keep the window fields as given by the caller (do not replace {@code null} by "now"): an open window slides with
 * the clock each time the board is computed again for a subscription.
 */
public record FindBoard(NodeCode node, Instant from, Instant to) {

    /** The root's board over the default window. */
    public static FindBoard root() {
        return new FindBoard(null, null, null);
    }
}
