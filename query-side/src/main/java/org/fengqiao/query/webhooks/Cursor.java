package org.fengqiao.query.webhooks;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a subscription's reader stands: the tracking token of the last event it is done with (delivered, skipped or
 * dead-lettered), stored after processing, and the state of the delivery it is retrying: attempts so far and when
 * the next is due. Kept in MongoDB, so a restart resumes the retries where they were.
 */
@Document("webhook_cursors")
record Cursor(
        @Id String subscriptionId,
        String tokenType,
        String token,
        int attempts,
        Instant nextAttemptAt) {
}
