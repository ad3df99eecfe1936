package org.fengqiao.integrity;

import org.fengqiao.personaldata.NotPersonalData;

/**
 * The first place where a stream's chain does not hold.
 *
 * @param sequence the first sequence number that fails: the altered event, or the first missing one of a gap
 * @param reason   why
 * @param detail   a sentence for people, naming what was expected and what was found
 */
public record ChainBreak(
        long sequence,
        Reason reason,
        @NotPersonalData("sequence numbers, event types and hashes only") String detail) {

    public enum Reason {
        /** Sequence numbers skip: one or more events were removed (or the stream does not start at 0). */
        SEQUENCE_GAP,
        /** The stored event no longer hashes to the hash recorded when it was appended: it was altered since. */
        HASH_MISMATCH,
        /** The event carries no hash: it was written around the service, or before hashing existed. */
        MISSING_HASH,
        /**
         * The event was hashed with a key this service does not hold: a wrong or missing chain key in this service's
         * configuration, or an event written by someone with a key of their own.
         */
        UNKNOWN_KEY,
        /** The event names a hash scheme this service does not know. */
        UNKNOWN_SCHEME,
        /** An unkeyed event ({@link ChainScheme#V1}) after a keyed one: the tail of the chain was rewritten. */
        SCHEME_DOWNGRADE
    }
}
