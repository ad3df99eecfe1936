package org.fengqiao.query.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.common.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wiring of verification and anchors. Settings: {@code fengqiao.integrity.anchor.cron} (default {@code 0 5 0 * * *},
 * 00:05 every day in {@code fengqiao.time-zone}; {@code -} turns it off), {@code fengqiao.integrity.anchor.log-file}
 * (default {@code ${fengqiao.data-dir}/anchors.log}), {@code fengqiao.integrity.anchor.webhook} (a URL anchors are
 * POSTed to as JSON; none by default) and {@code fengqiao.integrity.verification.page-size} (rows per read, 2000).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntegrityConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(IntegrityConfiguration.class);

    @Bean
    StoredEvents storedEvents(ObjectProvider<DataSource> dataSource) {
        return new StoredEvents(dataSource::getIfAvailable);
    }

    @Bean
    ChainVerification chainVerification(StoredEvents storedEvents) {
        return new ChainVerification(storedEvents, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    VerificationRun verificationRun(StoredEvents storedEvents,
            @Value("${fengqiao.integrity.verification.page-size:2000}") int pageSize) {
        return new VerificationRun(storedEvents, Clock.systemUTC(), pageSize);
    }

    @Bean
    Anchors anchors(StoredEvents storedEvents, EventStore eventStore, CommandGateway commands, ObjectMapper json,
            @Value("${fengqiao.integrity.anchor.log-file:${fengqiao.data-dir:./data}/anchors.log}") String logFile,
            @Value("${fengqiao.integrity.anchor.webhook:}") String webhook) {
        return new Anchors(storedEvents, eventStore, commands, json, Clock.systemUTC(),
                logFile.isBlank() ? null : Path.of(logFile), webhook.isBlank() ? null : URI.create(webhook));
    }

    @Bean
    DailyAnchor dailyAnchor(Anchors anchors, StoredEvents storedEvents) {
        return new DailyAnchor(anchors, storedEvents);
    }

    /** Takes the daily anchor. */
    static class DailyAnchor {

        private final Anchors anchors;
        private final StoredEvents storedEvents;

        DailyAnchor(Anchors anchors, StoredEvents storedEvents) {
            this.anchors = anchors;
            this.storedEvents = storedEvents;
        }

        @Scheduled(cron = "${fengqiao.integrity.anchor.cron:0 5 0 * * *}", zone = "${fengqiao.time-zone:Asia/Shanghai}")
        void anchorDaily() {
            if (!storedEvents.available()) {
                return;
            }
            try {
                anchors.anchor("DAILY", Actor.SYSTEM);
            } catch (RuntimeException e) {
                logger.error("The daily anchor failed; it is taken again tomorrow or on demand", e);
            }
        }
    }
}
