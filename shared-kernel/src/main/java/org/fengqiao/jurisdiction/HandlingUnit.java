package org.fengqiao.jurisdiction;

import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * A body that handles cases, attached to a node: the street-level task force, judge workstation, joint
 * enforcement centre and petition reception, or a community's mediation committee. A case assigned to it is
 * handled at {@code level}. {@code propertyCompany}: a property management company (物业), which a three-party meeting
 * seats beside the community and the owners.
 */
public record HandlingUnit(
        UnitCode code,
        @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
        Level level,
        NodeCode node,
        boolean propertyCompany) {

    /** A unit that is not a property company. */
    public HandlingUnit(UnitCode code, String name, Level level, NodeCode node) {
        this(code, name, level, node, false);
    }
}
