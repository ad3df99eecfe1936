package org.fengqiao.launcher.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The data source of the SQLite event store: a HikariCP pool of exactly one connection to the database file, in WAL
 * mode, behind a {@link LazyConnectionDataSourceProxy}.
 * <p>
 * One connection makes every write strictly sequential, so the global index is assigned in commit order and no
 * in-process lock contention or SQLITE_BUSY can occur. The lazy proxy matters because of that single connection:
 * Axon starts a Spring transaction around every command, query and event processor batch, and with a plain pool each
 * of those would hold the only connection for its whole duration even when it never touches SQLite (e.g. a projection
 * writing to MongoDB). The proxy fetches the physical connection only at the first real statement.
 */
public final class SqliteDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    /** How long a connection waits for a lock held by another process (e.g. a sqlite3 shell) before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource pool;

    private SqliteDataSource(HikariDataSource pool) {
        this.pool = pool;
        setTargetDataSource(pool);
        setDefaultAutoCommit(true);
        setDefaultTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        afterPropertiesSet();
    }

    /**
     * Opens the pool on the given database file, creating the file and its folder when missing.
     *
     * @param databaseFile the SQLite file, e.g. {@code data/events.db}
     * @param synchronous  SQLite's {@code synchronous} setting: NORMAL (safe in WAL mode, a power loss may drop the
     *                     last commits) or FULL (every commit is fsynced)
     */
    public static SqliteDataSource open(Path databaseFile, SQLiteConfig.SynchronousMode synchronous) {
        Path file = databaseFile.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the event store " + file, e);
        }

        SQLiteConfig sqliteConfig = new SQLiteConfig();
        sqliteConfig.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqliteConfig.setSynchronous(synchronous);
        sqliteConfig.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource sqlite = new SQLiteDataSource(sqliteConfig);
        sqlite.setUrl("jdbc:sqlite:" + file);

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("sqlite-events");
        hikari.setDataSource(sqlite);
        hikari.setMaximumPoolSize(1);
        hikari.setMinimumIdle(1);
        return new SqliteDataSource(new HikariDataSource(hikari));
    }

    /**
     * A pool of {@code size} connections for reading only (the event processors' streams, the loading of cases).
     * Nothing writes through it, so it needs neither the lazy proxy nor transactions; WAL lets these readers run
     * beside the one writer.
     */
    public static HikariDataSource openReaders(Path databaseFile, String poolName, int size) {
        SQLiteConfig sqliteConfig = new SQLiteConfig();
        sqliteConfig.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqliteConfig.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource sqlite = new SQLiteDataSource(sqliteConfig);
        sqlite.setUrl("jdbc:sqlite:" + databaseFile.toAbsolutePath().normalize());

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setDataSource(sqlite);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setAutoCommit(true);
        return new HikariDataSource(hikari);
    }

    /**
     * Parses the {@code fengqiao.event-store.sqlite.synchronous} setting; only NORMAL and FULL are meaningful for an
     * event store in WAL mode.
     */
    public static SQLiteConfig.SynchronousMode synchronousMode(String value) {
        String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return switch (normalized) {
            case "", "NORMAL" -> SQLiteConfig.SynchronousMode.NORMAL;
            case "FULL" -> SQLiteConfig.SynchronousMode.FULL;
            default -> throw new IllegalArgumentException(
                    "fengqiao.event-store.sqlite.synchronous must be NORMAL or FULL, not '" + value + "'");
        };
    }

    @Override
    public void close() {
        pool.close();
    }
}
