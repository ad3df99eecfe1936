package org.fengqiao.query.boardhistory;

import java.time.Instant;
import java.util.List;
import org.fengqiao.query.boards.BoardHistory;

/**
 * The cases behind one board figure as the board showed it at {@code asOf}: {@code value} is the figure, the sum of the
 * cases' amounts; each case lists the events (sequence, type, business and recording time, +1/-1) that put it there.
 * {@code withheld}: how many cases behind the figure are confidential cases the caller may not see, counted in
 * {@code value} but left out of {@code cases}.
 */
public record FigureCasesView(
        String node,
        String figure,
        Instant asOf,
        Instant windowFrom,
        Instant windowTo,
        long value,
        List<BoardHistory.FigureCase> cases,
        int withheld) {
}
