package org.fengqiao.integrity;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * One event as the event store holds it, before any upcasting: what verification reads back.
 *
 * @param payload    the payload's stored bytes (UTF-8 when the store keeps text)
 * @param occurredAt the payload's top-level {@code occurredAt} as text, or null
 * @param actor      the payload's top-level {@code actor} as text, or null
 * @param hash       the hash recorded in the event's metadata at append time, or null
 * @param position   the event's position in the store (global index), for reports
 * @param recordedAt the event's timestamp as stored (its recording time), or null
 * @param scheme     the metadata's {@value ChainScheme#METADATA} as stored, null for {@link ChainScheme#V1}
 * @param keyId      the metadata's {@value ChainScheme#KEY_METADATA}: the id of the key a keyed hash was made with
 */
public record StoredEvent(
        String aggregateId,
        long sequence,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        String occurredAt,
        @NotPersonalData("a staff account or system client") String actor,
        String hash,
        long position,
        Instant recordedAt,
        String scheme,
        String keyId) {

    /** An event hashed with scheme {@link ChainScheme#V1}, which names neither scheme nor key. */
    public StoredEvent(String aggregateId, long sequence, String payloadType, String payloadRevision, byte[] payload,
            String occurredAt, String actor, String hash, long position) {
        this(aggregateId, sequence, payloadType, payloadRevision, payload, occurredAt, actor, hash, position, null,
                null, null);
    }

    /** The link this event forms when chained after {@code previousHash}. */
    public ChainLink link(byte[] previousHash) {
        return new ChainLink(previousHash, aggregateId, sequence, payloadType, payloadRevision, payload, occurredAt,
                actor, recordedAt);
    }

    @Override
    public String toString() {
        return "StoredEvent[" + aggregateId + "#" + sequence + " " + payloadType + "]";
    }
}
