package org.fengqiao.launcher.embedded;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells Axon when an SQLite write failed because the row already exists.
 * <p>
 * sqlite-jdbc reports every constraint violation as a plain {@link SQLiteException} (result code 19, SQLITE_CONSTRAINT,
 * or one of its extended codes) instead of {@code SQLIntegrityConstraintViolationException}, so Axon's
 * {@code JdbcSQLErrorCodesResolver} does not recognise it. Only uniqueness violations count as duplicates: that is what
 * a second writer of the same (aggregateIdentifier, sequenceNumber) or event identifier produces, and Axon turns it into
 * {@code ConcurrencyException} / {@code AggregateStreamCreationException}. NOT NULL or CHECK failures stay errors.
 */
public class SqlitePersistenceExceptionResolver implements PersistenceExceptionResolver {

    private static final Set<SQLiteErrorCode> DUPLICATE_KEY_CODES = EnumSet.of(
            SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
            SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY,
            // Reported when extended result codes are unavailable; cannot be narrowed further.
            SQLiteErrorCode.SQLITE_CONSTRAINT
    );

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof SQLiteException sqliteException
                    && DUPLICATE_KEY_CODES.contains(sqliteException.getResultCode())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable throwable) {
        if (throwable.getCause() != null && throwable.getCause() != throwable) {
            return throwable.getCause();
        }
        // A failed batch may carry the driver's exception only in the SQLException chain.
        if (throwable instanceof SQLException sqlException) {
            return sqlException.getNextException();
        }
        return null;
    }
}
