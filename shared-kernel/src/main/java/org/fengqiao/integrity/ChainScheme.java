package org.fengqiao.integrity;

import java.nio.charset.StandardCharsets;

/**
 * The versions of the chain hash. An event names its scheme in its metadata ({@value #METADATA}); an event without that
 * entry was hashed before schemes were named, which is {@link #V1}. Versions only go up along a chain: once an event
 * of a stream is keyed, an unkeyed one after it is a break ({@link ChainBreak.Reason#SCHEME_DOWNGRADE}), or else
 * whoever can write the store could rewrite the tail of a chain as {@code V1}, which needs no key.
 */
public enum ChainScheme {

    /** SHA-256 over the encoding {@code fengqiao-chain-v1}: anyone can recompute it. Events stored before v2. */
    V1("fengqiao-chain-v1", null),
    /**
     * HMAC-SHA256 under a {@link ChainKey} over the encoding {@code fengqiao-chain-v2}, which adds the key's id and
     * the recording time to v1's fields. The event's metadata names the key ({@value #KEY_METADATA}).
     */
    V2("fengqiao-chain-v2", "v2");

    /** The metadata entry naming an event's scheme (absent: {@link #V1}). */
    public static final String METADATA = "chainScheme";
    /** The metadata entry naming the id of the key a {@link #V2} event was hashed with. */
    public static final String KEY_METADATA = "chainKey";

    private final byte[] tag;
    private final String name;

    ChainScheme(String tag, String name) {
        this.tag = tag.getBytes(StandardCharsets.US_ASCII);
        this.name = name;
    }

    /** The ASCII tag the encoding starts with. */
    byte[] tag() {
        return tag.clone();
    }

    /** The value of {@value #METADATA} for this scheme (null for {@link #V1}, which is written without it). */
    public String metadataValue() {
        return name;
    }

    /** The scheme an event's {@value #METADATA} entry names, or null when it names none known here. */
    public static ChainScheme fromMetadata(Object value) {
        if (value == null) {
            return V1;
        }
        for (ChainScheme scheme : values()) {
            if (scheme.name != null && scheme.name.equals(value.toString())) {
                return scheme;
            }
        }
        return null;
    }
}
