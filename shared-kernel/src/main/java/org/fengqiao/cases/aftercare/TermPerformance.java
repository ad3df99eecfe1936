package org.fengqiao.cases.aftercare;

/** How far a term of an agreement was performed, as recorded (履行情况). */
public enum TermPerformance {
    PERFORMED,
    PARTLY,
    NOT_PERFORMED
}
