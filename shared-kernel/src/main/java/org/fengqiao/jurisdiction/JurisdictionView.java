package org.fengqiao.jurisdiction;

import java.util.List;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The tree as callers see it: nested nodes from the sub-district down to the grids, and the handling units (the
 * district's among them, at level DISTRICT); {@code district} is the node above the sub-district, null when none.
 */
public record JurisdictionView(List<Node> nodes, List<Unit> units, Node district) {

    /** A node with its children. */
    public record Node(
            String code,
            @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
            NodeLevel level,
            List<Node> children) {
    }

    /** A handling unit with the level it handles cases at and the node it belongs to. */
    public record Unit(
            String code,
            @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
            String level,
            String node) {
    }
}
