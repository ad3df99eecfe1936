package org.fengqiao.boards;

import java.util.Map;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;

/**
 * The figures of one node: the {@link OpenCases} now, and what happened in the window, each event counted on the
 * calendar day of its business time ({@code occurredAt}: received, held, agreed, closed).
 *
 * <ul>
 *   <li>{@code received}, {@code closed}: cases received and closed in the window; {@code closedByOutcome} splits the
 *       closures, with every outcome present.</li>
 *   <li>{@code medianDaysToClose}: the median, over the cases closed in the window, of the calendar days from the day
 *       of receipt to the day of closure; {@code null} when none was closed.</li>
 *   <li>{@code resolution}: the Fengqiao figure, where the cases closed as resolved in the window were resolved.</li>
 *   <li>{@code meetings}: meetings held in the window, by type (every type present); {@code agreements}: handling
 *       plans and mediation agreements reached in the window.</li>
 *   <li>{@code satisfaction}: the satisfaction given at the closures in the window (every value present; a closure
 *       without one is not counted).</li>
 *   <li>{@code followUp}: follow-up visits after closure and rework ({@link FollowUpFigures}): the follow-up rate and
 *       the satisfaction the follow-ups found, not only the closing officer's own entry.</li>
 * </ul>
 */
public record BoardFigures(
        OpenCases open,
        long received,
        long closed,
        Map<Outcome, Long> closedByOutcome,
        Double medianDaysToClose,
        ResolutionLevels resolution,
        Map<MeetingType, Long> meetings,
        long agreements,
        Map<Satisfaction, Long> satisfaction,
        FollowUpFigures followUp) {

    /** Figures without follow-ups (none counted). */
    public BoardFigures(OpenCases open, long received, long closed, Map<Outcome, Long> closedByOutcome,
            Double medianDaysToClose, ResolutionLevels resolution, Map<MeetingType, Long> meetings, long agreements,
            Map<Satisfaction, Long> satisfaction) {
        this(open, received, closed, closedByOutcome, medianDaysToClose, resolution, meetings, agreements,
                satisfaction, null);
    }

    public BoardFigures {
        closedByOutcome = BoardMaps.copy(closedByOutcome);
        meetings = BoardMaps.copy(meetings);
        satisfaction = BoardMaps.copy(satisfaction);
        followUp = followUp == null ? FollowUpFigures.of(0, 0, Map.of(), 0) : followUp;
    }
}
