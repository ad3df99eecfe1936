package org.fengqiao.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fengqiao.cases.common.CaseCommand;
import org.fengqiao.cases.common.CaseVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Sends case commands and waits for the case's version, which every command handler answers with. */
@Component
class CaseCommands {

    private final CommandGateway gateway;
    private final Duration timeout;
    private final CommandMetrics metrics;

    /** Without a meter registry (the web slice tests) the counts go nowhere. */
    CaseCommands(CommandGateway gateway, @Value("${fengqiao.commands.timeout:30s}") Duration timeout,
            ObjectProvider<MeterRegistry> meterRegistry) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.metrics = new CommandMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * Builds the command from the request and sends it. A kernel record that refuses a value while it is built
     * refuses the request (400); the same exception thrown by a handler is a bug and stays a 500, which is why
     * building happens here rather than in the caller's argument list.
     */
    CaseVersion send(Supplier<? extends CaseCommand> request) {
        CaseCommand command;
        try {
            command = request.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(null, e.getMessage());
        }
        CaseVersion version;
        try {
            version = gateway.sendAndWait(command, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            metrics.failed(command.getClass(), e);
            throw e;
        }
        if (version == null) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " was handled without a CaseVersion");
        }
        metrics.accepted(command.getClass());
        return version;
    }
}
