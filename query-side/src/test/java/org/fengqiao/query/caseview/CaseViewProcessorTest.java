package org.fengqiao.query.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.query.CaseStories.escalatedPetition;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.query.config.MongoTokenStoreConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The projection behind the event processor that {@link CaseViewConfiguration} registers: a pooled streaming
 * processor over an event store, with its tokens in MongoDB, as in the application.
 */
class CaseViewProcessorTest {

    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    private final MongoFixture mongo = new MongoFixture();
    private final CaseViewStore store = new CaseViewStore(mongo.template);
    private Configuration axon;

    @BeforeEach
    void start() {
        CaseViewProjection projection = new CaseViewProjection(store, SimpleQueryUpdateEmitter.builder().build());
        TokenStore tokens = new MongoTokenStoreConfiguration().tokenStore(mongo.client,
                new SimpleMongoClientDatabaseFactory(mongo.client, "fengqiao"), JacksonSerializer.defaultSerializer(),
                Duration.ofSeconds(10));
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .registerComponent(TokenStore.class, config -> tokens)
                .eventProcessing(processing -> processing.registerEventHandler(config -> projection));
        new CaseViewConfiguration().caseViewProcessor(200, 2).configureModule(configurer);
        axon = configurer.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        mongo.close();
    }

    @Test
    void runs_as_a_pooled_streaming_processor_with_its_tokens_in_mongodb() {
        publish(resolvedDispute(CaseId.generate(), 1, NOW));

        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.caseViewDocuments().size() == 1);
        assertThat(processor()).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.template.getCollection("trackingtokens")
                .countDocuments(new Document("processorName", CaseViewProjection.PROCESSING_GROUP)) == 2);
    }

    @Test
    void a_reset_rebuilds_the_same_views() {
        Map<String, Long> versions = new HashMap<>();
        for (int i = 1; i <= 30; i++) {
            CaseId id = CaseId.generate();
            List<CaseEvent> events = i % 3 == 0 ? escalatedPetition(id, i, NOW) : resolvedDispute(id, i, NOW);
            versions.put(id.value(), (long) events.size());
            publish(events);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> versionsById().equals(versions));
        List<Document> live = mongo.caseViewDocuments();

        PooledStreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        // the reset handler ran (synchronously) and cleared the views, so only a rebuild can bring them back
        assertThat(mongo.caseViewDocuments()).isEmpty();
        processor.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.caseViewDocuments().equals(live));
    }

    private Map<String, Long> versionsById() {
        Map<String, Long> versions = new HashMap<>();
        mongo.caseViewDocuments().forEach(d -> versions.put(d.getString("_id"), d.getLong("version")));
        return versions;
    }

    private void publish(List<CaseEvent> events) {
        List<DomainEventMessage<?>> messages = recorded(events, NOW);
        axon.eventStore().publish(messages);
    }

    private PooledStreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration()
                .eventProcessor(CaseViewProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
    }
}
