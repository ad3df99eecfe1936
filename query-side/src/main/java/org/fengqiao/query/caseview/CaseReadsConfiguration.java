package org.fengqiao.query.caseview;

import java.time.Duration;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case reads behind the case controllers and pages, and how long a request with {@code minVersion} waits for the
 * read model: {@code fengqiao.read-your-writes.timeout}.
 */
@Configuration(proxyBeanMethods = false)
public class CaseReadsConfiguration {

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
