package org.fengqiao.platform.integrity;

import java.util.List;

/**
 * The chain keys' secrets as configured: the current key and the previous ones, each at least 32 bytes. Platform
 * knows no domain type, so each side turns these into the kernel's {@code ChainKeys} (the command side to hash, the
 * query side to verify); this holder only carries them from the configuration.
 */
public final class ChainKeyMaterial {

    private final byte[] current;
    private final List<byte[]> previous;

    ChainKeyMaterial(byte[] current, List<byte[]> previous) {
        this.current = current.clone();
        this.previous = previous.stream().map(byte[]::clone).toList();
    }

    /** The secret new events are hashed with. */
    public byte[] current() {
        return current.clone();
    }

    /** The secrets of keys rotated out, kept to verify the events hashed with them. */
    public List<byte[]> previous() {
        return previous.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "ChainKeyMaterial[1 current, " + previous.size() + " previous]";
    }
}
