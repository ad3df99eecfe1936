package org.fengqiao.jurisdiction;

import java.util.List;

/** The tree as callers see it: nested nodes from the sub-district down to the grids, and the handling units. */
public record JurisdictionView(List<Node> nodes, List<Unit> units) {

    /** A node with its children. */
    public record Node(String code, String name, NodeLevel level, List<Node> children) {
    }

    /** A handling unit with the level it handles cases at and the node it belongs to. */
    public record Unit(String code, String name, String level, String node) {
    }
}
