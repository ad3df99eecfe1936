package org.fengqiao.command.config;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.fengqiao.command.integrity.ChainHashing;
import org.fengqiao.command.personaldata.PersonalDataSealing;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.platform.integrity.ChainKeyMaterial;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.personaldata.SubjectKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that registers interceptors on the event store the aggregates append to. Dispatch interceptors run
 * in the order registered, and the order is the point:
 * <ol>
 *   <li>{@link PersonalDataSealing} first: it replaces each personal value with its ciphertext under the subject's
 *       key, so what is stored never holds a value in clear;</li>
 *   <li>{@link ChainHashing} second: it hashes each event as it will be stored, sealed. Erasing a subject destroys
 *       the key, which makes the ciphertext unreadable without changing a stored byte, so every chain still
 *       verifies. Hashed before sealing, the chain would cover values that erasure must make unrecoverable.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreInterceptors {

    private static final Logger logger = LoggerFactory.getLogger(EventStoreInterceptors.class);

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
            PersonalDataSealing sealing, ChainKeyMaterial chainKeyMaterial) {
        ChainKeys chainKeys = ChainKeys.of(chainKeyMaterial.current(), chainKeyMaterial.previous());
        logger.info("New events are hashed with chain key {}", chainKeys.current().id());
        eventStore.registerDispatchInterceptor(sealing);
        ChainHashing hashing = new ChainHashing(eventStore, eventSerializer, chainKeys);
        eventStore.registerDispatchInterceptor(hashing);
        return hashing;
    }
}
