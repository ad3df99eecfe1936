package org.fengqiao.jurisdiction;

import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.personaldata.NotPersonalData;

/** One node of the tree: a sub-district, a community or village, or a grid; {@code parent} is null at the root. */
public record JurisdictionNode(
        NodeCode code,
        @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
        NodeLevel level,
        NodeCode parent) {
}
