package org.fengqiao.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fengqiao.integrity.ChainBreak;
import org.fengqiao.integrity.ChainVerifier;
import org.fengqiao.integrity.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hashes put into metadata at publication form a chain the verifier accepts: within one unit of work, across
 * units of work (from the cache of committed heads) and after a restart (from the store).
 */
class ChainHashingTest {

    record Noted(String caseId, String text, String occurredAt, String actor) {
    }

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ObjectMapper trees = new ObjectMapper();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void every_event_chains_from_the_previous_one_across_units_of_work_and_restarts() throws IOException {
        Registration first = store.registerDispatchInterceptor(new ChainHashing(store, serializer));
        publish(event("c1", 0, "received"), event("c1", 1, "assigned"), event("c2", 0, "other case"));
        publish(event("c1", 2, "met"));
        first.cancel();
        // a new instance has no cache: it reads the previous hash from the store
        store.registerDispatchInterceptor(new ChainHashing(store, serializer));
        publish(event("c1", 3, "closed"));

        List<StoredEvent> stored = stored("c1");
        assertThat(stored).hasSize(4).allSatisfy(e -> assertThat(e.hash()).hasSize(64));
        assertThat(verify(stored).valid()).isTrue();
        assertThat(verify(stored).verifiedEvents()).isEqualTo(4);
        assertThat(stored.get(1).hash()).isNotEqualTo(stored("c2").get(0).hash());
    }

    @Test
    void an_event_altered_after_publication_breaks_the_chain_at_its_sequence() throws IOException {
        store.registerDispatchInterceptor(new ChainHashing(store, serializer));
        publish(event("c1", 0, "received"), event("c1", 1, "assigned"), event("c1", 2, "met"));

        List<StoredEvent> stored = new ArrayList<>(stored("c1"));
        StoredEvent original = stored.get(1);
        byte[] altered = new String(original.payload()).replace("assigned", "assigneD").getBytes();
        stored.set(1, new StoredEvent(original.aggregateId(), 1, original.payloadType(), original.payloadRevision(),
                altered, original.occurredAt(), original.actor(), original.hash(), original.position()));

        ChainBreak found = verify(stored).firstBreak();
        assertThat(found.sequence()).isEqualTo(1);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    }

    private static GenericDomainEventMessage<Noted> event(String id, long sequence, String text) {
        return new GenericDomainEventMessage<>("Case", id, sequence,
                new Noted(id, text, "2026-07-01T02:00:00Z", "officer.zhao"));
    }

    private void publish(GenericDomainEventMessage<?>... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(events));
    }

    private List<StoredEvent> stored(String id) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        var stream = store.readEvents(id, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
            JsonNode tree = trees.readTree(payload.getData());
            events.add(new StoredEvent(id, event.getSequenceNumber(), payload.getType().getName(),
                    payload.getType().getRevision(), payload.getData(), tree.get("occurredAt").asText(),
                    tree.get("actor").asText(), (String) event.getMetaData().get(ChainHashing.HASH),
                    event.getSequenceNumber()));
        }
        return events;
    }

    private static ChainVerifier verify(List<StoredEvent> events) {
        ChainVerifier verifier = new ChainVerifier(events.get(0).aggregateId());
        events.forEach(verifier::accept);
        return verifier;
    }
}
