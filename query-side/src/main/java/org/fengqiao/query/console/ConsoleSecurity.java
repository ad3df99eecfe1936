package org.fengqiao.query.console;

import java.util.Optional;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The console's own filter chain, ahead of the API's: a session and a form login with the same accounts as the API
 * (its {@code UserDetailsService}), CSRF protection on every form and htmx request (the token is in the page's
 * {@code <meta>} and sent by htmx as a header), sign-out at {@code /ui/logout}. With
 * {@code fengqiao.security.authentication=jwt} and the console's client id, also sign-in through the API's OpenID
 * Connect issuer ({@link ConsoleOidc}). The API chain stays stateless and is not touched. Which page a signed-in caller
 * may open is {@link ConsoleAccess}'s decision, from the API's rule table.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, ApiSecurityProperties security,
            Environment environment) throws Exception {
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        // the token is read from the request attribute on each page (not deferred), so htmx always has one
        csrfHandler.setCsrfRequestAttributeName(null);
        http.securityMatcher("/ui", "/ui/**", "/webjars/**")
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfHandler))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ui/login", "/ui/assets/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/ui/login").loginProcessingUrl("/ui/login")
                        .defaultSuccessUrl("/ui", true).failureUrl("/ui/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/ui/logout").logoutSuccessUrl("/ui/login?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'")));
        Optional<ConsoleOidc> oidc = ConsoleOidc.configured(security, environment);
        if (oidc.isPresent()) {
            http.oauth2Login(login -> login.loginPage("/ui/login")
                    .clientRegistrationRepository(oidc.get().registrations())
                    .authorizationEndpoint(endpoint -> endpoint.baseUri(ConsoleOidc.AUTHORIZATION_BASE))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(ConsoleOidc.CALLBACK_BASE + "/*"))
                    .userInfoEndpoint(users -> users.oidcUserService(oidc.get().users()))
                    .defaultSuccessUrl("/ui", true).failureUrl("/ui/login?error"));
        }
        return http.build();
    }
}
