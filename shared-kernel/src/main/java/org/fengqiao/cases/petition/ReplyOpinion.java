package org.fengqiao.cases.petition;

/** The opinion a written reply gives: support the request, explain, or do not support it. */
public enum ReplyOpinion {
    SUPPORT,
    EXPLAIN,
    NOT_SUPPORT
}
