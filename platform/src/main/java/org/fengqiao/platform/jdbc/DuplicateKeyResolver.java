package org.fengqiao.platform.jdbc;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises a duplicate-key failure anywhere in an exception's chain, the {@link SQLException#getNextException()}
 * chain of a failed batch included; each database says in its own way whether one {@link SQLException} is one.
 * Axon turns such a failure into a {@code ConcurrencyException}, so a command that lost a race for its case is
 * retried on the new state.
 */
public abstract class DuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sqlException && isDuplicateKey(sqlException)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this one exception reports a unique or primary-key violation. */
    protected abstract boolean isDuplicateKey(SQLException exception);

    private static Throwable next(Throwable throwable) {
        if (throwable.getCause() != null && throwable.getCause() != throwable) {
            return throwable.getCause();
        }
        // a failed batch carries the driver's error only in the SQLException chain
        if (throwable instanceof SQLException sqlException) {
            return sqlException.getNextException();
        }
        return null;
    }
}
