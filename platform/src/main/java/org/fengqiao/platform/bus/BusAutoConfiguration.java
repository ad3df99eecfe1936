package org.fengqiao.platform.bus;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Revives event processors after an outage ({@link ProcessorReviver}); {@code fengqiao.processors.revive-check}
 * (default 1 s, {@code 0} turns it off) is how often.
 */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class BusAutoConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService processorRevivals() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-reviver");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SmartInitializingSingleton processorReviver(org.axonframework.config.Configuration axon,
            ObjectProvider<EventStore> eventStore, ScheduledExecutorService processorRevivals,
            @Value("${fengqiao.processors.revive-check:1s}") Duration every) {
        return () -> {
            if (every.isZero()) {
                return;
            }
            ProcessorReviver reviver = new ProcessorReviver(
                    () -> List.<EventProcessor>copyOf(axon.eventProcessingConfiguration().eventProcessors().values()),
                    () -> {
                        EventStore store = eventStore.getIfAvailable();
                        if (store != null) {
                            store.createHeadToken();
                        }
                        return true;
                    }, Duration.ofSeconds(5), Clock.systemUTC());
            processorRevivals.scheduleWithFixedDelay(() -> {
                try {
                    reviver.check();
                } catch (RuntimeException e) {
                    // the next check tries again
                }
            }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        };
    }
}
