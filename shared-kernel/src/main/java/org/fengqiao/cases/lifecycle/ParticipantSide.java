package org.fengqiao.cases.lifecycle;

/**
 * Whose side a meeting's participant is on: a party to the case (a resident, the owners' representatives, a company
 * that is a party), a handling unit or other body (with its unit code: the community, the property company, a
 * bureau), the mediator, a lawyer, the grid worker, or someone else.
 */
public enum ParticipantSide {
    PARTY,
    UNIT,
    MEDIATOR,
    LAWYER,
    GRID_WORKER,
    OTHER
}
