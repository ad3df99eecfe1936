package org.fengqiao.query.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wiring of outbound case events. Settings ({@code fengqiao.webhooks.*}): {@code source} (the CloudEvents source),
 * {@code retry.initial-interval} (PT2S), {@code retry.max-interval} (PT30M), {@code retry.max-attempts} (10),
 * {@code poll-interval} (PT0.5S) and {@code timeout} (PT10S, per delivery).
 */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    @Bean
    WebhookStore webhookStore(MongoTemplate mongo) {
        return new WebhookStore(mongo);
    }

    @Bean
    ConfiguredSubscriptions configuredSubscriptions(WebhookStore store) {
        return new ConfiguredSubscriptions(store, Clock.systemUTC());
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookStore store, EventStore eventStore, Serializer serializer,
            ObjectMapper json, List<DeliveryFormat> formats,
            @Value("${fengqiao.webhooks.source:urn:fengqiao:cases}") String source,
            @Value("${fengqiao.webhooks.retry.initial-interval:PT2S}") Duration initialInterval,
            @Value("${fengqiao.webhooks.retry.max-interval:PT30M}") Duration maxInterval,
            @Value("${fengqiao.webhooks.retry.max-attempts:10}") int maxAttempts,
            @Value("${fengqiao.webhooks.poll-interval:PT0.5S}") Duration poll,
            @Value("${fengqiao.webhooks.timeout:PT10S}") Duration timeout) {
        return new WebhookDispatcher(store, eventStore, serializer, new CaseCloudEvents(json, source),
                new CaseAudience(eventStore), formats, new WebhookDispatcher.Settings(initialInterval, maxInterval, maxAttempts,
                        poll, timeout), Clock.systemUTC());
    }
}
