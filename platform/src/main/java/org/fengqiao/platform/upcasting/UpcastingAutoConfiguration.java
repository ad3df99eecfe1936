package org.fengqiao.platform.upcasting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The upcasters as beans: Axon's Spring configuration adds every {@code EventUpcaster} bean to the upcaster chain. */
@AutoConfiguration
public class UpcastingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AttachmentRecordedUpcaster attachmentRecordedUpcaster() {
        return new AttachmentRecordedUpcaster();
    }
}
