package org.fengqiao.boards;

/**
 * A count of resolved cases and its share of all resolved cases, between 0 and 1; the share is {@code null} when no
 * case was resolved, since no share can be told then.
 */
public record LevelShare(long count, Double share) {

    public static LevelShare of(long count, long total) {
        return new LevelShare(count, total == 0 ? null : (double) count / total);
    }
}
