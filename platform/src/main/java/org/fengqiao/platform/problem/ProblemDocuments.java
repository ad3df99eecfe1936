package org.fengqiao.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one way this application writes an RFC 7807 problem document. Every problem has the same shape: {@code type}
 * {@code urn:fengqiao:problem:<code in lower case with dashes>}, {@code title}, {@code status}, {@code detail},
 * {@code instance} (the request path), the stable {@code code} and, when one parameter or field is at fault, its
 * {@code field}. The command side's and the query side's advice answer with {@link #of}; servlet filters, which run
 * before Spring MVC, {@link #write} the same document straight to the response.
 */
public final class ProblemDocuments {

    public static final String TYPE_PREFIX = "urn:fengqiao:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDocuments() {
    }

    /** The {@code type} of a code: {@code INVALID_VALUE} becomes {@code urn:fengqiao:problem:invalid-value}. */
    public static URI typeOf(String code) {
        return URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * A problem document. {@code field} and {@code path} may be {@code null}; a path that is not a valid URI leaves
     * {@code instance} unset rather than failing the answer.
     */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String field,
            String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(code));
        problem.setTitle(title);
        problem.setInstance(instanceOf(path));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** Writes a problem document to a servlet response, for failures that happen before Spring MVC sees a request. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            String code, String title, String detail) throws IOException {
        write(response, of(status, code, title, detail, null, request.getRequestURI()));
    }

    /** Writes a problem document with the members in the order Spring MVC writes them, then its properties. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(problem));
    }

    /** A problem document's JSON, as {@link #write} writes it. */
    public static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(body(problem));
        } catch (IOException e) {
            throw new IllegalStateException("a problem document is plain data", e);
        }
    }

    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The {@code instance} for a request path, or {@code null} for none or one that is not a valid URI. */
    public static URI instanceOf(String path) {
        if (path == null) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
