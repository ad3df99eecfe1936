package org.fengqiao.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Metrics of this codebase's own that every deployable has: the projection lag. */
@AutoConfiguration(after = {AxonAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class})
@ConditionalOnBean(MeterRegistry.class)
public class ProjectionMetricsAutoConfiguration {

    @Bean
    ProjectionLagMetrics projectionLagMetrics(org.axonframework.config.Configuration axon, MeterRegistry registry) {
        return new ProjectionLagMetrics(axon, registry);
    }
}
