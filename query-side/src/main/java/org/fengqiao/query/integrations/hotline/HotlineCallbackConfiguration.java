package org.fengqiao.query.integrations.hotline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fengqiao.query.webhooks.ConfiguredSubscriptions;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hotline callbacks' format, and for each city with a {@code callback} the subscription of its hotline client to
 * its orders' events ({@code hotline-<city>}, format {@code hotline:<city>}), kept as configured on every start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineCallbackProperties.class)
class HotlineCallbackConfiguration {

    @Bean
    HotlineCallbacks hotlineCallbacks(HotlineCallbackProperties properties, ObjectMapper json) {
        return new HotlineCallbacks(properties, json);
    }

    @Bean
    ApplicationRunner hotlineCallbackSubscriptions(HotlineCallbackProperties properties,
            ConfiguredSubscriptions subscriptions) {
        return arguments -> properties.cities().forEach((city, settings) -> {
            if (settings.callsBack()) {
                subscriptions.keep("hotline-" + city, settings.client(), settings.callback().url(),
                        settings.callback().secret(), HotlineCallbacks.formatOf(city));
            }
        });
    }
}
