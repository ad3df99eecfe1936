package org.fengqiao.command.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the {@code occurredAtReason} of a command body (a supervisor's reason for dating what happened further back
 * than the allowed days) for the request, so that {@link CaseCommands} sends it with the command as metadata, where
 * the case checks it and its events keep it.
 */
@ControllerAdvice
class BusinessTimeReasons extends RequestBodyAdviceAdapter {

    static final String ATTRIBUTE = BusinessTimeReasons.class.getName();
    private static final String COMPONENT = "occurredAtReason";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) {
            return null; // a body of JSON null: Spring answers it as a missing body
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (component.getName().equals(COMPONENT)) {
                try {
                    Object reason = component.getAccessor().invoke(body);
                    if (reason instanceof String text && !text.isBlank()) {
                        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, text.strip(),
                                RequestAttributes.SCOPE_REQUEST);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return body;
    }
}
