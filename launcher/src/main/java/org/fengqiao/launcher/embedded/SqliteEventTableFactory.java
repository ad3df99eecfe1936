package org.fengqiao.launcher.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;

/**
 * SQLite DDL for Axon's event and snapshot tables.
 * <p>
 * Axon's own factories declare the primary key as a table constraint, which SQLite does not accept together with
 * {@code AUTOINCREMENT}; the global index has to be an inline {@code INTEGER PRIMARY KEY AUTOINCREMENT} so it is the
 * rowid and is never reused. All uniqueness rules are inline constraints, so each table is a single idempotent
 * statement (sqlite-jdbc prepares only one statement per {@link PreparedStatement}).
 * <p>
 * Payload and meta data columns are {@code TEXT}: the engine is built with {@code dataType(String.class)}, so the
 * stored JSON can be read with the sqlite3 shell.
 */
public class SqliteEventTableFactory implements EventTableFactory {

    @Override
    public PreparedStatement createDomainEventTable(Connection connection, EventSchema schema) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + schema.domainEventTable() + " (\n"
                + schema.globalIndexColumn() + " INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + schema.aggregateIdentifierColumn() + " TEXT NOT NULL,\n"
                + schema.sequenceNumberColumn() + " INTEGER NOT NULL,\n"
                + schema.typeColumn() + " TEXT,\n"
                + schema.eventIdentifierColumn() + " TEXT NOT NULL UNIQUE,\n"
                + schema.metaDataColumn() + " TEXT,\n"
                + schema.payloadColumn() + " TEXT NOT NULL,\n"
                + schema.payloadRevisionColumn() + " TEXT,\n"
                + schema.payloadTypeColumn() + " TEXT NOT NULL,\n"
                + schema.timestampColumn() + " TEXT NOT NULL,\n"
                + "UNIQUE (" + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + ")\n"
                + ")";
        return connection.prepareStatement(sql);
    }

    @Override
    public PreparedStatement createSnapshotEventTable(Connection connection, EventSchema schema) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + schema.snapshotTable() + " (\n"
                + schema.aggregateIdentifierColumn() + " TEXT NOT NULL,\n"
                + schema.sequenceNumberColumn() + " INTEGER NOT NULL,\n"
                + schema.typeColumn() + " TEXT NOT NULL,\n"
                + schema.eventIdentifierColumn() + " TEXT NOT NULL UNIQUE,\n"
                + schema.metaDataColumn() + " TEXT,\n"
                + schema.payloadColumn() + " TEXT NOT NULL,\n"
                + schema.payloadRevisionColumn() + " TEXT,\n"
                + schema.payloadTypeColumn() + " TEXT NOT NULL,\n"
                + schema.timestampColumn() + " TEXT NOT NULL,\n"
                + "PRIMARY KEY (" + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + ")\n"
                + ")";
        return connection.prepareStatement(sql);
    }
}
