package org.fengqiao.cases.petition;

/** The stages after a written reply: review (复查) by the next-higher body, then re-review (复核), then nothing. */
public enum ReviewStage {
    REVIEW,
    RE_REVIEW
}
