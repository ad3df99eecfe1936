package org.fengqiao.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fengqiao.integrity.ChainBreak;
import org.fengqiao.integrity.ChainKey;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.integrity.ChainLink;
import org.fengqiao.integrity.ChainScheme;
import org.fengqiao.integrity.ChainVerifier;
import org.fengqiao.integrity.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hashes put into metadata at publication form a chain the verifier accepts: within one unit of work, across
 * units of work (from the cache of committed heads) and after a restart (from the store); keyed with the current
 * chain key, which each event names, so that a rotation leaves the older events verifiable with the old key.
 */
class ChainHashingTest {

    private static final ChainKey KEY = key(7);
    private static final ChainKey NEXT_KEY = key(8);
    private static final ChainKeys KEYS = ChainKeys.of(KEY);

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
        Registration first = store.registerDispatchInterceptor(new ChainHashing(store, serializer, KEYS));
        publish(event("c1", 0, "received"), event("c1", 1, "assigned"), event("c2", 0, "other case"));
        publish(event("c1", 2, "met"));
        first.cancel();
        // a new instance has no cache: it reads the previous hash from the store
        store.registerDispatchInterceptor(new ChainHashing(store, serializer, KEYS));
        publish(event("c1", 3, "closed"));

        List<StoredEvent> stored = stored("c1");
        assertThat(stored).hasSize(4).allSatisfy(e -> {
            assertThat(e.hash()).hasSize(64);
            assertThat(e.scheme()).isEqualTo("v2");
            assertThat(e.keyId()).isEqualTo(KEY.id());
        });
        assertThat(verify(stored, KEYS).valid()).isTrue();
        assertThat(verify(stored, KEYS).verifiedEvents()).isEqualTo(4);
        assertThat(verify(stored, KEYS).keyedEvents()).isEqualTo(4);
        assertThat(verify(stored, ChainKeys.of(NEXT_KEY)).firstBreak().reason())
                .isEqualTo(ChainBreak.Reason.UNKNOWN_KEY);
        assertThat(stored.get(1).hash()).isNotEqualTo(stored("c2").get(0).hash());
    }

    @Test
    void an_event_altered_after_publication_breaks_the_chain_at_its_sequence() throws IOException {
        store.registerDispatchInterceptor(new ChainHashing(store, serializer, KEYS));
        publish(event("c1", 0, "received"), event("c1", 1, "assigned"), event("c1", 2, "met"));

        List<StoredEvent> stored = new ArrayList<>(stored("c1"));
        StoredEvent original = stored.get(1);
        byte[] altered = new String(original.payload()).replace("assigned", "assigneD").getBytes();
        stored.set(1, new StoredEvent(original.aggregateId(), 1, original.payloadType(), original.payloadRevision(),
                altered, original.occurredAt(), original.actor(), original.hash(), original.position(),
                original.recordedAt(), original.scheme(), original.keyId()));

        ChainBreak found = verify(stored, KEYS).firstBreak();
        assertThat(found.sequence()).isEqualTo(1);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void after_a_rotation_new_events_name_the_new_key_and_the_chain_verifies_while_the_old_key_is_listed()
            throws IOException {
        Registration first = store.registerDispatchInterceptor(new ChainHashing(store, serializer, KEYS));
        publish(event("c1", 0, "received"), event("c1", 1, "assigned"));
        first.cancel();
        ChainKeys rotated = new ChainKeys(NEXT_KEY, List.of(KEY));
        store.registerDispatchInterceptor(new ChainHashing(store, serializer, rotated));
        publish(event("c1", 2, "met"));

        List<StoredEvent> stored = stored("c1");
        assertThat(stored).extracting(StoredEvent::keyId).containsExactly(KEY.id(), KEY.id(), NEXT_KEY.id());
        assertThat(verify(stored, rotated).valid()).isTrue();
        ChainBreak withoutOldKey = verify(stored, ChainKeys.of(NEXT_KEY)).firstBreak();
        assertThat(withoutOldKey.reason()).isEqualTo(ChainBreak.Reason.UNKNOWN_KEY);
        assertThat(withoutOldKey.sequence()).isZero();
    }

    @Test
    void a_keyed_event_chains_from_an_unkeyed_one_stored_before_keys() throws IOException {
        GenericDomainEventMessage<Noted> old = event("c1", 0, "received");
        SerializedObject<byte[]> payload = serializer.serialize(old.getPayload(), byte[].class);
        String unkeyed = new ChainLink(ChainLink.GENESIS, "c1", 0,
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                "2026-07-01T02:00:00Z", "officer.zhao").hashHex();
        publish(old.andMetaData(Map.of(ChainHashing.HASH, unkeyed)));
        store.registerDispatchInterceptor(new ChainHashing(store, serializer, KEYS));
        publish(event("c1", 1, "assigned"));

        List<StoredEvent> stored = stored("c1");
        assertThat(stored.get(0).scheme()).isNull();
        assertThat(stored.get(1).scheme()).isEqualTo("v2");
        ChainVerifier verifier = verify(stored, KEYS);
        assertThat(verifier.valid()).isTrue();
        assertThat(verifier.keyedEvents()).isEqualTo(1);
    }

    private static ChainKey key(int seed) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) seed);
        return ChainKey.of(secret);
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
                    event.getSequenceNumber(), event.getTimestamp(),
                    (String) event.getMetaData().get(ChainScheme.METADATA),
                    (String) event.getMetaData().get(ChainScheme.KEY_METADATA)));
        }
        return events;
    }

    private static ChainVerifier verify(List<StoredEvent> events, ChainKeys keys) {
        ChainVerifier verifier = new ChainVerifier(events.get(0).aggregateId(), keys);
        events.forEach(verifier::accept);
        return verifier;
    }
}
