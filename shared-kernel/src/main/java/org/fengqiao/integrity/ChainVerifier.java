package org.fengqiao.integrity;

import java.util.Arrays;

/**
 * Recomputes one stream's chain from its stored events, fed in sequence order, and keeps the first break. The chain
 * runs over recomputed hashes: each event is hashed after the previous event's recomputed hash, so an event altered
 * together with its own recorded hash still breaks the chain at the next event. Each event is hashed with the scheme
 * it names ({@link ChainScheme}): unkeyed ({@code V1}, the events stored before keys) or keyed with the key whose id
 * it names ({@code V2}), which must be one of {@code keys}; once a keyed event has verified, an unkeyed one is a
 * break.
 */
public final class ChainVerifier {

    private final String aggregateId;
    private final ChainKeys keys;
    private byte[] previous = ChainLink.GENESIS;
    private long expectedSequence;
    private long events;
    private long keyedEvents;
    private ChainBreak firstBreak;
    private String head = "";

    /** A verifier that holds no key: it verifies unkeyed chains and fails every keyed event ({@code UNKNOWN_KEY}). */
    public ChainVerifier(String aggregateId) {
        this(aggregateId, null);
    }

    public ChainVerifier(String aggregateId, ChainKeys keys) {
        this.aggregateId = aggregateId;
        this.keys = keys;
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
        String name = "event " + event.sequence() + " (" + simpleName(event.payloadType()) + ")";
        if (event.hash() == null || event.hash().isEmpty()) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.MISSING_HASH, name + " carries no hash");
            return;
        }
        byte[] computed = computed(event, name);
        if (computed == null) {
            return;
        }
        if (!Hex.isDigest(event.hash()) || !Arrays.equals(computed, Hex.parse(event.hash()))) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.HASH_MISMATCH,
                    name + " hashes to " + Hex.of(computed) + " but " + event.hash() + " was recorded when it was"
                            + " appended: its payload, type, revision, business time, actor or recording time, or"
                            + " an earlier event's hash, changed since");
            return;
        }
        if (ChainScheme.fromMetadata(event.scheme()) == ChainScheme.V2) {
            keyedEvents++;
        }
        previous = computed;
        head = event.hash();
        expectedSequence++;
    }

    /** The event's hash recomputed with the scheme and key it names, or null after recording why it cannot be. */
    private byte[] computed(StoredEvent event, String name) {
        ChainScheme scheme = ChainScheme.fromMetadata(event.scheme());
        if (scheme == null) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.UNKNOWN_SCHEME,
                    name + " names the hash scheme " + event.scheme() + ", which this service does not know");
            return null;
        }
        if (scheme == ChainScheme.V1) {
            if (keyedEvents > 0) {
                firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.SCHEME_DOWNGRADE,
                        name + " carries an unkeyed hash after keyed ones, which the service never writes: the"
                                + " chain was rewritten from here");
                return null;
            }
            return event.link(previous).hash();
        }
        ChainKey key = keys == null ? null : keys.find(event.keyId()).orElse(null);
        if (key == null) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.UNKNOWN_KEY,
                    name + " was hashed with the chain key " + event.keyId() + ", which this service does not hold"
                            + " (it holds " + (keys == null ? "none" : String.join(", ", keys.ids())) + "): a wrong"
                            + " or missing key in its configuration, or an event hashed by someone else");
            return null;
        }
        if (event.recordedAt() == null) {
            firstBreak = new ChainBreak(event.sequence(), ChainBreak.Reason.HASH_MISMATCH,
                    name + " has no recording time, which its keyed hash covers");
            return null;
        }
        return event.link(previous).hash(key);
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

    /** Verified events hashed with a key (scheme {@link ChainScheme#V2}); the others are unkeyed. */
    public long keyedEvents() {
        return keyedEvents;
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
