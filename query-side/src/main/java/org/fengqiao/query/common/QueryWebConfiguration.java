package org.fengqiao.query.common;

import java.time.Duration;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query gateway every read model's controller sends through ({@link BoundedQueryGateway}). */
@Configuration(proxyBeanMethods = false)
public class QueryWebConfiguration {

    /** Replaces Axon's default gateway: every query bounded by {@code fengqiao.bus.timeout}. */
    @Bean(destroyMethod = "close")
    QueryGateway queryGateway(QueryBus queryBus, @Value("${fengqiao.bus.timeout:5s}") Duration timeout) {
        return new BoundedQueryGateway(DefaultQueryGateway.builder().queryBus(queryBus), timeout,
                queryBus instanceof AxonServerQueryBus);
    }
}
