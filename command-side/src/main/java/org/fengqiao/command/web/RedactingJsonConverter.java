package org.fengqiao.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Spring Boot's JSON converter for request and response bodies, except that a body it cannot read fails with a
 * message that quotes nothing of the body. Jackson's own messages repeat the offending value ({@code Cannot
 * deserialize value of type PartyRole from String "王芳"}, {@code Unrecognized token '王芳'}), and Spring MVC logs the
 * message of the failure at debug level; here it names only the kind of error and the field, e.g.
 * {@code JSON parse error: InvalidFormatException at parties[0].role}. The cause stays attached, so the problem
 * details built from it (see {@link ProblemAdvice}) keep their field and expectation.
 */
@Component
class RedactingJsonConverter extends MappingJackson2HttpMessageConverter {

    RedactingJsonConverter(ObjectMapper objectMapper) {
        super(objectMapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.read(type, contextClass, inputMessage);
        } catch (HttpMessageNotReadableException e) {
            throw redacted(e, inputMessage);
        }
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.readInternal(clazz, inputMessage);
        } catch (HttpMessageNotReadableException e) {
            throw redacted(e, inputMessage);
        }
    }

    private static HttpMessageNotReadableException redacted(HttpMessageNotReadableException e,
            HttpInputMessage inputMessage) {
        Throwable cause = e.getCause();
        if (!(cause instanceof JsonProcessingException)) {
            return e;
        }
        StringBuilder message = new StringBuilder("JSON parse error: ").append(cause.getClass().getSimpleName());
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(" at ").append(pathOf(mapping));
        }
        return new HttpMessageNotReadableException(message.toString(), cause, inputMessage);
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
