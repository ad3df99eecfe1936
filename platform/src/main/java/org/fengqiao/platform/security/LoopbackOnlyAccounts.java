package org.fengqiao.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Demo accounts (a demo account's name, or a password that is the account's own name: {@link DemoAccountCheck}) sign
 * in only from this machine ({@link Loopback}); from anywhere else their credentials are answered 401 like wrong ones,
 * and count as failed sign-ins. The embedded default listens on loopback only unless {@code server.address} opens it,
 * and even then its demo accounts stay local.
 */
final class LoopbackOnlyAccounts extends OncePerRequestFilter {

    private final Set<String> demoAccounts;
    private final AuthenticationEntryPoint unauthorized;

    LoopbackOnlyAccounts(Set<String> demoAccounts, AuthenticationEntryPoint unauthorized) {
        this.demoAccounts = Set.copyOf(demoAccounts);
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser account
                && demoAccounts.contains(account.getUsername()) && !Loopback.isLocal(request)) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("a demo account off loopback"));
            return;
        }
        chain.doFilter(request, response);
    }
}
