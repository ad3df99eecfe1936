package org.fengqiao.platform.health;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code eventProcessors} health contributor, part of the readiness group. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
@ConditionalOnEnabledHealthIndicator("eventProcessors")
public class EventProcessorsHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "eventProcessorsHealthIndicator")
    public HealthIndicator eventProcessorsHealthIndicator(org.axonframework.config.Configuration axon) {
        return new EventProcessorsHealthIndicator(axon);
    }
}
