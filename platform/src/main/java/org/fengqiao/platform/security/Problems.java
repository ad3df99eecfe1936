package org.fengqiao.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 7807 problem document straight to a servlet response, for the failures that happen before Spring
 * MVC sees the request (authentication, authorization, a body too large). Same shape as the API's other problems:
 * {@code type} {@code urn:fengqiao:problem:<code>}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * {@code code}.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:fengqiao:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static String typeOf(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeOf(code));
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
