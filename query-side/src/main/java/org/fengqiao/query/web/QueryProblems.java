package org.fengqiao.query.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The failures of the query API as {@link ErrorResponseException}s, which Spring MVC renders as RFC 7807 problem
 * documents by itself and which the command side's global advice passes through unchanged. They carry the same
 * {@code code} / {@code field} properties and {@code urn:fengqiao:problem:...} types as the command API's problems.
 */
public final class QueryProblems {

    static final String CASE_NOT_FOUND = "CASE_NOT_FOUND";
    static final String INVALID_VALUE = "INVALID_VALUE";
    static final String VERSION_NOT_YET_VISIBLE = "VERSION_NOT_YET_VISIBLE";

    private QueryProblems() {
    }

    static ErrorResponseException caseNotFound() {
        return problem(HttpStatus.NOT_FOUND, CASE_NOT_FOUND, "Case not found", "No case with this id is known.", null);
    }

    /** A node the tree does not have, or one outside the caller's jurisdiction: the two are not told apart. */
    static ErrorResponseException unknownNode() {
        return problem(HttpStatus.NOT_FOUND, "UNKNOWN_NODE", "Unknown node",
                "The jurisdiction tree has no node with this code that you may see.", "node");
    }

    /** Says what is expected, never echoing the value that was sent. */
    static ErrorResponseException invalidValue(String field, String expected) {
        return problem(HttpStatus.BAD_REQUEST, INVALID_VALUE, "Invalid value", field + " " + expected, field);
    }

    /** A read-your-writes request that the read model could not satisfy in time; the caller should retry. */
    static ErrorResponseException versionNotYetVisible(long minVersion, Duration waited, Duration retryAfter) {
        ErrorResponseException e = problem(HttpStatus.SERVICE_UNAVAILABLE, VERSION_NOT_YET_VISIBLE,
                "Version not yet visible",
                "The case did not reach version " + minVersion + " here within " + waited.toMillis()
                        + " ms; retry later.", null);
        e.getBody().setProperty("minVersion", minVersion);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return e;
    }

    /** A problem document with the project's stable {@code type} ({@code urn:fengqiao:problem:<code>}). */
    public static ErrorResponseException problem(HttpStatus status, String code, String title, String detail,
                                                 String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:fengqiao:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return new ErrorResponseException(status, problem, null);
    }
}
