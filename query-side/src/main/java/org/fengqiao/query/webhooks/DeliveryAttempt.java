package org.fengqiao.query.webhooks;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a subscription's delivery log: which event, which attempt, the receiver's HTTP status (0: no answer),
 * how long it took, and what came of it ({@code DELIVERED}, {@code RETRY}, {@code DEAD_LETTERED}).
 */
@Document("webhook_deliveries")
record DeliveryAttempt(
        String subscriptionId,
        String eventId,
        String type,
        String caseId,
        long sequence,
        int attempt,
        int status,
        long latencyMillis,
        String outcome,
        Instant at) {
}
