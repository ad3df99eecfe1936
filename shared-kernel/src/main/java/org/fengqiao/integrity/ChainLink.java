package org.fengqiao.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * One link of an event stream's hash chain: what the hash of a stored event covers, and its canonical encoding.
 *
 * <p>The encoding is the concatenation of
 * <ol>
 *     <li>the ASCII tag {@code fengqiao-chain-v1};</li>
 *     <li>the previous event's hash, 32 raw bytes ({@link #GENESIS}, 32 zero bytes, for sequence 0);</li>
 *     <li>the aggregate (case) id, the payload type and the payload revision, each as a field;</li>
 *     <li>the sequence number as 8 bytes, big-endian;</li>
 *     <li>the payload exactly as stored (its bytes; UTF-8 when the store keeps text), as a field;</li>
 *     <li>the business time and the actor, each as a field;</li>
 * </ol>
 * where a field is its length in bytes as 4 bytes big-endian followed by the bytes, strings in UTF-8, and an absent
 * value (no revision, no business time) is the empty string. The hash is SHA-256 of that encoding, written as 64
 * lower-case hex digits in the event's metadata.
 *
 * <p>Scheme {@link ChainScheme#V2} ({@link #encode(ChainKey)}, {@link #hash(ChainKey)}) starts with the tag
 * {@code fengqiao-chain-v2} and the key's id as a field, then the fields above, then the recording time (the event's
 * timestamp) as milliseconds since the epoch, 8 bytes big-endian; the hash is HMAC-SHA256 of that under the key.
 */
public record ChainLink(
        byte[] previousHash,
        String aggregateId,
        long sequence,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        String occurredAt,
        @NotPersonalData("a staff account or system client") String actor,
        Instant recordedAt) {

    /** What the first event of every stream chains from. */
    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    /** A link of scheme {@link ChainScheme#V1}, which does not cover the recording time. */
    public ChainLink(byte[] previousHash, String aggregateId, long sequence, String payloadType,
            String payloadRevision, byte[] payload, String occurredAt, String actor) {
        this(previousHash, aggregateId, sequence, payloadType, payloadRevision, payload, occurredAt, actor, null);
    }

    public ChainLink {
        if (previousHash == null || previousHash.length != Sha256.LENGTH) {
            throw new IllegalArgumentException("previousHash must be 32 bytes");
        }
        if (aggregateId == null || payloadType == null || payload == null) {
            throw new IllegalArgumentException("aggregateId, payloadType and payload are required");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        previousHash = previousHash.clone();
        payload = payload.clone();
    }

    /** The canonical encoding of scheme {@link ChainScheme#V1}, described above. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 256);
        out.writeBytes(ChainScheme.V1.tag());
        fields(out);
        return out.toByteArray();
    }

    /** The canonical encoding of scheme {@link ChainScheme#V2} for {@code key}; needs the recording time. */
    public byte[] encode(ChainKey key) {
        if (recordedAt == null) {
            throw new IllegalStateException("a keyed link covers the recording time, and this one has none");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 256);
        out.writeBytes(ChainScheme.V2.tag());
        field(out, utf8(key.id()));
        fields(out);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(recordedAt.toEpochMilli()).array());
        return out.toByteArray();
    }

    /** The fields both schemes cover, from the previous hash to the actor. */
    private void fields(ByteArrayOutputStream out) {
        out.writeBytes(previousHash);
        field(out, utf8(aggregateId));
        field(out, utf8(payloadType));
        field(out, utf8(payloadRevision));
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        field(out, payload);
        field(out, utf8(occurredAt));
        field(out, utf8(actor));
    }

    /** Scheme {@link ChainScheme#V1}: SHA-256 of the encoding. */
    public byte[] hash() {
        return Sha256.digest(encode());
    }

    /** Scheme {@link ChainScheme#V1}: SHA-256 of the encoding, as 64 lower-case hex digits. */
    public String hashHex() {
        return Hex.of(hash());
    }

    /** Scheme {@link ChainScheme#V2}: HMAC-SHA256 of the keyed encoding under {@code key}. */
    public byte[] hash(ChainKey key) {
        return key.mac(encode(key));
    }

    /** Scheme {@link ChainScheme#V2}, as 64 lower-case hex digits. */
    public String hashHex(ChainKey key) {
        return Hex.of(hash(key));
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainLink link && Arrays.equals(encode(), link.encode())
                && Objects.equals(recordedAt, link.recordedAt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "ChainLink[" + aggregateId + "#" + sequence + " " + payloadType + "]";
    }
}
