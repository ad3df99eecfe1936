package org.fengqiao.jurisdiction;

import org.fengqiao.cases.value.Level;

/** The kind of a node in the jurisdiction tree; a DISTRICT, when the data names one, is the sub-district's parent. */
public enum NodeLevel {
    SUB_DISTRICT(Level.SUB_DISTRICT),
    COMMUNITY(Level.COMMUNITY),
    VILLAGE(Level.COMMUNITY),
    GRID(Level.GRID),
    DISTRICT(Level.DISTRICT);

    private final Level caseLevel;

    NodeLevel(Level caseLevel) {
        this.caseLevel = caseLevel;
    }

    /** The level a case handled at this node counts at: villages and communities count alike. */
    public Level caseLevel() {
        return caseLevel;
    }
}
