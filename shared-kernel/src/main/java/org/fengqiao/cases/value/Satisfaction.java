package org.fengqiao.cases.value;

/** The resident's satisfaction at closure. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
