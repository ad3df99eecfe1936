package org.fengqiao.command.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.fengqiao.cases.rules.VersionMismatchDetails;

/**
 * Counts the commands of the HTTP API by outcome: {@code fengqiao.commands} with the tags {@code command} (the
 * command's type, e.g. {@code AddNote}), {@code outcome} ({@code accepted}, {@code rejected} by a rule, {@code failed})
 * and {@code code} (the rule's code, e.g. {@code CASE_CLOSED}, or {@code NONE}). Every tag value comes from a closed set
 * of names in the code; nothing from the request, so no personal data and no case id can end up in a label. Cases
 * received and closed are the accepted {@code Receive*} and {@code CloseCase} commands.
 */
class CommandMetrics {

    static final String NAME = "fengqiao.commands";
    private static final String NONE = "NONE";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(Class<?> command) {
        counter(command, "accepted", NONE).increment();
    }

    void failed(Class<?> command, Throwable failure) {
        String code = ruleCode(failure);
        if (code != null) {
            counter(command, "rejected", code).increment();
        } else {
            counter(command, "failed", failureCode(failure)).increment();
        }
    }

    private Counter counter(Class<?> command, String outcome, String code) {
        return Counter.builder(NAME)
                .description("Commands received over HTTP, by type and outcome")
                .tag("command", command.getSimpleName())
                .tag("outcome", outcome)
                .tag("code", code)
                .register(registry);
    }

    private static String ruleCode(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CaseRuleViolation violation) {
                return violation.details().code();
            }
            if (t instanceof HandlerExecutionException handlerFailure
                    && handlerFailure.getDetails().orElse(null) instanceof RuleViolationDetails details) {
                return details.code();
            }
            if (t instanceof HandlerExecutionException handlerFailure
                    && handlerFailure.getDetails().orElse(null) instanceof VersionMismatchDetails) {
                return "VERSION_MISMATCH";
            }
            if (t instanceof AggregateNotFoundException) {
                return CaseRule.CASE_NOT_FOUND.name();
            }
        }
        return null;
    }

    private static String failureCode(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof ConcurrencyException) {
                return "CONCURRENT_MODIFICATION";
            }
            if (t instanceof TimeoutException) {
                return "COMMAND_TIMEOUT";
            }
        }
        return "ERROR";
    }

    /** The failure and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
