package org.fengqiao.boards;

import java.util.Map;
import org.fengqiao.cases.value.Satisfaction;

/**
 * Follow-up visits (回访) and rework (重办) in a board's window, each counted on the day of its business time:
 * {@code due}, closures that call for a follow-up (RESOLVED, MEDIATION_FAILED, REFERRED); {@code followedUp}, closures
 * followed up for the first time; {@code rate}, followedUp / due ({@code null} when nothing was due; a follow-up in the
 * window of a closure before it counts too, so the rate of a short window may pass 1); {@code followUps}, every
 * follow-up recorded (one per person or representative), split by the satisfaction they found in
 * {@code satisfaction} (every value present); {@code satisfactionRate}, the share of SATISFIED and BASICALLY_SATISFIED
 * among them ({@code null} without any); {@code reworked}, cases reopened for rework.
 */
public record FollowUpFigures(
        long due,
        long followedUp,
        Double rate,
        long followUps,
        Map<Satisfaction, Long> satisfaction,
        Double satisfactionRate,
        long reworked) {

    public FollowUpFigures {
        satisfaction = BoardMaps.copy(satisfaction);
    }

    /** The figures of these counts, with their rates. */
    public static FollowUpFigures of(long due, long followedUp, Map<Satisfaction, Long> satisfaction, long reworked) {
        long followUps = satisfaction.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = satisfaction.getOrDefault(Satisfaction.SATISFIED, 0L)
                + satisfaction.getOrDefault(Satisfaction.BASICALLY_SATISFIED, 0L);
        return new FollowUpFigures(due, followedUp, due == 0 ? null : (double) followedUp / due, followUps,
                satisfaction, followUps == 0 ? null : (double) satisfied / followUps, reworked);
    }
}
