package org.fengqiao.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class PostgresPersistenceExceptionResolverTest {

    private final PostgresPersistenceExceptionResolver resolver = new PostgresPersistenceExceptionResolver();

    @Test
    void a_unique_violation_anywhere_in_the_chain_is_a_duplicate_key() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(resolver.isDuplicateKeyViolation(unique)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", unique))).isTrue();

        BatchUpdateException batch = new BatchUpdateException("batch failed", null, new int[0]);
        batch.setNextException(unique);
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("foreign key", "23503"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
