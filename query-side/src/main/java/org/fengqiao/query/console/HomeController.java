package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.Caller;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (with the issuer's sign-in when {@link ConsoleOidc} is on), and {@code /ui}: the first page the signed-in caller's navigation offers. */
@Controller
@Hidden
class HomeController {

    private final boolean issuerSignIn;

    HomeController(ApiSecurityProperties security, Environment environment) {
        this.issuerSignIn = ConsoleOidc.configured(security, environment).isPresent();
    }

    @GetMapping("/ui/login")
    String login(Model model) {
        model.addAttribute("issuerSignIn", issuerSignIn ? ConsoleOidc.AUTHORIZATION_BASE + "/"
                + ConsoleOidc.REGISTRATION_ID : null);
        return "console/login";
    }

    @GetMapping({"/ui", "/ui/"})
    String home() {
        List<ConsoleAccess.NavItem> nav = ConsoleAccess.navigation(Caller.current().orElse(null));
        return nav.isEmpty() ? "console/home" : "redirect:" + nav.get(0).href();
    }
}
