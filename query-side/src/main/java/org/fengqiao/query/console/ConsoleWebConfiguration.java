package org.fengqiao.query.console;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: Chinese first ({@code i18n/console.properties}), English from {@code console_en}, chosen
 * with {@code ?lang=en} / {@code ?lang=zh-CN} and remembered in a cookie. Never the server's own locale: a Chinese page
 * must not fall back to English because the JVM runs in {@code en_US}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {
            // Spring looks up problem titles and details as problemDetail.<exception class>: with the code as the
            // default message, every API problem without a bundle entry showed that class name (found by FuzzIT)
            @Override
            protected String getDefaultMessage(String code) {
                return code.startsWith("problemDetail.") ? null : super.getDefaultMessage(code);
            }
        };
        messages.setBasenames("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fengqiao-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change).addPathPatterns("/ui/**");
    }
}
