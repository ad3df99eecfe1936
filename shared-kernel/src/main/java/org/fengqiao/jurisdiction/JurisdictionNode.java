package org.fengqiao.jurisdiction;

import org.fengqiao.cases.common.NodeCode;

/** One node of the tree: a sub-district, a community or village, or a grid; {@code parent} is null at the root. */
public record JurisdictionNode(NodeCode code, String name, NodeLevel level, NodeCode parent) {
}
