package org.fengqiao.query.console;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.messaging.HandlerExecutionException;
import org.fengqiao.cases.common.CaseRuleViolation;
import org.fengqiao.cases.common.RuleViolationDetails;

/** How the console reads the outcome of a command: the rule a case refused it with, wherever the bus wrapped it. */
final class ConsoleForms {

    private ConsoleForms() {
    }

    /** The rule violation somewhere in {@code failure}'s causes, outermost first; {@code null} if there is none. */
    static RuleViolationDetails ruleDetails(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof CaseRuleViolation violation) {
                return violation.details();
            }
            if (t instanceof HandlerExecutionException handlerFailure
                    && handlerFailure.getDetails().orElse(null) instanceof RuleViolationDetails details) {
                return details;
            }
        }
        return null;
    }
}
