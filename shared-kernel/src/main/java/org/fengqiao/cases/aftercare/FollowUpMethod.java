package org.fengqiao.cases.aftercare;

/** How a follow-up visit (回访) reached the resident. */
public enum FollowUpMethod {
    IN_PERSON,
    PHONE,
    SMS,
    ONLINE
}
