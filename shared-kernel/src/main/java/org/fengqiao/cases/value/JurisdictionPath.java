package org.fengqiao.cases.value;

/**
 * Where a case lives: its sub-district, the community or village above its grid, and the grid. Copied into the intake
 * event so that every consumer can place the case without the reference data of the day.
 */
public record JurisdictionPath(NodeCode subDistrict, NodeCode community, NodeCode grid) {

    public JurisdictionPath {
        java.util.Objects.requireNonNull(subDistrict, "subDistrict");
        java.util.Objects.requireNonNull(community, "community");
        java.util.Objects.requireNonNull(grid, "grid");
    }

    /** Whether this path lies in the subtree of {@code node}. */
    public boolean within(NodeCode node) {
        return subDistrict.equals(node) || community.equals(node) || grid.equals(node);
    }
}
