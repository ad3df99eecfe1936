package org.fengqiao.cases.lifecycle;

/**
 * The documents served on a petitioner (告知 / 送达): the acceptance and the non-acceptance decision (信访工作条例
 * Art. 32), the extension of the handling limit with its reason (Art. 35) and the written reply (Art. 33).
 */
public enum NoticeType {
    ACCEPTANCE,
    NON_ACCEPTANCE,
    EXTENSION,
    REPLY
}
