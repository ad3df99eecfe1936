package org.fengqiao.integrity;

import org.fengqiao.personaldata.NotPersonalData;

/**
 * One event as the event store holds it, before any upcasting: what verification reads back.
 *
 * @param payload    the payload's stored bytes (UTF-8 when the store keeps text)
 * @param occurredAt the payload's top-level {@code occurredAt} as text, or null
 * @param actor      the payload's top-level {@code actor} as text, or null
 * @param hash       the hash recorded in the event's metadata at append time, or null
 * @param position   the event's position in the store (global index), for reports
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
        long position) {

    /** The link this event forms when chained after {@code previousHash}. */
    public ChainLink link(byte[] previousHash) {
        return new ChainLink(previousHash, aggregateId, sequence, payloadType, payloadRevision, payload, occurredAt,
                actor);
    }

    @Override
    public String toString() {
        return "StoredEvent[" + aggregateId + "#" + sequence + " " + payloadType + "]";
    }
}
