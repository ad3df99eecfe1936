package org.fengqiao.cases.lifecycle;

/** How a notice was served on the petitioner: in person, by post, by text message or online. */
public enum NoticeMethod {
    IN_PERSON,
    POST,
    SMS,
    ONLINE
}
