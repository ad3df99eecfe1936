package org.fengqiao.platform.jdbc;

import java.sql.SQLException;


/**
 * Tells Axon when a PostgreSQL write failed because the row already exists: SQLSTATE 23505, unique_violation.
 * <p>
 * Two command-side instances that load the same case and append its next event both insert the same
 * (aggregateIdentifier, sequenceNumber); the second insert fails with 23505, which Axon must see as a
 * {@code ConcurrencyException} so that the command is retried on the new state. Axon's default
 * {@code JdbcSQLErrorCodesResolver} only recognises {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws, and its {@code SQLErrorCodesResolver} needs the JPA API on the class path.
 */
public class PostgresPersistenceExceptionResolver extends DuplicateKeyResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    protected boolean isDuplicateKey(SQLException exception) {
        return UNIQUE_VIOLATION.equals(exception.getSQLState());
    }
}
