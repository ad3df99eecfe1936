package org.fengqiao.query.console;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.HandlerExecutionException;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.fengqiao.query.common.QueryRejection;

/** How the console waits for a query's answer, and reads the rule a case refused a command with, wherever wrapped. */
final class ConsoleForms {

    private static final long TIMEOUT_SECONDS = 15;

    private ConsoleForms() {
    }

    /** The answer of a query, waited for on the request's thread; its failure as it was thrown. */
    static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueryRejection rejection) {
                throw ConsoleProblem.from(rejection);
            }
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("a query was not answered in time", e);
        }
    }

    /** {@code read}'s answer, with a refusal of the query side as the console's page rather than JSON. */
    static <T> T page(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (QueryRejection rejection) {
            throw ConsoleProblem.from(rejection);
        }
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
