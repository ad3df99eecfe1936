package org.fengqiao.query.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.fengqiao.integrity.ChainHead;
import org.fengqiao.integrity.ChainScheme;
import org.fengqiao.integrity.RecordAnchor;
import org.fengqiao.integrity.StoredEvent;
import org.fengqiao.platform.upcasting.StoredForm;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.fengqiao.query.eventstore.EventStoreUnavailable;

/**
 * Reads events as the event store holds them, through Axon's {@link EventStore} API (one case's stream, or the whole
 * store up to a position), so verification works the same on Axon Server, PostgreSQL and SQLite: payload bytes, type
 * and revision as written, before any upcaster ({@link StoredForm}, kept by the upcasters that change a payload; the
 * serialized form of every other event is the stored one), so that the hashes recomputed here are over what was
 * hashed at append time.
 */
public class StoredEvents {

    private static final ObjectMapper TREES = new ObjectMapper();
    /** How far before a case's last event the search for its position starts (writers' clocks may disagree). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final EventStore eventStore;
    private final EventStoreReader reader;
    private final Serializer serializer;

    public StoredEvents(EventStore eventStore, EventStoreReader reader, Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.reader = reader;
        this.serializer = eventSerializer;
    }

    /** The stored events of one stream, in sequence order; empty when there is no such stream. */
    public List<StoredEvent> stream(String aggregateId) {
        List<StoredEvent> events = new ArrayList<>();
        stream(aggregateId, events::add);
        return events;
    }

    /**
     * Feeds the stored events of one stream to {@code consumer}, in sequence order, one at a time (a long case costs
     * one event of memory); answers how many there were.
     */
    public long stream(String aggregateId, Consumer<StoredEvent> consumer) {
        long count = 0;
        try {
            DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
            while (stream.hasNext()) {
                consumer.accept(stored(stream.next(), EventStoreReader.EMPTY));
                count++;
            }
        } catch (RuntimeException e) {
            throw new EventStoreUnavailable(
                    "The event store cannot be read now; retry later.", e);
        }
        return count;
    }

    /** Feeds every event of an aggregate stream (one with an aggregate type) up to position {@code to}, in order. */
    public void scan(long to, Consumer<StoredEvent> consumer) {
        reader.read(null, to, event -> {
            if (aggregateEvent(event) instanceof DomainEventMessage<?> domain) {
                consumer.accept(stored(domain, EventStoreReader.position(event.trackingToken())));
            }
            return true;
        });
    }

    /** The store's last position, {@value EventStoreReader#EMPTY} when it is empty. */
    public long headPosition() {
        return reader.headPosition();
    }

    /**
     * The position of one stored event recorded at {@code recordedAt}, or -1: the search starts a few minutes before
     * that instant and, should the writers' clocks disagree more, from the first event.
     */
    public long positionOf(String aggregateId, long sequence, Instant recordedAt) {
        long head = reader.headPosition();
        long found = find(aggregateId, sequence, reader.tokenAt(recordedAt.minus(CLOCK_SKEW)), head);
        return found >= 0 ? found : find(aggregateId, sequence, null, head);
    }

    private long find(String aggregateId, long sequence, TrackingToken from,
            long head) {
        long[] found = {-1};
        reader.read(from, head, event -> {
            if (aggregateEvent(event) instanceof DomainEventMessage<?> domain
                    && domain.getSequenceNumber() == sequence && domain.getAggregateIdentifier().equals(aggregateId)) {
                found[0] = EventStoreReader.position(event.trackingToken());
                return false;
            }
            return true;
        });
        return found[0];
    }

    /**
     * The head of every case stream as it stood at {@code upTo}: the last event of each aggregate stream, but the
     * anchor ledger's, with a position up to {@code upTo}, and the hash recorded in its metadata.
     */
    public List<ChainHead> heads(long upTo) {
        Map<String, ChainHead> heads = new LinkedHashMap<>();
        reader.read(null, upTo, event -> {
            if (aggregateEvent(event) instanceof DomainEventMessage<?> domain
                    && !RecordAnchor.LEDGER.equals(domain.getAggregateIdentifier())) {
                Object hash = domain.getMetaData().get("hash");
                heads.put(domain.getAggregateIdentifier(), new ChainHead(domain.getAggregateIdentifier(),
                        domain.getSequenceNumber(), hash instanceof String text ? text : ""));
            }
            return true;
        });
        return List.copyOf(heads.values());
    }

    /** The event when it belongs to an aggregate stream; events published outside an aggregate are not chained. */
    private static EventMessage<?> aggregateEvent(TrackedEventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain && domain.getType() != null ? event : null;
    }

    private StoredEvent stored(DomainEventMessage<?> event, long position) {
        String type;
        String revision;
        byte[] payload;
        if (event.getMetaData().get(StoredForm.KEY) instanceof StoredForm form) {
            type = form.type();
            revision = form.revision();
            payload = form.payload();
        } else {
            SerializedObject<byte[]> serialized = event.serializePayload(serializer, byte[].class);
            type = serialized.getType().getName();
            revision = serialized.getType().getRevision();
            payload = serialized.getData();
        }
        JsonNode tree = tree(payload);
        Object hash = event.getMetaData().get("hash");
        Object scheme = event.getMetaData().get(ChainScheme.METADATA);
        Object keyId = event.getMetaData().get(ChainScheme.KEY_METADATA);
        return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), type, revision, payload,
                text(tree, "occurredAt"), text(tree, "actor"), hash instanceof String text ? text : null, position,
                event.getTimestamp(), scheme == null ? null : scheme.toString(),
                keyId == null ? null : keyId.toString());
    }

    private static JsonNode tree(byte[] json) {
        if (json.length == 0) {
            return null;
        }
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            // an altered payload that is no longer JSON still gets hashed as bytes; it just names no time or actor
            return null;
        }
    }

    /** A top-level field as text, exactly as the command side reads it when hashing. */
    private static String text(JsonNode tree, String field) {
        JsonNode value = tree == null ? null : tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
