package org.fengqiao.query.console;

import java.util.List;
import org.fengqiao.platform.security.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and {@code /ui}: the first page the signed-in caller's navigation offers. */
@Controller
@Hidden
class HomeController {

    @GetMapping("/ui/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"/ui", "/ui/"})
    String home() {
        List<ConsoleAccess.NavItem> nav = ConsoleAccess.navigation(Caller.current().orElse(null));
        return nav.isEmpty() ? "console/home" : "redirect:" + nav.get(0).href();
    }
}
