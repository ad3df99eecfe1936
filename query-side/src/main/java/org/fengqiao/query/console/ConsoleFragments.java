package org.fengqiao.query.console;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders one fragment of a console template to HTML outside a request, for the live parts pushed as Server-Sent
 * Events. Such fragments build their links from plain strings (no {@code @{...}}, which needs a request) and get
 * their labels from the same message bundle as the page. The HTML is put on one line: an SSE {@code data} field ends
 * at a line break.
 */
@Component
class ConsoleFragments {

    private final ITemplateEngine engine;

    ConsoleFragments(ITemplateEngine engine) {
        this.engine = engine;
    }

    String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        String html = engine.process(template, Set.of(fragment), new Context(locale, variables));
        return html.replace("\r", "").replace('\n', ' ');
    }
}
