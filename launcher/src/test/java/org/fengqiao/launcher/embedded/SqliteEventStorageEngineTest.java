package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
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
import org.sqlite.SQLiteConfig;

/**
 * Axon's JDBC engine on SQLite, wired like {@link SqliteEventStorageConfiguration} does it, without Spring.
 */
class SqliteEventStorageEngineTest {

    enum Category {PETITION, DISPUTE}

    record Address(String street, String neighbourhood) {
    }

    record Party(String name, Address address) {
    }

    record CaseRegistered(String caseId, Category category, Party petitioner, Instant registeredAt,
                          LocalDate dueDate, List<String> tags) {
    }

    record NoteAdded(String caseId, String note) {
    }

    record CaseClosed() {
    }

    @TempDir
    Path dataDir;

    private SqliteDataSource dataSource;
    private JdbcEventStorageEngine engine;

    @BeforeEach
    void openStore() {
        open(SQLiteConfig.SynchronousMode.NORMAL);
    }

    @AfterEach
    void closeStore() {
        dataSource.close();
    }

    @Test
    void emptyStoreAnswersTokenAndSequenceQueriesWithoutFailing() {
        assertThat(engine.createHeadToken()).isNull();
        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createTokenAt(Instant.now())).isNull();
        assertThat(engine.lastSequenceNumberFor("case-1")).isEmpty();
        assertThat(engine.readEvents((TrackingToken) null, false)).isEmpty();
        assertThat(engine.readEvents("case-1").asStream()).isEmpty();
    }

    @Test
    void readsBackTheEventsOfEachAggregateWithTheirPayloadsAndMetaData() {
        CaseRegistered registered = new CaseRegistered(
                "case-1", Category.DISPUTE, new Party("Li Wei", new Address("Fengqiao Rd 1", "North")),
                Instant.parse("2025-03-01T08:15:30.123456Z"), LocalDate.of(2025, 3, 31), List.of("urgent", "water"));
        engine.appendEvents(
                event("case-1", 0, registered, Map.of("userId", "clerk-7")),
                event("case-2", 0, new NoteAdded("case-2", "first"), Map.of()),
                event("case-1", 1, new NoteAdded("case-1", "visited"), Map.of()),
                event("case-1", 2, new CaseClosed(), Map.of()));

        List<? extends DomainEventMessage<?>> case1 = engine.readEvents("case-1").asStream().toList();
        assertThat(case1).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(payloads(case1.stream()))
                .containsExactly(registered, new NoteAdded("case-1", "visited"), new CaseClosed());
        assertThat(case1.get(0).getMetaData()).containsEntry("userId", "clerk-7");
        assertThat(case1.get(0).getType()).isEqualTo("Case");

        assertThat(payloads(engine.readEvents("case-2").asStream())).containsExactly(new NoteAdded("case-2", "first"));
        assertThat(payloads(engine.readEvents("case-1", 2).asStream())).containsExactly(new CaseClosed());
        assertThat(engine.lastSequenceNumberFor("case-1")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("case-2")).contains(0L);
    }

    @Test
    void streamsAllEventsInGlobalOrderAndContinuesFromAToken() {
        engine.appendEvents(
                event("case-1", 0, new NoteAdded("case-1", "a"), Map.of()),
                event("case-2", 0, new NoteAdded("case-2", "b"), Map.of()));
        engine.appendEvents(event("case-1", 1, new NoteAdded("case-1", "c"), Map.of()));

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(notes(all)).containsExactly("a", "b", "c");
        assertThat(engine.readEvents(engine.createTailToken(), false).toList()).hasSize(3);
        assertThat(engine.readEvents(engine.createHeadToken(), false)).isEmpty();
        assertThat(engine.createHeadToken()).isEqualTo(all.get(2).trackingToken());

        TrackingToken afterFirst = all.get(0).trackingToken();
        assertThat(notes(engine.readEvents(afterFirst, false).toList())).containsExactly("b", "c");

        TrackingToken last = all.get(2).trackingToken();
        engine.appendEvents(event("case-2", 1, new NoteAdded("case-2", "d"), Map.of()));
        assertThat(notes(engine.readEvents(last, false).toList())).containsExactly("d");
    }

    @Test
    void createsATokenAtAPointInTime() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        engine.appendEvents(new GenericDomainEventMessage<>("Case", "case-1", 0, new NoteAdded("case-1", "old"),
                                                            Map.of(), "event-old", start.minusSeconds(60)),
                            new GenericDomainEventMessage<>("Case", "case-1", 1, new NoteAdded("case-1", "new"),
                                                            Map.of(), "event-new", start));

        assertThat(notes(engine.readEvents(engine.createTokenAt(start), false).toList())).containsExactly("new");
        // Nothing at or after the instant: the head token, as on other databases.
        assertThat(engine.createTokenAt(start.plusSeconds(60))).isEqualTo(engine.createHeadToken());
    }

    @Test
    void aSecondWriterOfTheSameSequenceNumberGetsAxonsConcurrencyExceptions() {
        engine.appendEvents(event("case-1", 0, new NoteAdded("case-1", "a"), Map.of()),
                            event("case-1", 1, new NoteAdded("case-1", "b"), Map.of()));

        assertThatThrownBy(() -> engine.appendEvents(event("case-1", 0, new NoteAdded("case-1", "x"), Map.of())))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("case-1", 1, new NoteAdded("case-1", "x"), Map.of())))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(notes(engine.readEvents(null, false).toList())).containsExactly("a", "b");
    }

    @Test
    void storesAndReadsSnapshots() {
        engine.appendEvents(event("case-1", 0, new NoteAdded("case-1", "a"), Map.of()));
        engine.storeSnapshot(event("case-1", 0, new NoteAdded("case-1", "snapshot"), Map.of()));

        assertThat(payloads(engine.readSnapshot("case-1").stream()))
                .containsExactly(new NoteAdded("case-1", "snapshot"));
        assertThat(engine.readSnapshot("case-2")).isEmpty();
    }

    @Test
    void keepsTheEventsWhenTheStoreIsClosedAndReopened() {
        engine.appendEvents(event("case-1", 0, new NoteAdded("case-1", "a"), Map.of()),
                            event("case-1", 1, new NoteAdded("case-1", "b"), Map.of()));
        TrackingToken head = engine.createHeadToken();

        dataSource.close();
        open(SQLiteConfig.SynchronousMode.NORMAL);

        assertThat(payloads(engine.readEvents("case-1").asStream()))
                .containsExactly(new NoteAdded("case-1", "a"), new NoteAdded("case-1", "b"));
        assertThat(engine.createHeadToken()).isEqualTo(head);
        engine.appendEvents(event("case-1", 2, new NoteAdded("case-1", "c"), Map.of()));
        assertThat(notes(engine.readEvents(head, false).toList())).containsExactly("c");
        assertThat(dataDir.resolve("events.db")).exists();
    }

    @Test
    void usesWriteAheadLoggingAndTheConfiguredSynchronousMode() throws SQLException {
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).isEqualTo("1");

        dataSource.close();
        open(SqliteDataSource.synchronousMode("full"));
        assertThat(pragma("synchronous")).isEqualTo("2");
    }

    private String pragma(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private void open(SQLiteConfig.SynchronousMode synchronous) {
        dataSource = SqliteDataSource.open(dataDir.resolve("events.db"), synchronous);
        Serializer serializer = JacksonSerializer.builder()
                                                 .objectMapper(AxonJacksonConfiguration.axonObjectMapper())
                                                 .build();
        engine = SqliteDialect.engineBuilder()
                              .eventSerializer(serializer)
                              .snapshotSerializer(serializer)
                              .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                                      new SpringDataSourceConnectionProvider(dataSource)))
                              .transactionManager(new SpringTransactionManager(
                                      new DataSourceTransactionManager(dataSource)))
                              .build();
        engine.createSchema(new SqliteEventTableFactory());
    }

    private static DomainEventMessage<?> event(String caseId, long sequence, Object payload, Map<String, ?> metaData) {
        return new GenericDomainEventMessage<>("Case", caseId, sequence, payload, metaData);
    }

    private static List<Object> payloads(Stream<? extends EventMessage<?>> events) {
        return events.map(EventMessage::getPayload).collect(Collectors.toList());
    }

    private static List<String> notes(List<? extends TrackedEventMessage<?>> events) {
        return events.stream()
                     .map(event -> ((NoteAdded) event.getPayload()).note())
                     .collect(Collectors.toList());
    }
}
