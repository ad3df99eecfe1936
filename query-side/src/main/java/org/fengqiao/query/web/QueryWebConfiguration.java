package org.fengqiao.query.web;

import java.time.Duration;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query gateway ({@link BoundedQueryGateway}), the case reads behind the controllers, and how long a request
 * with {@code minVersion} waits for the read model: {@code fengqiao.read-your-writes.timeout}.
 */
@Configuration(proxyBeanMethods = false)
public class QueryWebConfiguration {

    /** Replaces Axon's default gateway: every query bounded by {@code fengqiao.bus.timeout}. */
    @Bean(destroyMethod = "close")
    QueryGateway queryGateway(QueryBus queryBus, @Value("${fengqiao.bus.timeout:5s}") Duration timeout) {
        return new BoundedQueryGateway(DefaultQueryGateway.builder().queryBus(queryBus), timeout,
                queryBus instanceof AxonServerQueryBus);
    }

    @Bean
    CaseViewWaits caseViewWaits(QueryGateway queryGateway,
                                @Value("${fengqiao.read-your-writes.timeout:3s}") Duration timeout) {
        return new CaseViewWaits(queryGateway, timeout);
    }

    @Bean
    CaseReads caseReads(QueryGateway queryGateway, CaseViewWaits caseViewWaits, JurisdictionScope jurisdictionScope,
                        PersonalDataDisclosure personalDataDisclosure) {
        return new CaseReads(queryGateway, caseViewWaits, jurisdictionScope, personalDataDisclosure);
    }
}
