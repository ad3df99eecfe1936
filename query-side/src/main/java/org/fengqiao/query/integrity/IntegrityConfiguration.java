package org.fengqiao.query.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.platform.integrity.ChainKeyMaterial;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wiring of verification and anchors. Settings: {@code fengqiao.integrity.anchor.cron} (default {@code 0 5 0 * * *},
 * 00:05 every day in {@code fengqiao.time-zone}; {@code -} turns it off), {@code fengqiao.integrity.anchor.log-file}
 * (default {@code ${fengqiao.data-dir}/anchors.log}), {@code fengqiao.integrity.anchor.webhook} (a URL anchors are
 * POSTed to as JSON; none by default; signed like case events when {@code fengqiao.integrity.anchor.webhook-secret} holds a
 * {@code whsec_} secret).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntegrityConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(IntegrityConfiguration.class);

    @Bean
    StoredEvents storedEvents(EventStore eventStore, EventStoreReader reader,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StoredEvents(eventStore, reader, eventSerializer);
    }

    @Bean
    ChainVerification chainVerification(StoredEvents storedEvents, ChainKeyMaterial chainKeys) {
        return new ChainVerification(storedEvents, keys(chainKeys), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    VerificationRun verificationRun(StoredEvents storedEvents, ChainKeyMaterial chainKeys) {
        return new VerificationRun(storedEvents, keys(chainKeys), Clock.systemUTC());
    }

    @Bean
    Anchors anchors(StoredEvents storedEvents, EventStore eventStore, CommandGateway commands, ObjectMapper json,
            @Value("${fengqiao.integrity.anchor.log-file:${fengqiao.data-dir:./data}/anchors.log}") String logFile,
            @Value("${fengqiao.integrity.anchor.webhook:}") String webhook,
            @Value("${fengqiao.integrity.anchor.webhook-secret:}") String webhookSecret) {
        return new Anchors(storedEvents, eventStore, commands, json, Clock.systemUTC(),
                logFile.isBlank() ? null : Path.of(logFile), webhook.isBlank() ? null : URI.create(webhook), webhookSecret);
    }

    /** The keys chains are verified with: the current one and those rotated out. */
    private static ChainKeys keys(ChainKeyMaterial material) {
        ChainKeys keys = ChainKeys.of(material.current(), material.previous());
        logger.info("Chains are verified with chain keys {}", keys.ids());
        return keys;
    }

    @Bean
    DailyAnchor dailyAnchor(Anchors anchors) {
        return new DailyAnchor(anchors);
    }

    /** Takes the daily anchor. */
    static class DailyAnchor {

        private final Anchors anchors;

        DailyAnchor(Anchors anchors) {
            this.anchors = anchors;
        }

        @Scheduled(cron = "${fengqiao.integrity.anchor.cron:0 5 0 * * *}", zone = "${fengqiao.time-zone:Asia/Shanghai}")
        void anchorDaily() {
            try {
                anchors.anchor("DAILY", Actor.SYSTEM);
            } catch (RuntimeException e) {
                logger.error("The daily anchor failed; it is taken again tomorrow or on demand", e);
            }
        }
    }
}
