package org.fengqiao.query.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.audittrail.HistoryText;
import org.fengqiao.query.common.PlaceNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * What every console page has: the signed-in caller and the navigation its roles allow; and one error page for
 * every failure, before the API's JSON problem handlers get to it. A case or node the caller may not see is answered
 * with the same "not found" page as an unknown one.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final JurisdictionTree tree;
    private final MessageSource messages;
    private final ZoneId zone;

    ConsoleAdvice(JurisdictionTree tree, MessageSource messages,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        this.tree = tree;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        PlaceNames names = new PlaceNames(tree, locale);
        model.addAttribute("names", names);
        // labels of codes, names of units, zoned times and history lines in the page's language
        model.addAttribute("text", new HistoryText(messages, names, zone, locale));
        Caller caller = Caller.current().orElse(null);
        model.addAttribute("me", caller);
        model.addAttribute("nav", caller == null ? List.of() : ConsoleAccess.navigation(caller));
    }

    @ExceptionHandler(ConsoleProblem.class)
    String problem(ConsoleProblem problem, Model model, Locale locale, HttpServletResponse response) {
        // an exception handler gets a fresh model, without what common() put in
        common(model, locale);
        response.setStatus(problem.status().value());
        model.addAttribute("problemKey", problem.messageKey());
        model.addAttribute("status", problem.status().value());
        return "console/problem";
    }

    /** The browser left (a live page closed): nothing to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
    }

    /** A rule violation that reaches a page (not a form): a case not found is a not-found page, the rest a 409. */
    @ExceptionHandler(Exception.class)
    String failure(Exception e, Model model, Locale locale, HttpServletResponse response) {
        RuleViolationDetails details = ConsoleForms.ruleDetails(e);
        ConsoleProblem problem;
        if (details != null && CaseRule.CASE_NOT_FOUND.name().equals(details.code())) {
            problem = ConsoleProblem.notFound();
        } else if (details != null) {
            problem = new ConsoleProblem(HttpStatus.CONFLICT, "problem.conflict");
        } else {
            log.error("A console page failed", e);
            problem = new ConsoleProblem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
        }
        return problem(problem, model, locale, response);
    }
}
