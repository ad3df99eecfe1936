package org.fengqiao.launcher.embedded;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import org.fengqiao.platform.jdbc.DuplicateKeyResolver;
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
public class SqlitePersistenceExceptionResolver extends DuplicateKeyResolver {

    private static final Set<SQLiteErrorCode> DUPLICATE_KEY_CODES = EnumSet.of(
            SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE,
            SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY,
            // Reported when extended result codes are unavailable; cannot be narrowed further.
            SQLiteErrorCode.SQLITE_CONSTRAINT
    );

    @Override
    protected boolean isDuplicateKey(SQLException exception) {
        return exception instanceof SQLiteException sqliteException
                && DUPLICATE_KEY_CODES.contains(sqliteException.getResultCode());
    }
}
