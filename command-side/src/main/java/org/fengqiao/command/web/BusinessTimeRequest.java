package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The optional body of a command that needs nothing else (a hearing's start or end): when it happened
 * ({@code occurredAt}, default now) and, when a supervisor dates it more than the allowed days back, why.
 */
public record BusinessTimeRequest(
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {

    /** The business time of an absent body: none given. */
    static Instant occurredAt(BusinessTimeRequest body) {
        return body == null ? null : body.occurredAt();
    }
}
