package org.fengqiao.query.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.fengqiao.integrity.ChainHead;
import org.fengqiao.integrity.RecordAnchor;
import org.fengqiao.integrity.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads events exactly as the JDBC event store holds them (Axon's default {@link EventSchema}, SQLite or
 * PostgreSQL): payload bytes, type and revision as written, before any upcaster, so that the hashes recomputed here
 * are over what was hashed at append time. Every read is a short statement; long scans go page by page over the global
 * index, so that the embedded store's single connection is never held for long.
 */
public class StoredEvents {

    private static final EventSchema SCHEMA = new EventSchema();
    static final String TABLE = SCHEMA.domainEventTable();
    private static final String INDEX = SCHEMA.globalIndexColumn();
    private static final String AGGREGATE = SCHEMA.aggregateIdentifierColumn();
    private static final String SEQUENCE = SCHEMA.sequenceNumberColumn();
    private static final String TYPE = SCHEMA.typeColumn();
    private static final String COLUMNS = String.join(", ", INDEX, AGGREGATE, SEQUENCE, SCHEMA.payloadTypeColumn(),
            SCHEMA.payloadRevisionColumn(), SCHEMA.payloadColumn(), SCHEMA.metaDataColumn());
    private static final ObjectMapper TREES = new ObjectMapper();

    private final Supplier<DataSource> dataSource;
    private volatile JdbcTemplate template;

    public StoredEvents(DataSource dataSource) {
        this(() -> dataSource);
    }

    /** @param dataSource the event store's data source, or a supplier of null where the events are not in SQL */
    public StoredEvents(Supplier<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this deployment keeps its events in a JDBC store that can be read here. */
    public boolean available() {
        return dataSource.get() != null;
    }

    private JdbcTemplate jdbc() {
        if (template == null) {
            DataSource source = dataSource.get();
            if (source == null) {
                throw new IntegrityProblems.NotAvailable();
            }
            template = new JdbcTemplate(source);
        }
        return template;
    }

    /** The stored events of one stream, in sequence order; empty when there is no such stream. */
    public List<StoredEvent> stream(String aggregateId) {
        return jdbc().query("SELECT " + COLUMNS + " FROM " + TABLE
                        + " WHERE " + AGGREGATE + " = ? ORDER BY " + SEQUENCE,
                (rs, row) -> event(rs), aggregateId);
    }

    /**
     * Feeds every event of an aggregate stream (one with an aggregate type) with {@code from < position <= to} to the
     * consumer, in position order, {@code page} rows per statement.
     */
    public void scan(long from, long to, int page, Consumer<StoredEvent> consumer) {
        long after = from;
        while (after < to) {
            List<StoredEvent> events = jdbc().query("SELECT " + COLUMNS + " FROM " + TABLE
                            + " WHERE " + INDEX + " > ? AND " + INDEX + " <= ? AND " + TYPE
                            + " IS NOT NULL ORDER BY " + INDEX + " LIMIT " + page,
                    (rs, row) -> event(rs), after, to);
            if (events.isEmpty()) {
                return;
            }
            events.forEach(consumer);
            after = events.get(events.size() - 1).position();
        }
    }

    /** The store's last position (global index), 0 when it is empty. */
    public long headPosition() {
        Long head = jdbc().query("SELECT " + INDEX + " FROM " + TABLE + " ORDER BY " + INDEX + " DESC LIMIT 1",
                rs -> rs.next() ? rs.getLong(1) : 0L);
        return head == null ? 0 : head;
    }

    /** The number of aggregate events up to a position, for progress. */
    public long count(long upTo) {
        Long count = jdbc().queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE " + INDEX + " <= ?"
                + " AND " + TYPE + " IS NOT NULL", Long.class, upTo);
        return count == null ? 0 : count;
    }

    /** The position of one stored event, or -1. */
    public long positionOf(String aggregateId, long sequence) {
        Long position = jdbc().query("SELECT " + INDEX + " FROM " + TABLE
                        + " WHERE " + AGGREGATE + " = ? AND " + SEQUENCE + " = ?",
                rs -> rs.next() ? rs.getLong(1) : -1L, aggregateId, sequence);
        return position == null ? -1 : position;
    }

    /**
     * The head of every case stream as it stood at {@code upTo}: the last event of each aggregate stream, but the
     * anchor ledger's, with a position up to {@code upTo}, and the hash recorded in its metadata.
     */
    public List<ChainHead> heads(long upTo) {
        return jdbc().query("SELECT e." + AGGREGATE + ", e." + SEQUENCE + ", e." + SCHEMA.metaDataColumn() + " FROM "
                        + TABLE + " e JOIN (SELECT " + AGGREGATE + " AS a, MAX(" + SEQUENCE + ") AS s FROM " + TABLE
                        + " WHERE " + INDEX + " <= ? AND " + TYPE + " IS NOT NULL AND " + AGGREGATE + " <> ?"
                        + " GROUP BY " + AGGREGATE + ") h ON e." + AGGREGATE + " = h.a AND e." + SEQUENCE + " = h.s",
                (rs, row) -> {
                    String hash = hashOf(bytes(rs, 3));
                    return new ChainHead(rs.getString(1), rs.getLong(2), hash == null ? "" : hash);
                }, upTo, RecordAnchor.LEDGER);
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        byte[] payload = bytes(rs, 6);
        JsonNode tree = tree(payload);
        return new StoredEvent(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), payload,
                text(tree, "occurredAt"), text(tree, "actor"), hashOf(bytes(rs, 7)), rs.getLong(1));
    }

    /** A column as the bytes it holds: PostgreSQL keeps {@code bytea}, the SQLite store keeps UTF-8 text. */
    private static byte[] bytes(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return new byte[0];
        }
        return value instanceof byte[] raw ? raw : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The chain hash in a stored metadata document, or null. */
    static String hashOf(byte[] metadata) {
        JsonNode tree = tree(metadata);
        JsonNode hash = tree == null ? null : tree.get("hash");
        return hash == null || !hash.isTextual() ? null : hash.asText();
    }

    private static JsonNode tree(byte[] json) {
        if (json.length == 0) {
            return null;
        }
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            // an altered payload that is no longer JSON still gets hashed as bytes; it just names no time or actor
            return null;
        }
    }

    /** A top-level field as text, exactly as the command side reads it when hashing. */
    private static String text(JsonNode tree, String field) {
        JsonNode value = tree == null ? null : tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
