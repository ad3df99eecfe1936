package org.fengqiao.integrity;

import java.util.Arrays;

/**
 * Recomputes one stream's chain from its stored events, fed in sequence order, and keeps the first break. The chain
 * runs over recomputed hashes: each event is hashed after the previous event's recomputed hash, so an event altered
 * together with its own recorded hash still breaks the chain at the next event.
 */
public final class ChainVerifier {

    private final String aggregateId;
    private byte[] previous = ChainLink.GENESIS;
    private long expectedSequence;
    private long events;
    private ChainBreak firstBreak;
    private String head = "";

    public ChainVerifier(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    /** Checks the next stored event of the stream; after the first break, events are only counted. */
    public void accept(StoredEvent event) {
        if (!aggregateId.equals(event.aggregateId())) {
            throw new IllegalArgumentException("event of " + event.aggregateId() + " fed to the chain of " + aggregateId);
        }
        events++;
        if (firstBreak != null) {
            return;
        }
        if (event.sequence() != expectedSequence) {
            String missing = event.sequence() == expectedSequence + 1
                    ? "sequence " + expectedSequence + " is missing"
                    : "sequences " + expectedSequence + " to " + (event.sequence() - 1) + " are missing";
            firstBreak = new ChainBreak(expectedSequence, ChainBreak.Reason.SEQUENCE_GAP,
                    missing + ": the stored events go from " + (expectedSequence - 1) + " to " + event.sequence());
            return;
        }
        byte[] computed = event.link(previous).hash();
        if (event.hash() == null || event.hash().isEmpty()) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.MISSING_HASH,
                    "event " + event.sequence() + " (" + simpleName(event.payloadType()) + ") carries no hash");
            return;
        }
        if (!Hex.isDigest(event.hash()) || !Arrays.equals(computed, Hex.parse(event.hash()))) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.HASH_MISMATCH,
                    "event " + event.sequence() + " (" + simpleName(event.payloadType()) + ") hashes to "
                            + Hex.of(computed) + " but " + event.hash() + " was recorded when it was appended:"
                            + " its payload, type, revision, business time or actor, or an earlier event's hash,"
                            + " changed since");
            return;
        }
        previous = computed;
        head = event.hash();
        expectedSequence++;
    }

    /** The first break found, or null while the chain holds. */
    public ChainBreak firstBreak() {
        return firstBreak;
    }

    public boolean valid() {
        return firstBreak == null;
    }

    /** Events fed in. */
    public long events() {
        return events;
    }

    /** The hash of the last event that verified (empty before the first). */
    public String verifiedHead() {
        return head;
    }

    /** The next sequence number the chain expects: the number of events verified so far. */
    public long verifiedEvents() {
        return expectedSequence;
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
