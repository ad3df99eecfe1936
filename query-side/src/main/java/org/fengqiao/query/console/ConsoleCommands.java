package org.fengqiao.query.console;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the console's commands over Axon's command bus (in production Axon Server routes them to a command-side
 * instance), with the metadata the case checks its caller by, the same entries the command API's sender puts in
 * ({@code CallerScope} on the command side, which this side cannot import): the caller's name, roles, jurisdiction and,
 * for an officer limited to units, those units; and the request's correlation id. A refused command comes back as
 * an {@link Outcome} naming the rule and the field at fault, for the form to show next to that field.
 */
@Component
class ConsoleCommands {

    private final CommandGateway gateway;
    private final Duration timeout;

    ConsoleCommands(CommandGateway gateway, @Value("${fengqiao.commands.timeout:30s}") Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /** What became of a command: the case's version, or the problem and the field it concerns. */
    record Outcome(CaseVersion version, String code, String field, @PersonalData String detail) {

        /** Leaves out the detail: a rejected value can be a resident's. */
        @Override
        public String toString() {
            return "Outcome[version=" + version + ", code=" + code + ", field=" + field + "]";
        }

        boolean accepted() {
            return version != null;
        }
    }

    Outcome send(Supplier<? extends CaseCommand> build) {
        CaseCommand command;
        try {
            command = build.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            // a kernel value refused what the form gave: the message names the value, never echoes it
            return new Outcome(null, "INVALID_VALUE", null, e.getMessage());
        }
        try {
            CaseVersion version = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(metaData()), timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(version, null, null, null);
        } catch (RuntimeException e) {
            RuleViolationDetails details = ConsoleForms.ruleDetails(e);
            if (details == null) {
                throw e;
            }
            return new Outcome(null, details.code(), details.field(), details.description());
        }
    }

    private static Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>();
        Caller caller = Caller.current().orElse(null);
        if (caller != null) {
            metaData.put("callerName", caller.name());
            metaData.put("callerRoles", String.join(",", caller.roles().stream().map(Enum::name).sorted().toList()));
            if (caller.jurisdiction() != null) {
                metaData.put("callerJurisdiction", caller.jurisdiction());
            }
            if (caller.limitedToUnits()) {
                metaData.put("callerUnits", String.join(",", caller.units()));
            }
        }
        String correlationId = MDC.get(RequestIdFilter.MDC_KEY);
        if (correlationId != null) {
            metaData.put("correlationId", correlationId);
        }
        return metaData;
    }
}
