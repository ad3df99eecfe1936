package org.fengqiao.cases.query;

/**
 * Where a unit named in a case's dispatch stands ({@link DispatchView#units()}): to sign for the case, signed (or
 * bound to handle it by a refused return), asking to return it (awaiting the dispatcher's decision), or returned (the
 * return approved: a co-unit is off the case, a lead unit handed it back to be dispatched again).
 */
public enum DispatchStanding {
    TO_SIGN,
    SIGNED,
    RETURN_REQUESTED,
    RETURNED
}
