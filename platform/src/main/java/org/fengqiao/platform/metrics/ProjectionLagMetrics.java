package org.fengqiao.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * How far each streaming event processor of this instance is behind the event store, and whether it is replaying.
 * Tagged with the processor name only ({@code processorName}, as Axon's own processor metrics; a processing group such
 * as {@code case-views}), never with case data.
 * <ul>
 *     <li>{@code fengqiao.projection.lag.events}: the head of the event store minus the position of this instance's
 *     slowest claimed segment; NaN when this instance claims no segment (another instance does the work).</li>
 *     <li>{@code fengqiao.projection.replaying.segments}: claimed segments that are replaying (0 when none), so a
 *     rebuild can be watched until it ends.</li>
 * </ul>
 * Axon's own {@code eventProcessor.latency} gauge (axon-micrometer) gives the lag in time.
 * <p>
 * Registered once the application has started, because the processors exist only when Axon's configuration has.
 */
class ProjectionLagMetrics implements ApplicationListener<ApplicationStartedEvent> {

    private final Configuration axon;
    private final MeterRegistry registry;

    ProjectionLagMetrics(Configuration axon, MeterRegistry registry) {
        this.axon = axon;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        for (Map.Entry<String, EventProcessor> entry : axon.eventProcessingConfiguration().eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                Gauge.builder("fengqiao.projection.lag.events", processor, this::eventsBehind)
                     .description("Events between the head of the event store and this instance's slowest segment")
                     .tag("processorName", entry.getKey())
                     .register(registry);
                Gauge.builder("fengqiao.projection.replaying.segments", processor, ProjectionLagMetrics::replaying)
                     .description("Segments of this instance that are replaying")
                     .tag("processorName", entry.getKey())
                     .register(registry);
            }
        }
    }

    private double eventsBehind(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        TrackingToken head = axon.eventStore().createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.of(0) : head.position();
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : segments.values()) {
            OptionalLong position = status.getCurrentPosition();
            slowest = Math.min(slowest, position.isPresent() ? position.getAsLong() : -1);
        }
        return headPosition.isPresent() ? Math.max(0, headPosition.getAsLong() - slowest) : Double.NaN;
    }

    private static double replaying(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().filter(EventTrackerStatus::isReplaying).count();
    }
}
