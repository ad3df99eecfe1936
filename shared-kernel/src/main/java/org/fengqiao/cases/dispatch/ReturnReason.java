package org.fengqiao.cases.dispatch;

/** Why a unit asks to return a dispatched case. */
public enum ReturnReason {
    /** 属地不符: the matter lies outside the unit's area. */
    NOT_OUR_AREA,
    /** 职能不符: the matter lies outside the unit's duties. */
    NOT_OUR_DUTY,
    /** 权属不清: who is responsible is unclear. */
    OWNERSHIP_UNCLEAR,
    OTHER
}
