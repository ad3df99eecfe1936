package org.fengqiao.query.common;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query the read models cannot answer, as a fact about the request rather than an HTTP response: read models,
 * stores and controllers throw it (or a subclass that names a failure, such as the event store being unavailable),
 * and {@link QueryProblemAdvice} alone turns it into a problem document. It carries
 * the stable {@code code}, a {@link Reason} that decides the status, the parameter at fault when one is, and any
 * extra members of the problem.
 */
public class QueryRejection extends RuntimeException {

    /** Why the query is refused; each reason has one HTTP status. */
    public enum Reason {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), NOT_IMPLEMENTED(501), UNAVAILABLE(503);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static final String CASE_NOT_FOUND = "CASE_NOT_FOUND";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String UNKNOWN_NODE = "UNKNOWN_NODE";

    private final Reason reason;
    private final String code;
    private final String title;
    private final String field;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public QueryRejection(Reason reason, String code, String title, String detail, String field) {
        this(reason, code, title, detail, field, null);
    }

    /** @param cause what made the query fail, for the logs; never part of the answer */
    public QueryRejection(Reason reason, String code, String title, String detail, String field, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
        this.code = code;
        this.title = title;
        this.field = field;
    }

    public static QueryRejection caseNotFound() {
        return new QueryRejection(Reason.NOT_FOUND, CASE_NOT_FOUND, "Case not found", "No case with this id is known.",
                null);
    }

    /** A node the tree does not have, or one outside the caller's jurisdiction: the two are not told apart. */
    public static QueryRejection unknownNode() {
        return new QueryRejection(Reason.NOT_FOUND, UNKNOWN_NODE, "Unknown node",
                "The jurisdiction tree has no node with this code that you may see.", "node");
    }

    /** Says what is expected, never echoing the value that was sent, which may be personal data. */
    public static QueryRejection invalidValue(String field, String expected) {
        return new QueryRejection(Reason.INVALID, INVALID_VALUE, "Invalid value", field + " " + expected, field);
    }

    public static QueryRejection notFound(String code, String detail) {
        return new QueryRejection(Reason.NOT_FOUND, code, "Not found", detail, null);
    }

    public static QueryRejection conflict(String code, String detail) {
        return new QueryRejection(Reason.CONFLICT, code, "Conflict", detail, null);
    }

    /** Adds a member to the problem document, e.g. the {@code minVersion} a request waited for. */
    public QueryRejection with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Asks the caller to retry after this long ({@code Retry-After}, in whole seconds, at least one). */
    public QueryRejection retryAfter(Duration after) {
        this.retryAfter = after;
        return this;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
