package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fengqiao.platform.AxonJacksonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.sqlite.SQLiteConfig;

/**
 * The engine {@link SqliteEventStorageConfiguration} builds: a case loads (its events, snapshot and last sequence
 * number) while another command's transaction holds the one writing connection, and sees only committed events.
 */
class SplitReadsEventStorageEngineTest {

    record NoteAdded(String caseId, String note) {
    }

    @TempDir
    Path dataDir;

    private SqliteDataSource dataSource;
    private DataSourceTransactionManager transactions;
    private EventStorageEngine engine;
    private final ExecutorService otherCommand = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() {
        dataSource = SqliteDataSource.open(dataDir.resolve("events.db"), SQLiteConfig.SynchronousMode.NORMAL);
        transactions = new DataSourceTransactionManager(dataSource);
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(AxonJacksonConfiguration.axonObjectMapper()).build();
        Configuration axon = DefaultConfigurer.defaultConfiguration().buildConfiguration();
        engine = new SqliteEventStorageConfiguration().eventStorageEngine(serializer, serializer,
                new SqlitePersistenceExceptionResolver(),
                new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource)),
                new SpringTransactionManager(transactions), axon, dataDir.toString(), 2, 2);
    }

    @AfterEach
    void close() throws Exception {
        otherCommand.shutdownNow();
        ((AutoCloseable) engine).close();
        dataSource.close();
    }

    @Test
    void a_case_loads_while_another_command_holds_the_writing_connection_and_sees_only_committed_events()
            throws Exception {
        engine.appendEvents(note("case-1", 0, "first"), note("case-1", 1, "second"));
        engine.storeSnapshot(note("case-1", 1, "state after the second"));

        TransactionStatus holding = transactions.getTransaction(new DefaultTransactionDefinition());
        engine.appendEvents(note("case-2", 0, "not committed yet"));

        assertThat(otherCommand.submit(() -> engine.readEvents("case-1", 0).asStream()
                .map(DomainEventMessage::getSequenceNumber).toList()).get(5, TimeUnit.SECONDS))
                .containsExactly(0L, 1L);
        assertThat(otherCommand.submit(() -> engine.readSnapshot("case-1")).get(5, TimeUnit.SECONDS))
                .hasValueSatisfying(snapshot -> assertThat(snapshot.getSequenceNumber()).isEqualTo(1L));
        assertThat(otherCommand.submit(() -> engine.lastSequenceNumberFor("case-1")).get(5, TimeUnit.SECONDS))
                .contains(1L);
        assertThat(otherCommand.submit(() -> engine.readEvents("case-2", 0).asStream().toList())
                .get(5, TimeUnit.SECONDS)).isEmpty();

        transactions.commit(holding);
        assertThat(otherCommand.submit(() -> engine.readEvents("case-2", 0).asStream()
                .map(event -> ((NoteAdded) event.getPayload()).note()).toList()).get(5, TimeUnit.SECONDS))
                .isEqualTo(List.of("not committed yet"));
    }

    private static DomainEventMessage<?> note(String caseId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Case", caseId, sequence, new NoteAdded(caseId, text), Map.of());
    }
}
