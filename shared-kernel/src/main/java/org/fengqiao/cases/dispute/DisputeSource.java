package org.fengqiao.cases.dispute;

/** How a dispute came to notice: the grid's screening 排查, a party's application, or a referral from another body. */
public enum DisputeSource {
    SCREENING,
    APPLICATION,
    REFERRAL
}
