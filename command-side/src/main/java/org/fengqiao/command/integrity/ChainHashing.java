package org.fengqiao.command.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.integrity.ChainLink;
import org.fengqiao.integrity.ChainScheme;
import org.fengqiao.integrity.Hex;

/**
 * Puts each aggregate event's chain hash into its metadata ({@value #HASH}, and {@value #PREVIOUS_HASH} for people
 * reading the store) as it is published, before it is appended. Registered as a dispatch interceptor on the event
 * store, so it works with any storage engine and sees every event an aggregate applies, in sequence order. The hash is
 * keyed ({@link ChainScheme#V2}, HMAC-SHA256 under the current chain key, covering the event's timestamp, its
 * recording time), and the metadata names the scheme and the key's id ({@value ChainScheme#METADATA},
 * {@value ChainScheme#KEY_METADATA}).
 *
 * <p>The payload is serialized here with the event serializer, which is deterministic, so the bytes hashed are the
 * bytes the engine stores. The previous hash comes from, in order: an earlier event of the same aggregate in the same
 * unit of work; a cache of the last committed hash per aggregate (an event at a given sequence is unique once
 * committed, so a cached hash for sequence n-1 is the one in the store); the store itself. Snapshots play no part: the
 * previous event is read from the events, whatever the aggregate was loaded from. Two concurrent appends at the same
 * sequence both chain from the same predecessor and one of them loses on the store's unique key, as before.
 */
public class ChainHashing implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    private static final String RESOURCE = ChainHashing.class.getName() + ".heads";
    private static final int CACHED_HEADS = 10_000;
    private static final ObjectMapper TREES = new ObjectMapper();

    private final EventStore eventStore;
    private final Serializer serializer;
    private final ChainKeys keys;
    private final Map<String, Head> committed = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                    return size() > CACHED_HEADS;
                }
            });

    public ChainHashing(EventStore eventStore, Serializer serializer, ChainKeys keys) {
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.keys = keys;
    }

    private record Head(long sequence, byte[] hash) {
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event && event.getType() != null
                ? hashed(event)
                : message;
    }

    private EventMessage<?> hashed(DomainEventMessage<?> event) {
        Map<String, Head> pending = pendingHeads();
        byte[] previous = previousHash(event, pending);
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        JsonNode tree = tree(payload.getData());
        ChainLink link = new ChainLink(previous, event.getAggregateIdentifier(), event.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                text(tree, "occurredAt"), text(tree, "actor"), event.getTimestamp());
        byte[] hash = link.hash(keys.current());
        if (pending != null) {
            pending.put(event.getAggregateIdentifier(), new Head(event.getSequenceNumber(), hash));
        }
        return event.andMetaData(MetaData.with(HASH, Hex.of(hash)).and(PREVIOUS_HASH, Hex.of(previous))
                .and(ChainScheme.METADATA, ChainScheme.V2.metadataValue())
                .and(ChainScheme.KEY_METADATA, keys.current().id()));
    }

    private byte[] previousHash(DomainEventMessage<?> event, Map<String, Head> pending) {
        long sequence = event.getSequenceNumber();
        if (sequence == 0) {
            return ChainLink.GENESIS;
        }
        String id = event.getAggregateIdentifier();
        Head head = pending == null ? null : pending.get(id);
        if (head == null || head.sequence() != sequence - 1) {
            head = committed.get(id);
        }
        if (head != null && head.sequence() == sequence - 1) {
            return head.hash();
        }
        DomainEventStream stream = eventStore.readEvents(id, sequence - 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> stored = stream.next();
            if (stored.getSequenceNumber() == sequence - 1) {
                Object hash = stored.getMetaData().get(HASH);
                // an event stored before hashing existed: the stream's chain starts over, and verification
                // reports where the hashes are missing
                return hash instanceof String hex && Hex.isDigest(hex) ? Hex.parse(hex) : ChainLink.GENESIS;
            }
        }
        return ChainLink.GENESIS;
    }

    /** This unit of work's heads, which become the committed heads once it commits; null outside a unit of work. */
    private Map<String, Head> pendingHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Map<String, Head> heads = new HashMap<>();
            unitOfWork.afterCommit(u -> committed.putAll(heads));
            return heads;
        });
    }

    private static JsonNode tree(byte[] payload) {
        try {
            return TREES.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event payload that is not JSON cannot be chained", e);
        }
    }

    /** A top-level field of the payload as text, or null; the verifier reads it the same way. */
    static String text(JsonNode tree, String field) {
        JsonNode value = tree == null ? null : tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
