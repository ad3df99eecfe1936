package org.fengqiao.platform.health;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * UP while every event processor of this instance runs and none is in error (a streaming processor in error keeps
 * retrying its batch with back-off, so its read models fall behind until the cause is gone). An instance without
 * processors, such as the command side, is UP.
 */
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final Configuration axon;

    EventProcessorsHealthIndicator(Configuration axon) {
        super("Event processor health check failed");
        this.axon = axon;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new TreeMap<>();
        boolean healthy = true;
        for (Map.Entry<String, EventProcessor> entry : axon.eventProcessingConfiguration().eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            boolean error = processor instanceof StreamingEventProcessor streaming && streaming.isError();
            String state = error ? "error" : processor.isRunning() ? "running" : "stopped";
            healthy &= "running".equals(state);
            states.put(entry.getKey(), state);
        }
        (healthy ? builder.up() : builder.down()).withDetails(states);
    }
}
