package org.fengqiao.query.console;

import org.fengqiao.query.common.QueryRejection;
import org.springframework.http.HttpStatus;

/**
 * A page that cannot be shown: not found (also for a case or node outside the caller's jurisdiction, so that both look
 * the same), forbidden to the caller's role, or a bad parameter. Rendered by {@link ConsoleAdvice} as a page, never as
 * a stack trace.
 */
class ConsoleProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    ConsoleProblem(HttpStatus status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    static ConsoleProblem notFound() {
        return new ConsoleProblem(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    static ConsoleProblem forbidden() {
        return new ConsoleProblem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    static ConsoleProblem badRequest() {
        return new ConsoleProblem(HttpStatus.BAD_REQUEST, "problem.badRequest");
    }

    /**
     * The query side's refusal as a page: unknown (or not visible) is the not-found page, anything else a bad request.
     * Translated where the console calls the query side, because the query side's own advice would answer it as JSON.
     */
    static ConsoleProblem from(QueryRejection rejection) {
        return rejection.reason() == QueryRejection.Reason.NOT_FOUND ? notFound() : badRequest();
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
