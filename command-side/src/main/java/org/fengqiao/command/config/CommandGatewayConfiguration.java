package org.fengqiao.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway: Axon's default one plus {@link ConflictRetryScheduler}, so that a command that lost a race for
 * its case against another instance is decided again on the new state instead of failing with 409.
 * {@code fengqiao.commands.conflict-retries} (default 8) bounds the attempts, {@code fengqiao.commands.conflict-delay}
 * (default 20ms) is the first wait; the HTTP request still waits at most {@code fengqiao.bus.timeout} in all.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    @Bean(destroyMethod = "close")
    ConflictRetryScheduler conflictRetryScheduler(@Value("${fengqiao.commands.conflict-retries:8}") int retries,
            @Value("${fengqiao.commands.conflict-delay:20ms}") Duration delay,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new ConflictRetryScheduler(retries, delay.toMillis(), meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConflictRetryScheduler conflictRetryScheduler) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(conflictRetryScheduler)
                .build();
    }
}
