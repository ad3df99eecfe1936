package org.fengqiao.command.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.value.BusinessTime;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The documented length limits of every request body, checked once the JSON is read and before any command is
 * built: {@code subject} 200 characters; the long texts ({@code content}, {@code minutes}, {@code terms},
 * {@code text}, {@code performance}, {@code instructions}) 10,000; {@code reason}, {@code note} and {@code route} 2,000; any other text
 * (names, codes) 200; a list at most 100 entries; every time and date within {@link BusinessTime}'s range. Nested
 * records and lists are walked, so a petitioner's name is {@code petitioners[0].name}. Every field over its limit is
 * listed in one 400 problem; the values are never echoed.
 */
@ControllerAdvice
class TextLimits extends RequestBodyAdviceAdapter {

    static final int MAX_ITEMS = 100;
    private static final Map<String, Integer> LIMITS = Map.of("subject", 200, "content", 10_000, "minutes", 10_000,
            "terms", 10_000, "text", 10_000, "performance", 10_000, "reason", 2_000, "note", 2_000, "route", 2_000,
            "instructions", 10_000);
    private static final int DEFAULT_LIMIT = 200;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        check(body, "", problems, 0);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).field(), problems.size() == 1
                    ? problems.get(0).field() + " " + problems.get(0).detail()
                    : problems.size() + " fields are out of their limits: see errors", problems);
        }
        return body;
    }

    private static void check(Object value, String path, List<InvalidRequestException.FieldProblem> problems,
            int depth) {
        if (value == null || depth > 5) {
            return;
        }
        if (value instanceof Record record && record.getClass().getName().startsWith("org.fengqiao.")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                String name = component.getName();
                String childPath = path.isEmpty() ? name : path + "." + name;
                if (child instanceof String text) {
                    int limit = LIMITS.getOrDefault(name, DEFAULT_LIMIT);
                    if (text.length() > limit) {
                        problems.add(new InvalidRequestException.FieldProblem(childPath,
                                "must be at most " + limit + " characters"));
                    }
                } else if (child instanceof Instant time && !BusinessTime.within(time)
                        || child instanceof LocalDate day && !BusinessTime.within(day)) {
                    problems.add(new InvalidRequestException.FieldProblem(childPath, BusinessTime.RANGE));
                } else {
                    check(child, childPath, problems, depth + 1);
                }
            }
        } else if (value instanceof Collection<?> items) {
            if (items.size() > MAX_ITEMS) {
                problems.add(new InvalidRequestException.FieldProblem(path, "must have at most " + MAX_ITEMS
                        + " entries"));
                return;
            }
            int index = 0;
            for (Object item : items) {
                String itemPath = path + "[" + index++ + "]";
                if (item instanceof String text && text.length() > DEFAULT_LIMIT) {
                    problems.add(new InvalidRequestException.FieldProblem(itemPath,
                            "must be at most " + DEFAULT_LIMIT + " characters"));
                } else {
                    check(item, itemPath, problems, depth + 1);
                }
            }
        }
    }
}
