package org.fengqiao.command.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in the table {@code idempotency_key} of the database that holds the events (SQLite in the
 * embedded default, PostgreSQL in the {@code jdbc} profile). A claim is one {@code INSERT ... ON CONFLICT DO NOTHING},
 * atomic in both, so of two concurrent requests with one key exactly one runs. Expired rows are deleted at most
 * once an hour, by the next claim.
 */
@Component
@ConditionalOnProperty(name = "fengqiao.idempotency.store", havingValue = "jdbc", matchIfMissing = true)
public class JdbcIdempotencyStore implements IdempotencyStore {

    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final AtomicLong lastPurge = new AtomicLong();

    public JdbcIdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        try {
            createTable();
        } catch (DataAccessException raced) {
            // another instance created it between PostgreSQL's check and creation
            createTable();
        }
    }

    private void createTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS idempotency_key (key_hash VARCHAR(64) NOT NULL PRIMARY KEY, "
                + "request_hash VARCHAR(64) NOT NULL, status INTEGER, content_type VARCHAR(200), "
                + "location VARCHAR(500), body TEXT, expires_at BIGINT NOT NULL)");
        // added with the claims' leases and targets; a table from before gets them here
        for (String column : List.of("target VARCHAR(64)", "lease_until BIGINT")) {
            try {
                jdbc.execute("ALTER TABLE idempotency_key ADD COLUMN " + column);
            } catch (DataAccessException exists) {
                // the column is there already (neither SQLite nor every PostgreSQL version knows IF NOT EXISTS here)
            }
        }
    }

    @Override
    public Optional<Entry> reserve(String key, String requestHash, Instant expiresAt, Instant leaseUntil) {
        purgeExpired();
        for (int attempt = 0; attempt < 2; attempt++) {
            int inserted = jdbc.update("INSERT INTO idempotency_key (key_hash, request_hash, expires_at, lease_until) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (key_hash) DO NOTHING", key, requestHash,
                    expiresAt.toEpochMilli(), leaseUntil.toEpochMilli());
            if (inserted == 1) {
                return Optional.empty();
            }
            List<Entry> found = jdbc.query("SELECT request_hash, status, content_type, location, body, expires_at, "
                    + "target, lease_until FROM idempotency_key WHERE key_hash = ?", (row, n) -> {
                        if (row.getLong("expires_at") < System.currentTimeMillis()) {
                            return null;
                        }
                        int status = row.getInt("status");
                        StoredResponse response = row.wasNull() ? null : new StoredResponse(status,
                                row.getString("content_type"), row.getString("location"), row.getString("body"));
                        long lease = row.getLong("lease_until");
                        return new Entry(row.getString("request_hash"), response, row.getString("target"),
                                row.wasNull() ? null : Instant.ofEpochMilli(lease));
                    }, key);
            if (!found.isEmpty() && found.get(0) != null) {
                return Optional.of(found.get(0));
            }
            // gone or expired since: take it over
            jdbc.update("DELETE FROM idempotency_key WHERE key_hash = ? AND expires_at < ?", key,
                    System.currentTimeMillis());
        }
        throw new IllegalStateException("idempotency key could neither be claimed nor read");
    }

    @Override
    public void target(String key, String caseId) {
        jdbc.update("UPDATE idempotency_key SET target = ? WHERE key_hash = ? AND target IS NULL", caseId, key);
    }

    @Override
    public boolean takeOver(String key, Instant leaseUntil, Instant newLeaseUntil) {
        return jdbc.update("UPDATE idempotency_key SET lease_until = ? WHERE key_hash = ? AND lease_until = ? "
                + "AND status IS NULL", newLeaseUntil.toEpochMilli(), key, leaseUntil.toEpochMilli()) == 1;
    }

    @Override
    public void complete(String key, StoredResponse response) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ? "
                + "WHERE key_hash = ?", response.status(), response.contentType(), response.location(), response.body(),
                key);
    }

    @Override
    public void release(String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE key_hash = ? AND status IS NULL", key);
    }

    private void purgeExpired() {
        long now = System.currentTimeMillis();
        long last = lastPurge.get();
        if (now - last >= PURGE_INTERVAL.toMillis() && lastPurge.compareAndSet(last, now)) {
            jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", now);
        }
    }
}
