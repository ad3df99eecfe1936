package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fengqiao.platform.AxonJacksonConfiguration;
import org.fengqiao.query.config.MongoTokenStoreConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The embedded storage wired by Spring Boot and Axon auto-configuration, without the domain: events go to SQLite,
 * a tracking processor receives them and keeps its token in the embedded MongoDB, and both survive a restart.
 */
class EmbeddedStorageContextTest {

    record NoteAdded(String caseId, String note) {
    }

    @TempDir
    Path dataDir;

    @Test
    void storesEventsAndTokensUnderTheDataFolderAcrossRestarts() {
        try (ConfigurableApplicationContext context = start()) {
            assertWiring(context);

            EventStore eventStore = context.getBean(EventStore.class);
            eventStore.publish(note("case-1", 0, "a"), note("case-1", 1, "b"));

            Projection projection = context.getBean(Projection.class);
            await().atMost(Duration.ofSeconds(15)).until(() -> projection.notes.size() == 2);
            assertThat(projection.notes).containsExactly("a", "b");
        }

        try (ConfigurableApplicationContext context = start()) {
            EventStore eventStore = context.getBean(EventStore.class);
            assertThat(eventStore.readEvents("case-1").asStream().<Object>map(event -> event.getPayload()))
                    .containsExactly(new NoteAdded("case-1", "a"), new NoteAdded("case-1", "b"));

            eventStore.publish(note("case-1", 2, "c"));
            Projection projection = context.getBean(Projection.class);
            await().atMost(Duration.ofSeconds(15)).until(() -> projection.notes.contains("c"));
            // The token was kept in MongoDB, so the old events are not handled again.
            assertThat(projection.notes).containsExactly("c");
        }
        assertThat(dataDir.resolve("events.db")).exists();
        assertThat(dataDir.resolve("readmodels.mv")).exists();
    }

    private void assertWiring(ConfigurableApplicationContext context) {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class)).containsOnlyKeys("eventStorageEngine");
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);

        ObjectMapper axonMapper = context.getBean(AxonJacksonConfiguration.AXON_OBJECT_MAPPER, ObjectMapper.class);
        ObjectMapper springMapper = context.getBean(ObjectMapper.class);
        assertThat(springMapper).isNotSameAs(axonMapper);
        for (String name : List.of("serializer", "eventSerializer", "messageSerializer")) {
            Serializer serializer = context.getBean(name, Serializer.class);
            assertThat(serializer).isInstanceOf(JacksonSerializer.class);
            assertThat(((JacksonSerializer) serializer).getObjectMapper()).isSameAs(axonMapper);
        }
        assertThat(context.getBean(MongoTemplate.class).getDb().getName()).isEqualTo("fengqiao");
        // fengqiao-platform.yml, imported by application.yml: axon.timeout.enabled=false
        assertThat(context.containsBean("messageTimeoutHandlerEnhancerDefinition")).isFalse();
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: application.yml's fengqiao.data-dir must be overridden.
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--fengqiao.data-dir=" + dataDir);
    }

    private static GenericDomainEventMessage<NoteAdded> note(String caseId, long sequence, String note) {
        return new GenericDomainEventMessage<>("Case", caseId, sequence, new NoteAdded(caseId, note));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({SqliteEventStorageConfiguration.class,
            EmbeddedMongoConfiguration.class,
            MongoTokenStoreConfiguration.class})
    static class TestApplication {

        @Bean
        Projection projection() {
            return new Projection();
        }
    }

    @ProcessingGroup("test-projection")
    static class Projection {

        final List<String> notes = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(NoteAdded event) {
            notes.add(event.note());
        }
    }
}
