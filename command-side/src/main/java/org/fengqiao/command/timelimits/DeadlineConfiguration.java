package org.fengqiao.command.timelimits;

import com.mongodb.client.MongoClient;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.NoOpSpanFactory;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.nosql.mongo.MongoDBStorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Persistent deadlines in every mode: Axon's {@link JobRunrDeadlineManager} on a JobRunr job store that lives where
 * the mode keeps its data ({@code fengqiao.deadlines.store}): {@code sqlite} for the embedded default (its own file
 * beside the events, declared by the launcher), {@code jdbc} on the PostgreSQL database of the events, {@code mongo}
 * on the MongoDB of production, where Axon Server holds the events and there is no SQL database.
 *
 * <p>Why JobRunr: of the three stores Axon 4.13 integrates, only JobRunr has both SQL (SQLite and PostgreSQL among
 * them) and MongoDB storage; db-scheduler and Quartz need a JDBC database, which production does not have, and
 * Quartz's clustered JDBC store locks rows with {@code SELECT ... FOR UPDATE}, which SQLite does not understand.
 * Several instances share one store: each job moves from scheduled to processing under JobRunr's optimistic
 * locking (a version per job), so one instance fires it; a job left by an instance that died mid-way is taken
 * over once that instance misses its heartbeats, and may then run a second time, which the case ignores (see
 * {@code Case}). The limitation of the free edition, no {@code cancelAll}, does not matter: deadlines are never
 * cancelled.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    /** The prefix of the JobRunr collections in MongoDB. */
    public static final String MONGO_COLLECTION_PREFIX = "jobrunr_";

    /**
     * Self-hosted: the JobRunr tables ({@code jobrunr_*}) in the PostgreSQL database of the events, through a small
     * pool of their own ({@code fengqiao.deadlines.jdbc.pool-size}, default 3). A command holds a connection of the
     * application's pool while Axon schedules its deadlines; had JobRunr shared that pool, as many concurrent intakes
     * as the pool has connections would each wait for a second one (the split-mode check ran into exactly this with a
     * pool of 5).
     */
    @Bean
    @ConditionalOnMissingBean(StorageProvider.class)
    @ConditionalOnProperty(name = "fengqiao.deadlines.store", havingValue = "jdbc")
    StorageProvider jdbcDeadlineStore(DeadlineConnections connections) {
        return new PostgresStorageProvider(connections.pool());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "fengqiao.deadlines.store", havingValue = "jdbc")
    DeadlineConnections deadlineConnections(DataSourceProperties database,
            @Value("${fengqiao.deadlines.jdbc.pool-size:3}") int poolSize) {
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("deadlines");
        pool.setMaximumPoolSize(poolSize);
        pool.setMinimumIdle(1);
        return new DeadlineConnections(pool);
    }

    /** The deadline store's own connections; not a {@code DataSource} bean, so Spring Boot's stays the only one. */
    record DeadlineConnections(HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
        }
    }

    /**
     * Production: the JobRunr collections in the application's MongoDB database, named {@code jobrunr_jobs},
     * {@code jobrunr_migrations} and so on ({@link #MONGO_COLLECTION_PREFIX}); without a prefix JobRunr would name
     * them {@code jobs}, {@code metadata}, {@code migrations} beside the application's own.
     */
    @Bean
    @ConditionalOnMissingBean(StorageProvider.class)
    @ConditionalOnProperty(name = "fengqiao.deadlines.store", havingValue = "mongo")
    StorageProvider mongoDeadlineStore(MongoClient client, MongoConnectionDetails connection,
            @Value("${spring.data.mongodb.database:}") String database) {
        String name = StringUtils.hasText(database) ? database : connection.getConnectionString().getDatabase();
        if (!StringUtils.hasText(name)) {
            throw new IllegalStateException("Deadlines in MongoDB need a database: name it in the connection string"
                    + " or set spring.data.mongodb.database");
        }
        return mongoStore(client, name);
    }

    /** The production deadline store in {@code database}; creates its collections and indexes (JobRunr's migrations). */
    public static StorageProvider mongoStore(MongoClient client, String database) {
        return new MongoDBStorageProvider(client, database, MONGO_COLLECTION_PREFIX, DatabaseOptions.CREATE);
    }

    @Bean
    JobRunrDeadlines jobRunrDeadlines(StorageProvider storage,
            @Value("${fengqiao.deadlines.poll-interval:5s}") Duration pollInterval,
            @Value("${fengqiao.deadlines.workers:2}") int workers) {
        return new JobRunrDeadlines(storage, pollInterval, workers);
    }

    @Bean
    DeadlineManager deadlineManager(JobRunrDeadlines jobRunr, org.axonframework.config.Configuration axon,
            Serializer serializer, TransactionManager transactionManager,
            ObjectProvider<DeadlineManagerSpanFactory> spanFactory, Clock clock) {
        JobRunrDeadlineManager manager = JobRunrDeadlineManager.builder()
                .jobScheduler(jobRunr.scheduler())
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory.getIfAvailable(() -> DefaultDeadlineManagerSpanFactory.builder()
                        .spanFactory(NoOpSpanFactory.INSTANCE).build()))
                .build();
        jobRunr.use(manager);
        return new ClockAlignedDeadlineManager(manager, clock);
    }
}
