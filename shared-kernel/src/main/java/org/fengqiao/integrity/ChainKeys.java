package org.fengqiao.integrity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain keys a service holds: the current one, which hashes every new event, and the previous ones, kept only to
 * verify the events hashed before a rotation. Each event names its key's id, so an event verifies with the key it was
 * hashed with whatever the current key is; an event naming a key that is not here fails verification
 * ({@link ChainBreak.Reason#UNKNOWN_KEY}).
 */
public final class ChainKeys {

    private final ChainKey current;
    private final Map<String, ChainKey> byId = new LinkedHashMap<>();

    public ChainKeys(ChainKey current, List<ChainKey> previous) {
        if (current == null) {
            throw new IllegalArgumentException("a current chain key is required");
        }
        this.current = current;
        byId.put(current.id(), current);
        previous.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public static ChainKeys of(ChainKey current) {
        return new ChainKeys(current, List.of());
    }

    /** The keys with these secrets: the current one, then those rotated out. */
    public static ChainKeys of(byte[] current, List<byte[]> previous) {
        return new ChainKeys(ChainKey.of(current), previous.stream().map(ChainKey::of).toList());
    }

    /** The key new events are hashed with. */
    public ChainKey current() {
        return current;
    }

    /** The key with this id, current or previous. */
    public Optional<ChainKey> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The ids of every key held, the current one first. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    @Override
    public String toString() {
        return "ChainKeys" + ids();
    }
}
