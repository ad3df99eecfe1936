package org.fengqiao.command.integrity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.command.personaldata.PersonalDataSealing;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.personaldata.SubjectKeyStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ChainHashing} on the event store the aggregates append to, after {@link PersonalDataSealing}: the
 * chain covers events as they are stored, with their personal values sealed, so erasing a subject's key changes no
 * hash.
 */
@Configuration(proxyBeanMethods = false)
public class ChainHashingConfiguration {

    @Bean
    PersonalDataSealing personalDataSealing(PersonalDataCipher cipher) {
        return new PersonalDataSealing(cipher);
    }

    @Bean
    PersonalValues personalValues(PersonalDataCipher cipher, SubjectKeyStore keys) {
        return new PersonalValues(cipher, keys);
    }

    @Bean
    ChainHashing chainHashing(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
            PersonalDataSealing sealing) {
        eventStore.registerDispatchInterceptor(sealing);
        ChainHashing hashing = new ChainHashing(eventStore, eventSerializer);
        eventStore.registerDispatchInterceptor(hashing);
        return hashing;
    }
}
