package org.fengqiao.platform.upcasting;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What reads events stored in an older form as the current one, in both sides: the upcasters as beans (Axon's Spring
 * configuration adds every {@code EventUpcaster} bean to the upcaster chain), and the stored type names of classes
 * that moved ({@link StoredTypeAliases}), which every Jackson serializer Axon builds (general, messages, events) also
 * reads ({@link AliasingJacksonSerializer}).
 */
@AutoConfiguration
public class UpcastingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AttachmentRecordedUpcaster attachmentRecordedUpcaster() {
        return new AttachmentRecordedUpcaster();
    }

    /** Replaces each of Axon's Jackson serializers by one with the same mapper that also reads the aliased names. */
    @Bean
    static BeanPostProcessor storedTypeAliasing(ObjectProvider<RevisionResolver> revisionResolver) {
        StoredTypeAliases aliases = StoredTypeAliases.load(UpcastingAutoConfiguration.class.getClassLoader());
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean.getClass() == JacksonSerializer.class
                        ? AliasingJacksonSerializer.like((JacksonSerializer) bean,
                                revisionResolver.getIfAvailable(AnnotationRevisionResolver::new), aliases)
                        : bean;
            }
        };
    }
}
