package org.fengqiao.cases.value;

/** The two kinds of case: a petition (信访事项) and a dispute (矛盾纠纷). */
public enum CaseKind {
    PETITION,
    DISPUTE
}
