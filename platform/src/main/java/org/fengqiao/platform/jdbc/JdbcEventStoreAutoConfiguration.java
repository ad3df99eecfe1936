package org.fengqiao.platform.jdbc;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The self-hosted event store ({@code fengqiao.event-store=jdbc}, set by the {@code jdbc} profile): Axon's
 * {@link JdbcEventStorageEngine} on the PostgreSQL database of {@code spring.datasource.*}, with Axon's
 * {@link PostgresEventTableFactory} (BIGSERIAL global index, bytea payloads) and the Jackson serializers of the Axon
 * configuration. Every command-side and query-side instance uses the same database; appends of the same case from two
 * instances are ordered by the (aggregateIdentifier, sequenceNumber) unique key, and the loser's unique violation
 * becomes Axon's {@code ConcurrencyException}.
 * <p>
 * Ordered before Axon's own {@link JdbcAutoConfiguration}, whose engine would use the generic table factory's
 * assumptions and an exception resolver that does not recognise PostgreSQL's duplicate key errors.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = JdbcAutoConfiguration.class)
@ConditionalOnProperty(name = "fengqiao.event-store", havingValue = "jdbc")
@ConditionalOnBean(DataSource.class)
public class JdbcEventStoreAutoConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(JdbcEventStoreAutoConfiguration.class);

    /** An arbitrary constant that names the "create the event tables" lock among all instances. */
    private static final long SCHEMA_LOCK = 0x66656e67L;

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresPersistenceExceptionResolver();
    }

    @Bean
    public JdbcEventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     PersistenceExceptionResolver persistenceExceptionResolver,
                                                     ConnectionProvider connectionProvider,
                                                     TransactionManager transactionManager,
                                                     org.axonframework.config.Configuration configuration,
                                                     PlatformTransactionManager platformTransactionManager,
                                                     DataSource dataSource,
                                                     @Value("${fengqiao.event-store.jdbc.create-schema:true}")
                                                     boolean createSchema) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                                                              .snapshotSerializer(defaultSerializer)
                                                              .eventSerializer(eventSerializer)
                                                              .persistenceExceptionResolver(persistenceExceptionResolver)
                                                              .upcasterChain(configuration.upcasterChain())
                                                              .snapshotFilter(configuration.snapshotFilter())
                                                              .connectionProvider(connectionProvider)
                                                              .transactionManager(transactionManager)
                                                              .schema(new EventSchema())
                                                              .build();
        if (createSchema) {
            // CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin on PostgreSQL (both may try to create
            // the table's row type and one fails), and several instances may start at once: one at a time, then.
            new TransactionTemplate(platformTransactionManager).executeWithoutResult(status -> {
                new JdbcTemplate(dataSource).execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                engine.createSchema(PostgresEventTableFactory.INSTANCE);
            });
        }
        logger.info("Event store: PostgreSQL through Axon's JDBC engine (schema {})",
                    createSchema ? "created if missing" : "managed outside the application");
        return engine;
    }
}
