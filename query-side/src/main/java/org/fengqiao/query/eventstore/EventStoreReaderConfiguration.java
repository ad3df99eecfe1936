package org.fengqiao.query.eventstore;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The whole-store reader. Setting: {@code fengqiao.event-store.stall} (default 10 s), how long a read waits for the
 * next event before answering 503 {@code EVENT_STORE_UNAVAILABLE}.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreReaderConfiguration {

    @Bean
    EventStoreReader eventStoreReader(EventStore eventStore,
            @Value("${fengqiao.event-store.stall:10s}") Duration stall) {
        return new EventStoreReader(eventStore, stall);
    }
}
