package org.fengqiao.launcher.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.sqlite.SqLiteStorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default's deadline store: JobRunr's tables in an SQLite file of their own,
 * {@code ${fengqiao.data-dir}/deadlines.db}, in WAL mode.
 * <p>
 * Not in {@code events.db}: the event store runs on exactly one connection (see {@link SqliteDataSource}), which a
 * command holds from loading its case until it commits, and Axon's JobRunr deadline manager writes a new job while
 * the command is still running, through a connection of its own; on the same single-connection pool that would wait
 * for itself. Two files cost the atomicity of "event and its job": a job is written before the command's events
 * commit, so a crash in between leaves a job for a deadline the case never set, which the case ignores when it fires.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnProperty(name = "fengqiao.deadlines.store", havingValue = "sqlite", matchIfMissing = true)
public class SqliteDeadlineStoreConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(SqliteDeadlineStoreConfiguration.class);

    @Bean
    public StorageProvider sqliteDeadlineStore(DeadlineConnections connections) {
        return new SqLiteStorageProvider(connections.pool());
    }

    /**
     * Pooled connections to the deadline file ({@code fengqiao.deadlines.sqlite.pool-size}, default 4): JobRunr asks
     * its data source for a connection for every job it writes, and a new SQLite connection opens the file and sets
     * its pragmas each time (about a quarter of the cost of writing a deadline under the load harness). Not a
     * {@code DataSource} bean, so the event store's stays the application's only one.
     */
    @Bean(destroyMethod = "close")
    public DeadlineConnections sqliteDeadlineConnections(@Value("${fengqiao.data-dir:./data}") String dataDir,
            @Value("${fengqiao.deadlines.sqlite.pool-size:4}") int poolSize) {
        Path file = Path.of(dataDir).resolve("deadlines.db").toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the deadline store " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file);
        logger.info("Deadline store: SQLite {}", file);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("sqlite-deadlines");
        hikari.setDataSource(sqlite);
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(1);
        return new DeadlineConnections(new HikariDataSource(hikari));
    }

    /** The deadline file's connection pool. */
    public record DeadlineConnections(HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
        }
    }
}
