package org.fengqiao.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 */
public record ChainLink(
        byte[] previousHash,
        String aggregateId,
        long sequence,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        String occurredAt,
        @NotPersonalData("a staff account or system client") String actor) {

    /** What the first event of every stream chains from. */
    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    static final byte[] TAG = "fengqiao-chain-v1".getBytes(StandardCharsets.US_ASCII);

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

    /** The canonical encoding described above. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 256);
        out.writeBytes(TAG);
        out.writeBytes(previousHash);
        field(out, utf8(aggregateId));
        field(out, utf8(payloadType));
        field(out, utf8(payloadRevision));
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        field(out, payload);
        field(out, utf8(occurredAt));
        field(out, utf8(actor));
        return out.toByteArray();
    }

    /** SHA-256 of the encoding. */
    public byte[] hash() {
        return Sha256.digest(encode());
    }

    /** SHA-256 of the encoding, as 64 lower-case hex digits. */
    public String hashHex() {
        return Hex.of(hash());
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
        return other instanceof ChainLink link && Arrays.equals(encode(), link.encode());
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
