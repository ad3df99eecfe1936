package org.fengqiao.query.eventstore;

import java.time.Duration;
import org.fengqiao.query.common.QueryRejection;

/**
 * The event store could not be read to its head (unreachable, or no event arrived for too long): answered 503
 * {@code EVENT_STORE_UNAVAILABLE} with {@code Retry-After}, never a figure computed from part of the store.
 */
public final class EventStoreUnavailable extends QueryRejection {

    static final String CODE = "EVENT_STORE_UNAVAILABLE";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public EventStoreUnavailable(String detail, Throwable cause) {
        super(Reason.UNAVAILABLE, CODE, "Event store unavailable", detail, null, cause);
        retryAfter(RETRY_AFTER);
    }
}
