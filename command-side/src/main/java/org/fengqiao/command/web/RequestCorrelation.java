package org.fengqiao.command.web;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.fengqiao.command.cases.lifecycle.BusinessTimePolicy;
import org.springframework.stereotype.Component;

/**
 * Axon's correlation data with the HTTP request's id: every event a command causes gets {@code correlationId} = the
 * request's {@code X-Request-Id} (which {@link CaseCommands} puts on the command) and {@code traceId}; without one,
 * both are the message's id, as with Axon's own {@code MessageOriginProvider}, which this replaces. A supervisor's
 * reason for dating a command further back ({@link BusinessTimePolicy#REASON}) goes onto its events as well, and so
 * does the hash of the request's idempotency key, by which a retry learns that the command committed.
 */
@Component
class RequestCorrelation implements CorrelationDataProvider {

    static final String CORRELATION_ID = "correlationId";
    static final String TRACE_ID = "traceId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(TRACE_ID, message.getMetaData().getOrDefault(TRACE_ID, message.getIdentifier()));
        Object idempotencyKey = message.getMetaData().get(CommittedRequests.IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            data.put(CommittedRequests.IDEMPOTENCY_KEY, idempotencyKey);
        }
        Object reason = message.getMetaData().get(BusinessTimePolicy.REASON);
        if (reason != null) {
            data.put(BusinessTimePolicy.REASON, reason);
        }
        return data;
    }
}
