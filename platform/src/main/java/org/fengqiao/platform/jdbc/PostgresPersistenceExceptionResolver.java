package org.fengqiao.platform.jdbc;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when a PostgreSQL write failed because the row already exists: SQLSTATE 23505, unique_violation.
 * <p>
 * Two command-side instances that load the same case and append its next event both insert the same
 * (aggregateIdentifier, sequenceNumber); the second insert fails with 23505, which Axon must see as a
 * {@code ConcurrencyException} so that the command is retried on the new state. Axon's default
 * {@code JdbcSQLErrorCodesResolver} only recognises {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws, and its {@code SQLErrorCodesResolver} needs the JPA API on the class path.
 */
public class PostgresPersistenceExceptionResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sqlException && UNIQUE_VIOLATION.equals(sqlException.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable throwable) {
        if (throwable.getCause() != null && throwable.getCause() != throwable) {
            return throwable.getCause();
        }
        // a failed batch carries the server's error only in the SQLException chain
        if (throwable instanceof SQLException sqlException) {
            return sqlException.getNextException();
        }
        return null;
    }
}
