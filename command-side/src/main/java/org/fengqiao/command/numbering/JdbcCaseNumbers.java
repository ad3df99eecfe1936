package org.fengqiao.command.numbering;

import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers from a counter table in the SQL database that holds the events (SQLite in the embedded default,
 * PostgreSQL when self-hosted). The increment runs inside the transaction of the command that records the intake
 * event, so a number is taken exactly when its case is recorded: a rejected or failed intake rolls it back, and a
 * committed one can never be handed out again, also after a crash.
 */
@Component
@ConditionalOnProperty(name = "fengqiao.case-numbers", havingValue = "jdbc", matchIfMissing = true)
public class JdbcCaseNumbers implements CaseNumbers {

    private final JdbcTemplate jdbc;

    public JdbcCaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        try {
            createTable();
        } catch (DataAccessException raced) {
            // PostgreSQL's IF NOT EXISTS is not atomic: an instance starting at the same moment may have created the
            // table between the check and the creation; then the second attempt finds it
            createTable();
        }
    }

    private void createTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS case_number_sequence ("
                + "scope VARCHAR(32) NOT NULL PRIMARY KEY, last_value BIGINT NOT NULL)");
    }

    @Override
    public CaseNumber next(NodeCode subDistrict, int year) {
        String scope = subDistrict.value() + "-" + year;
        // an upsert with RETURNING works alike on SQLite (3.35+) and PostgreSQL and takes the row lock at once
        Long next = jdbc.queryForObject("INSERT INTO case_number_sequence (scope, last_value) VALUES (?, 1) "
                + "ON CONFLICT (scope) DO UPDATE SET last_value = case_number_sequence.last_value + 1 "
                + "RETURNING last_value", Long.class, scope);
        return CaseNumber.of(subDistrict.value(), year, next);
    }
}
