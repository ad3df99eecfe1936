package org.fengqiao.launcher.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * What Axon's {@link JdbcEventStorageEngine} needs to run on SQLite.
 * <p>
 * Axon's default statements for tokens and sequence numbers are {@code SELECT min(..)} / {@code SELECT max(..)}
 * queries that return one row holding SQL NULL when nothing matches (e.g. on an empty store). Axon reads that column
 * with {@code ResultSet.getObject(1, Long.class)}, which sqlite-jdbc rejects for NULL ("Bad value for type Long").
 * The replacements below use {@code ORDER BY .. LIMIT 1} instead, so "nothing matches" is an empty result set, which
 * Axon already maps to {@code null} / {@code Optional.empty()} exactly as it does on other databases. A COALESCE
 * sentinel would not be equivalent: a head token of 0 or -1 instead of {@code null} would invent a gap, and a last
 * sequence number of -1 would claim that an unknown aggregate exists. Each query walks the rowid or the unique
 * (aggregateIdentifier, sequenceNumber) index and stops at the first row.
 */
public final class SqliteDialect {

    private SqliteDialect() {
    }

    /**
     * An engine builder with the SQLite-specific parts set: textual payloads, the SQLite duplicate-key resolver and the
     * null-safe statements. Callers add serializers, connection provider and transaction manager, build, then call
     * {@code createSchema(new SqliteEventTableFactory())}.
     */
    public static JdbcEventStorageEngine.Builder engineBuilder() {
        return JdbcEventStorageEngine.builder()
                                     .dataType(String.class)
                                     .persistenceExceptionResolver(new SqlitePersistenceExceptionResolver())
                                     .createHeadToken(SqliteDialect::createHeadToken)
                                     .createTailToken(SqliteDialect::createTailToken)
                                     .createTokenAt(SqliteDialect::createTokenAt)
                                     .lastSequenceNumberFor(SqliteDialect::lastSequenceNumberFor)
                                     .fetchTrackedEvents(SqliteDialect::fetchTrackedEvents);
    }

    static PreparedStatement createHeadToken(Connection connection, EventSchema schema) throws SQLException {
        return connection.prepareStatement(
                "SELECT " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                        + " ORDER BY " + schema.globalIndexColumn() + " DESC LIMIT 1");
    }

    static PreparedStatement createTailToken(Connection connection, EventSchema schema) throws SQLException {
        return connection.prepareStatement(
                "SELECT " + schema.globalIndexColumn() + " - 1 FROM " + schema.domainEventTable()
                        + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
    }

    static PreparedStatement createTokenAt(Connection connection, EventSchema schema, Instant dateTime)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "SELECT " + schema.globalIndexColumn() + " - 1 FROM " + schema.domainEventTable()
                        + " WHERE " + schema.timestampColumn() + " >= ?"
                        + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
        // Same textual format the engine writes timestamps in, so the comparison is lexicographic on equal shapes.
        statement.setString(1, DateTimeUtils.formatInstant(dateTime));
        return statement;
    }

    static PreparedStatement lastSequenceNumberFor(Connection connection, EventSchema schema, String aggregateIdentifier)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "SELECT " + schema.sequenceNumberColumn() + " FROM " + schema.domainEventTable()
                        + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                        + " ORDER BY " + schema.sequenceNumberColumn() + " DESC LIMIT 1");
        statement.setString(1, aggregateIdentifier);
        return statement;
    }

    static PreparedStatement fetchTrackedEvents(Connection connection, EventSchema schema, long index)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "SELECT " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                        + " WHERE " + schema.globalIndexColumn() + " > ?"
                        + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
        statement.setLong(1, index);
        return statement;
    }
}
