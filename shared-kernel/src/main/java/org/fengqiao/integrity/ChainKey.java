package org.fengqiao.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A secret that keys the chain hash (scheme {@link ChainScheme#V2}, HMAC-SHA256): without it nobody can compute a hash
 * the verifier accepts, so rewriting a stored event and recomputing its hash, and those after it, takes the key as
 * well as the store. Its {@link #id()} is derived from the secret (the first 8 bytes of SHA-256 over a fixed label
 * and the secret, in hex), names the key in every event hashed with it and tells nothing about the secret.
 */
public final class ChainKey {

    /** The fewest secret bytes taken: as many as the hash's own output. */
    public static final int MIN_LENGTH = Sha256.LENGTH;

    /** SHA-256's block size, in bytes. */
    private static final int BLOCK = 64;
    private static final byte[] ID_LABEL = "fengqiao-chain-key-id\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;
    private final String id;

    private ChainKey(byte[] secret) {
        if (secret == null || secret.length < MIN_LENGTH) {
            throw new IllegalArgumentException("a chain key must be at least " + MIN_LENGTH + " random bytes");
        }
        this.secret = secret.clone();
        this.id = "k" + Hex.of(Arrays.copyOf(Sha256.digest(ID_LABEL, secret), 8));
    }

    public static ChainKey of(byte[] secret) {
        return new ChainKey(secret);
    }

    /** The key's name in the events hashed with it: {@code k} and 16 hex digits. */
    public String id() {
        return id;
    }

    /**
     * HMAC-SHA256 of {@code data} under this key (RFC 2104), written out over {@link Sha256} because the kernel uses
     * nothing beyond {@code java.*} (its architecture test); the tests compare it with the runtime's own HmacSHA256.
     */
    public byte[] mac(byte[] data) {
        byte[] key = secret.length > BLOCK ? Sha256.digest(secret) : secret;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        return Sha256.digest(outer, Sha256.digest(inner, data));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainKey key && id.equals(key.id) && Arrays.equals(secret, key.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }
}
