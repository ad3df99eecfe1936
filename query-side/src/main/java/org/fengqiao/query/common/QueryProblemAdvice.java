package org.fengqiao.query.common;

import jakarta.servlet.http.HttpServletRequest;
import org.fengqiao.platform.problem.ExpectedValues;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The query side's one advice, for its controllers: answers a {@link QueryRejection} with the problem document it
 * describes, and a request parameter that cannot be read as its type with a 400 {@code INVALID_VALUE} naming the
 * parameter and what it must be (never the value sent). Ordered before the command side's global advice (which, in
 * the one-process application, also takes every exception it does not know) so that a rejection is never mistaken for
 * an unexpected failure.
 */
@RestControllerAdvice(basePackages = "org.fengqiao.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return rejected(QueryRejection.invalidValue(e.getName(), reasonOf(e)), request);
    }

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

    /** A kernel value object's own reason for refusing the text, or what the parameter's type expects. */
    private static String reasonOf(MethodArgumentTypeMismatchException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IllegalArgumentException invalid && invalid.getMessage() != null
                    && e.getRequiredType() != null && e.getRequiredType().isRecord()) {
                return "is invalid: " + invalid.getMessage();
            }
        }
        return "must be " + (e.getRequiredType() == null ? "valid" : ExpectedValues.of(e.getRequiredType()));
    }
}
