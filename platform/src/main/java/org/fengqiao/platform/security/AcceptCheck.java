package org.fengqiao.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers 406 before a handler runs when the caller accepts nothing it could answer. Spring negotiates the answer's
 * type only when it writes the answer, after the handler: a command sent with {@code Accept: image/png} was carried
 * out, its events appended, and then answered 406, so the caller took it for refused. A route that declares what it
 * produces (a stream, the dossier) is negotiated by Spring before the handler already; every other route answers
 * JSON (and problem documents).
 */
final class AcceptCheck implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!(handler instanceof HandlerMethod) || accept == null || accept.isBlank()
                || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> declared
                        && !declared.isEmpty()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        boolean answerable = accepted.stream().anyMatch(type -> (type.getQualityValue() > 0)
                && JSON.stream().anyMatch(type::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        return true;
    }
}
