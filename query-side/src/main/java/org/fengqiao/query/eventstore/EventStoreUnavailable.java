package org.fengqiao.query.eventstore;

import org.fengqiao.query.web.QueryProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The event store could not be read to its head (unreachable, or no event arrived for too long): answered 503
 * {@code EVENT_STORE_UNAVAILABLE} with {@code Retry-After}, never a figure computed from part of the store.
 */
public final class EventStoreUnavailable extends ErrorResponseException {

    static final String CODE = "EVENT_STORE_UNAVAILABLE";
    private static final long RETRY_AFTER_SECONDS = 5;

    public EventStoreUnavailable(String detail, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, QueryProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE,
                "Event store unavailable", detail, null).getBody(), cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
    }
}
