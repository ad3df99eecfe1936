package org.fengqiao.command.cases.lifecycle;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring the case aggregates need: the sub-district's clock and the snapshot threshold. */
@Configuration(proxyBeanMethods = false)
public class CaseAggregateConfiguration {

    /** "Now" and the calendar of the sub-district; case numbers take their year from it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /** A snapshot after every {@code fengqiao.snapshot.threshold} events keeps long histories quick to load. */
    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
            @Value("${fengqiao.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
