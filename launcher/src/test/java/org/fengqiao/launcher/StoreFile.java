package org.fengqiao.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Direct JDBC access to the running application's SQLite event store file, as someone with access to the disk would
 * have: for tests that alter, remove or add stored events behind the service's back. Each call opens and closes its
 * own connection; SQLite's WAL mode lets it work beside the application's.
 */
final class StoreFile {

    static final String TABLE = "DomainEventEntry";

    private final String url;

    StoreFile(String dataDir) {
        this.url = "jdbc:sqlite:" + Path.of(dataDir).resolve("events.db").toAbsolutePath();
    }

    /** Every column of one stored event, by name. */
    Map<String, Object> row(String aggregateId, long sequence) {
        try (Connection c = open(); PreparedStatement s = c.prepareStatement(
                "SELECT * FROM " + TABLE + " WHERE aggregateIdentifier = ? AND sequenceNumber = ?")) {
            s.setString(1, aggregateId);
            s.setLong(2, sequence);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no event " + aggregateId + "#" + sequence);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets one column of one stored event. */
    void update(String aggregateId, long sequence, String column, Object value) {
        execute("UPDATE " + TABLE + " SET " + column + " = ? WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                value, aggregateId, sequence);
    }

    void delete(String aggregateId, long sequence) {
        execute("DELETE FROM " + TABLE + " WHERE aggregateIdentifier = ? AND sequenceNumber = ?", aggregateId,
                sequence);
    }

    /** Inserts a row; with its global_index it puts back exactly what was removed. */
    void insert(Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        execute("INSERT INTO " + TABLE + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    private void execute(String sql, Object... values) {
        try (Connection c = open(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
        }
        return connection;
    }
}
