package org.fengqiao.command.cases.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring the case aggregates need: the sub-district's clock, the snapshot threshold and the snapshots' shape. */
@Configuration(proxyBeanMethods = false)
public class CaseAggregateConfiguration {

    /**
     * "Now" and the calendar of the sub-district; case numbers take their year from it, time limits their windows.
     * {@code fengqiao.clock.offset} (default 0) sets it ahead of or behind the machine's clock, for tests and
     * rehearsals of time limits; deadlines then fire on this clock (see {@code ClockAlignedDeadlineManager}).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${fengqiao.time-zone:Asia/Shanghai}") String zone,
            @Value("${fengqiao.clock.offset:0s}") Duration offset) {
        Clock system = Clock.system(ZoneId.of(zone));
        return offset.isZero() ? system : Clock.offset(system, offset);
    }

    /**
     * Only snapshots of the case state's current shape ({@link Case#SNAPSHOT_REVISION}) are loaded; one of an earlier
     * shape (or none named, as before the split into concerns) is skipped and the case is sourced from its events.
     */
    @Bean
    SnapshotFilter caseSnapshotFilter() {
        return snapshotOfCurrentShape();
    }

    static SnapshotFilter snapshotOfCurrentShape() {
        return snapshot -> Case.SNAPSHOT_REVISION.equals(snapshot.getPayload().getType().getRevision());
    }

    /**
     * The cases used most recently, {@code fengqiao.aggregate-cache.size} of them (2,048; 0 turns the cache off), so a
     * command on one of them skips loading its events ({@link RecentCases}).
     */
    @Bean
    Cache caseCache(@Value("${fengqiao.aggregate-cache.size:2048}") int size) {
        return size < 1 ? NoCache.INSTANCE : new RecentCases(size);
    }

    /** A snapshot after every {@code fengqiao.snapshot.threshold} events keeps long histories quick to load. */
    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
            @Value("${fengqiao.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
