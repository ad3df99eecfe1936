package org.fengqiao.query.webhooks;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event a subscription's receiver did not accept after every attempt, kept with the body it was to receive (no
 * personal values in it), or one that waits behind an earlier dead letter of the same case so that the case's events
 * stay in order. An admin retries them; a delivered one is removed.
 */
@Document("webhook_dead_letters")
record DeadLetter(
        @Id String id,
        String subscriptionId,
        String eventId,
        String caseId,
        long sequence,
        String type,
        String body,
        int attempts,
        String lastError,
        Instant deadLetteredAt) {
}
