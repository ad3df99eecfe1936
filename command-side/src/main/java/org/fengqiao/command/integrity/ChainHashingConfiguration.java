package org.fengqiao.command.integrity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ChainHashing} on the event store the aggregates append to. */
@Configuration(proxyBeanMethods = false)
public class ChainHashingConfiguration {

    @Bean
    ChainHashing chainHashing(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        ChainHashing hashing = new ChainHashing(eventStore, eventSerializer);
        eventStore.registerDispatchInterceptor(hashing);
        return hashing;
    }
}
