package org.fengqiao.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default's SQLite event store, opened directly: to check what a crash left behind, and to grow a store
 * for the replay and aggregate-loading benchmarks by copying recorded cases under new ids (only while the service is
 * stopped). Copies keep the recorded shape of every event, so they stay valid whatever the kernel's records become.
 */
final class EventStoreFile implements AutoCloseable {

    /** One stored event row, as written by the service. */
    record Row(String aggregate, long sequence, String type, String eventId, String metaData, String payload,
               String payloadRevision, String payloadType, String timestamp) {
    }

    /** Recording times as the service writes them (Axon's ISO-8601 with milliseconds), so that they sort as text. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([A-Z]+-\\d{4}-)(\\d{6})\"");

    private final Connection connection;

    EventStoreFile(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=10000");
            statement.execute("PRAGMA synchronous=NORMAL");
        }
    }

    long count() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The sequence number and payload type of every event of every case, in sequence order. */
    Map<String, List<Row>> byCase() throws SQLException {
        Map<String, List<Row>> cases = new LinkedHashMap<>();
        for (Row row : rows("SELECT aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload, "
                + "payloadRevision, payloadType, timeStamp FROM DomainEventEntry "
                + "ORDER BY aggregateIdentifier, sequenceNumber", null)) {
            cases.computeIfAbsent(row.aggregate(), id -> new ArrayList<>()).add(row);
        }
        return cases;
    }

    List<Row> events(String caseId) throws SQLException {
        return rows("SELECT aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload, "
                + "payloadRevision, payloadType, timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", caseId);
    }

    /**
     * Appends copies of the given cases under new case ids and case numbers (numbers from {@code firstNumber} up)
     * until the store holds at least {@code target} events; answers the ids of the copies.
     */
    List<String> growTo(long target, Map<String, List<Row>> templates, int firstNumber) throws SQLException {
        return growTo(target, templates, firstNumber, 0);
    }

    /**
     * As {@link #growTo(long, Map, int)}, with recording times spread over the {@code spreadSeconds} before the
     * originals': the originals are moved back by all of it, each copy by less (the first by all, the last by about
     * none), so that recording times rise in store order over that span, as a store written over that time has them.
     */
    List<String> growTo(long target, Map<String, List<Row>> templates, int firstNumber, long spreadSeconds)
            throws SQLException {
        if (spreadSeconds > 0) {
            moveBack(spreadSeconds);
        }
        List<String> copies = new ArrayList<>();
        long events = count();
        long from = events;
        int number = firstNumber;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batch = 0;
            while (events < target) {
                for (List<Row> template : templates.values()) {
                    String newId = UUID.randomUUID().toString();
                    String oldId = template.get(0).aggregate();
                    String newNumber = String.format("%06d", number++);
                    long back = spreadSeconds * (target - events) / Math.max(1, target - from);
                    for (Row row : template) {
                        String payload = renumber(row.payload().replace(oldId, newId), newNumber);
                        bind(insert, newId, row.sequence(), row, payload);
                        if (back > 0) {
                            insert.setString(9, TIMESTAMP.format(Instant.parse(row.timestamp()).minusSeconds(back)));
                        }
                        insert.addBatch();
                        events++;
                        if (++batch == 5000) {
                            insert.executeBatch();
                            connection.commit();
                            batch = 0;
                        }
                    }
                    copies.add(newId);
                    if (events >= target) {
                        break;
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        return copies;
    }

    /** Moves the recording time of every stored event back by {@code seconds}, keeping their order. */
    private void moveBack(long seconds) throws SQLException {
        Map<Long, String> times = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT globalIndex, timeStamp FROM DomainEventEntry")) {
            while (rows.next()) {
                times.put(rows.getLong(1), rows.getString(2));
            }
        }
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE DomainEventEntry SET timeStamp = ? WHERE globalIndex = ?")) {
            for (Map.Entry<Long, String> row : times.entrySet()) {
                update.setString(1, TIMESTAMP.format(Instant.parse(row.getValue()).minusSeconds(seconds)));
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    long caseCount() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(DISTINCT aggregateIdentifier) FROM DomainEventEntry")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Appends copies of the case's last event until the case has {@code total} events. */
    void extend(String caseId, long total) throws SQLException {
        List<Row> events = events(caseId);
        Row last = events.get(events.size() - 1);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long sequence = events.size(); sequence < total; sequence++) {
                bind(insert, caseId, sequence, last, last.payload());
                insert.addBatch();
                if (sequence % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    void deleteSnapshots() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM SnapshotEventEntry");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static final String INSERT = "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
            + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void bind(PreparedStatement insert, String id, long sequence, Row row, String payload)
            throws SQLException {
        insert.setString(1, id);
        insert.setLong(2, sequence);
        insert.setString(3, row.type());
        insert.setString(4, UUID.randomUUID().toString());
        insert.setString(5, row.metaData());
        insert.setString(6, payload);
        insert.setString(7, row.payloadRevision());
        insert.setString(8, row.payloadType());
        insert.setString(9, row.timestamp());
    }

    private static String renumber(String payload, String number) {
        Matcher matcher = CASE_NUMBER.matcher(payload);
        return matcher.find() ? matcher.replaceFirst("\"caseNumber\":\"$1" + number + "\"") : payload;
    }

    private List<Row> rows(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getLong(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getString(6), result.getString(7), result.getString(8),
                            result.getString(9)));
                }
            }
            return rows;
        }
    }
}
