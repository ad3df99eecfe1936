package org.fengqiao.cases.common;

/** The resident's satisfaction at closure. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
