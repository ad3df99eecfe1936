package org.fengqiao.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The head of one stream's chain at some instant: its aggregate (case) id, the sequence number of its last event and
 * that event's hash. The heads of all streams are the leaves of an anchor's Merkle tree.
 *
 * @param hash the last event's hash in hex; empty when that event has none (written before hashing existed)
 */
public record ChainHead(String aggregateId, long sequence, String hash) {

    public ChainHead {
        if (aggregateId == null || hash == null) {
            throw new IllegalArgumentException("aggregateId and hash are required");
        }
    }

    /**
     * The leaf's hash: SHA-256 of the byte 0x00, the id's UTF-8 length (4 bytes big-endian) and bytes, the sequence
     * (8 bytes big-endian) and the hash's UTF-8 bytes. The leading 0x00 (0x01 for inner nodes) keeps a leaf from ever
     * being taken for an inner node.
     */
    public byte[] leafHash() {
        byte[] id = aggregateId.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x00);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(id.length).array());
        out.writeBytes(id);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        out.writeBytes(hash.getBytes(StandardCharsets.UTF_8));
        return Sha256.digest(out.toByteArray());
    }
}
