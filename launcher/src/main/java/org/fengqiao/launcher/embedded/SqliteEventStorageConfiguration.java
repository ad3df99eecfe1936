package org.fengqiao.launcher.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.sqlite.SQLiteConfig;

/**
 * The embedded event store: Axon's JDBC engine on an SQLite file {@code ${fengqiao.data-dir}/events.db}.
 * <p>
 * Active unless {@code fengqiao.event-store} names another store, and never in the {@code production} profile (Axon
 * Server stores the events there). The beans here make the rest of the wiring come from Spring Boot and Axon
 * auto-configuration:
 * <ul>
 *     <li>the {@code dataSource} gives Spring Boot's {@code JdbcTemplate} and {@code JdbcTransactionManager} (which
 *     Axon wraps as its {@code SpringTransactionManager}), and Axon's transaction-aware {@code ConnectionProvider};</li>
 *     <li>the {@code eventStorageEngine} feeds the {@code EmbeddedEventStore} (bean {@code eventBus}, declared here as
 *     a {@link SignallingEventStore}) and stops
 *     Axon's JdbcAutoConfiguration from creating its own engine and {@code EventSchema};</li>
 *     <li>the {@code persistenceExceptionResolver} replaces Axon's {@code JdbcSQLErrorCodesResolver}, which does not
 *     know SQLite's error codes.</li>
 * </ul>
 * Tracking tokens are not kept here: Axon's {@code JdbcTokenStore} locks rows with {@code SELECT .. FOR UPDATE},
 * which SQLite rejects. The query side declares a MongoDB {@code TokenStore}, which keeps Axon's JDBC one away.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnProperty(name = "fengqiao.event-store", havingValue = "sqlite", matchIfMissing = true)
public class SqliteEventStorageConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(SqliteEventStorageConfiguration.class);

    @Bean
    public SqliteDataSource dataSource(@Value("${fengqiao.data-dir:./data}") String dataDir,
                                       @Value("${fengqiao.event-store.sqlite.synchronous:NORMAL}") String synchronous) {
        Path file = Path.of(dataDir).resolve("events.db").toAbsolutePath().normalize();
        SQLiteConfig.SynchronousMode synchronousMode = SqliteDataSource.synchronousMode(synchronous);
        logger.info("Event store: SQLite {} (synchronous={})", file, synchronousMode);
        return SqliteDataSource.open(file, synchronousMode);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SqlitePersistenceExceptionResolver();
    }

    /**
     * Built like Axon's own JDBC engine bean (same serializers, upcasters and snapshot filter from the Axon
     * configuration), plus the SQLite dialect. The tables are created here, before anything can read or append.
     * Three engines share the file (see {@link SplitReadsEventStorageEngine}): the writer on the single connection of
     * {@link #dataSource} (appends and snapshots, inside Spring's transactions), the event processors' streams on
     * {@code fengqiao.event-store.sqlite.readers} reading connections, and the loading of cases (events, snapshot) on
     * {@code fengqiao.event-store.sqlite.aggregate-readers} more, so that a command holds the writer only from its
     * first write to its commit. Either set to 0 reads that part through the writer, as before.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 org.axonframework.config.Configuration configuration,
                                                 @Value("${fengqiao.data-dir:./data}") String dataDir,
                                                 @Value("${fengqiao.event-store.sqlite.readers:2}") int readers,
                                                 @Value("${fengqiao.event-store.sqlite.aggregate-readers:4}")
                                                 int aggregateReaders) {
        JdbcEventStorageEngine writer = engine(defaultSerializer, eventSerializer, persistenceExceptionResolver,
                configuration).connectionProvider(connectionProvider).transactionManager(transactionManager).build();
        writer.createSchema(new SqliteEventTableFactory());
        if (readers < 1 && aggregateReaders < 1) {
            return writer;
        }
        List<AutoCloseable> pools = new ArrayList<>();
        EventStorageEngine streams = readers < 1 ? writer : reader(defaultSerializer, eventSerializer,
                persistenceExceptionResolver, configuration, dataDir, "sqlite-event-readers", readers, pools);
        EventStorageEngine aggregates = aggregateReaders < 1 ? writer : reader(defaultSerializer, eventSerializer,
                persistenceExceptionResolver, configuration, dataDir, "sqlite-aggregate-readers", aggregateReaders,
                pools);
        return new SplitReadsEventStorageEngine(writer, streams, aggregates, pools);
    }

    private static JdbcEventStorageEngine reader(Serializer defaultSerializer, Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 String dataDir, String poolName, int size,
                                                 List<AutoCloseable> pools) {
        HikariDataSource pool = SqliteDataSource.openReaders(Path.of(dataDir).resolve("events.db"), poolName, size);
        pools.add(pool);
        return engine(defaultSerializer, eventSerializer, persistenceExceptionResolver, configuration)
                .connectionProvider(new DataSourceConnectionProvider(pool))
                .transactionManager(NoTransactionManager.INSTANCE).build();
    }

    /**
     * Axon's {@code EmbeddedEventStore} as Axon's auto-configuration builds it (same name, monitor and spans), whose
     * streams wake the event processors when an append commits ({@link SignallingEventStore}) instead of leaving
     * them to look every 500 ms; {@code fengqiao.event-store.wake-delay} (50 ms) gathers the events of concurrent
     * commands before the wake-up, so that the projections fold them in one batch.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${fengqiao.event-store.wake-delay:50ms}") Duration wakeDelay) {
        return new SignallingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)), wakeDelay, Duration.ofMillis(500));
    }

    private static JdbcEventStorageEngine.Builder engine(Serializer defaultSerializer, Serializer eventSerializer,
                                                         PersistenceExceptionResolver persistenceExceptionResolver,
                                                         org.axonframework.config.Configuration configuration) {
        return SqliteDialect.engineBuilder()
                            .snapshotSerializer(defaultSerializer)
                            .eventSerializer(eventSerializer)
                            .persistenceExceptionResolver(persistenceExceptionResolver)
                            .upcasterChain(configuration.upcasterChain())
                            .snapshotFilter(configuration.snapshotFilter());
    }
}
