package org.fengqiao.query.common;

import java.util.Locale;
import java.util.function.Function;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the query API reads the kernel's types from a request parameter, as it always has: enumerations in any case
 * ({@code kind=dispute}; Spring's own conversion insists on upper case), codes stripped, and a blank value as no
 * value. Numbers, instants and booleans need nothing here. A value a type refuses is answered by
 * {@code QueryProblemAdvice}: 400 naming the parameter, with the value object's own reason.
 */
@Configuration(proxyBeanMethods = false)
public class QueryParameterTypes implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, CaseKind.class, anyCase(CaseKind.class));
        registry.addConverter(String.class, CaseStatus.class, anyCase(CaseStatus.class));
        registry.addConverter(String.class, RiskLevel.class, anyCase(RiskLevel.class));
        registry.addConverter(String.class, NodeCode.class, stripped(NodeCode::new));
        registry.addConverter(String.class, Category.class, stripped(Category::new));
        registry.addConverter(String.class, UnitCode.class, stripped(UnitCode::new));
    }

    private static <T> Converter<String, T> stripped(Function<String, T> constructor) {
        return text -> text.isBlank() ? null : constructor.apply(text.strip());
    }

    private static <E extends Enum<E>> Converter<String, E> anyCase(Class<E> type) {
        return text -> text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }
}
