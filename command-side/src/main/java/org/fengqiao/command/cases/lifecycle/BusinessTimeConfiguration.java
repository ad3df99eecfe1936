package org.fengqiao.command.cases.lifecycle;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The business-time policy from {@code fengqiao.business-time.max-backdating} (default 30 days). */
@Configuration(proxyBeanMethods = false)
class BusinessTimeConfiguration {

    @Bean
    BusinessTimePolicy businessTimePolicy(
            @Value("${fengqiao.business-time.max-backdating:30d}") Duration maxBackdating) {
        if (maxBackdating.isNegative()) {
            throw new IllegalArgumentException("fengqiao.business-time.max-backdating must not be negative");
        }
        return new BusinessTimePolicy(maxBackdating, Require.CLOCK_TOLERANCE);
    }
}
