package org.fengqiao.boards;

/**
 * The Fengqiao figure ("small matters do not leave the village or community, big matters do not leave the
 * sub-district, disputes are not passed upward"): of the {@code resolved} cases (closed as RESOLVED in the window), how
 * many were resolved at the community or below (grid and community levels together), at the sub-district, and how
 * many were passed up to the district. The three counts add up to {@code resolved}.
 */
public record ResolutionLevels(long resolved, LevelShare communityOrBelow, LevelShare subDistrict, LevelShare passedUp) {
}
