package org.fengqiao.query.common;

import jakarta.servlet.http.HttpServletRequest;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The query side's one advice: answers a {@link QueryRejection} with the problem document it describes. Ordered
 * before the command side's global advice (which, in the one-process application, also takes every exception it does
 * not know) so that a rejection is never mistaken for an unexpected failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    @ExceptionHandler(QueryRejection.class)
    ResponseEntity<ProblemDetail> rejected(QueryRejection e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDocuments.of(HttpStatusCode.valueOf(e.reason().status()), e.code(), e.title(),
                e.getMessage(), e.field(), request.getRequestURI());
        e.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }
}
