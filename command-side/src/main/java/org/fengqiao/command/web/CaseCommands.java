package org.fengqiao.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.links.CounterpartCommand;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.command.cases.lifecycle.BusinessTimePolicy;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.idempotency.IdempotencyStore;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.RequestIdFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends case commands and waits for the case's version, which every command handler answers with. Every command
 * carries, as metadata, the request's correlation id ({@code X-Request-Id}; Axon copies it onto every event the
 * command causes), the caller's name, roles, jurisdiction node and units, the version of {@code If-Match} and the
 * hash of the request's {@code Idempotency-Key} (also copied onto the events, {@link CommittedRequests}); the
 * case checks those itself ({@link CallerScope}), so every controller that sends through here gets them without doing anything.
 */
@Component
public class CaseCommands {

    private final BoundedDispatch dispatch;
    private final CommandMetrics metrics;
    private final IdempotencyStore idempotency;

    /**
     * Without a meter registry (the web slice tests) the counts go nowhere. {@code fengqiao.bus.timeout} (5 s) bounds
     * the wait for each command, whatever the bus does.
     */
    CaseCommands(CommandGateway gateway, ObjectProvider<CommandBus> commandBus,
            @Value("${fengqiao.bus.timeout:5s}") Duration timeout, ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<IdempotencyStore> idempotency) {
        this.dispatch = new BoundedDispatch(gateway, commandBus.getIfAvailable(), timeout);
        this.metrics = new CommandMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
        this.idempotency = idempotency.getIfAvailable();
    }

    @PreDestroy
    void close() {
        dispatch.close();
    }

    /**
     * Builds the command from the request and sends it. A kernel record that refuses a value while it is built
     * refuses the request (400); the same exception thrown by a handler is a bug and stays a 500, which is why
     * building happens here rather than in the caller's argument list.
     */
    public CaseVersion send(Supplier<? extends CaseCommand> request) {
        CaseCommand command;
        try {
            command = request.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(null, e.getMessage());
        }
        Map<String, Object> metaData = metaData(command);
        if (metaData.get(CommittedRequests.IDEMPOTENCY_KEY) instanceof String key && idempotency != null) {
            // before the command can commit, so that a retry knows where to look for its events
            idempotency.target(key, command.caseId().value());
        }
        CaseVersion version;
        try {
            version = dispatch.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
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

    private static Map<String, Object> metaData(CaseCommand command) {
        Caller caller = Caller.current().orElse(null);
        HttpServletRequest request = currentRequest();
        Long expected = null;
        // If-Match names the version of the path's case before the request: not the other case's, nor the next step's
        if (request != null && !(command instanceof ReceivePetition) && !(command instanceof ReceiveDispute)
                && !(command instanceof CounterpartCommand)) {
            expected = expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
        }
        Map<String, Object> metaData = new HashMap<>(CallerScope.metaData(
                caller == null ? null : caller.name(),
                caller == null ? null : caller.roles().stream().map(Enum::name).sorted().toList(),
                caller == null ? null : caller.jurisdiction(),
                caller != null && caller.limitedToUnits() ? caller.units() : null, expected));
        Object reason = request == null ? null : request.getAttribute(BusinessTimeReasons.ATTRIBUTE);
        if (reason != null) {
            metaData.put(BusinessTimePolicy.REASON, reason);
        }
        Object idempotencyKey = request == null ? null : request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        if (idempotencyKey != null) {
            metaData.put(CommittedRequests.IDEMPOTENCY_KEY, idempotencyKey);
        }
        String correlationId = request == null ? null : RequestIdFilter.of(request);
        if (correlationId != null) {
            metaData.put("correlationId", correlationId);
        }
        return metaData;
    }

    /** {@code If-Match: "5"} (the ETag of a case query), {@code W/"5"} or {@code 5}; {@code *} matches any. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(HttpHeaders.IF_MATCH, "If-Match must be the case version, e.g. \"5\"");
        }
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
