package org.fengqiao.command.numbering;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The {@code caseNumbers} health contributor (readiness group) when numbers are counted in MongoDB: without its
 * counters the command side cannot receive a case. With {@code jdbc} numbering the data source's own {@code db} check
 * covers it.
 */
@Component
@ConditionalOnProperty(name = "fengqiao.case-numbers", havingValue = "mongo")
class CaseNumbersHealthIndicator extends AbstractHealthIndicator {

    private final MongoCaseNumbers numbers;

    CaseNumbersHealthIndicator(MongoCaseNumbers numbers) {
        super("Case-number counters unavailable");
        this.numbers = numbers;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        numbers.check();
        builder.up().withDetail("store", "mongodb");
    }
}
