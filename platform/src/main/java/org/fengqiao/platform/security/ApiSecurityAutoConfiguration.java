package org.fengqiao.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.fengqiao.platform.problem.ProblemReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The security of both services' HTTP API. Stateless: every request authenticates, by HTTP Basic with an account from
 * {@code fengqiao.security.accounts} or (with {@code fengqiao.security.authentication=jwt}, the {@code production}
 * profile) by a bearer JWT checked against the issuer / JWK set Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} name. Which endpoint each role may call is
 * {@link ApiAccessRules}; a request without valid credentials is answered 401, a forbidden one 403, both as problem
 * documents. Also registers the correlation-id and body-size filters ahead of security.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiSecurityProperties.class)
@EnableWebSecurity
public class ApiSecurityAutoConfiguration {

    /**
     * No observations of Spring Security's filters, authentications and authorizations: nothing reads the
     * {@code spring.security.*} metrics (the dashboards and alerts use {@code http.server.requests}, which stays), and
     * wrapping each of the chain's dozen filters in an observation cost 5-8 % of the service's time under load.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Paths in every filter chain's configuration (the console's {@code securityMatcher} and its rules too) match as
     * {@code PathPatternRequestMatcher}s, by the path alone: Spring Security's default for Spring MVC applications,
     * {@code MvcRequestMatcher}, asks Spring MVC's handler mappings on each request (see {@link NoIntrospectionCache}).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    static NoIntrospectionCache noIntrospectionCache() {
        return new NoIntrospectionCache();
    }

    /**
     * bcrypt (and the other encodings Spring knows by their {@code {id}} prefix), with successful checks remembered
     * for {@code fengqiao.security.verified-password-ttl} (default 5 minutes; 0 checks every request).
     */
    @Bean
    PasswordEncoder passwordEncoder(ApiSecurityProperties properties,
            @Value("${fengqiao.security.verified-password-ttl:5m}") Duration verifiedPasswordTtl) {
        return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                VerifiedPasswordCache.usualBcryptCost(properties.getAccounts().stream()
                        .map(ApiSecurityProperties.Account::getPassword).toList()),
                verifiedPasswordTtl, 10_000, Clock.systemUTC());
    }

    /**
     * {@code fengqiao.security.sign-in.*}: failed sign-ins allowed per account name ({@code max-failures}, 10) and
     * per client address ({@code max-failures-per-address}, 100) within {@code window} (15 minutes).
     */
    @Bean
    SignInThrottle signInThrottle(@Value("${fengqiao.security.sign-in.max-failures:10}") int maxFailures,
            @Value("${fengqiao.security.sign-in.max-failures-per-address:100}") int maxFailuresPerAddress,
            @Value("${fengqiao.security.sign-in.window:15m}") Duration window) {
        return new SignInThrottle(maxFailures, maxFailuresPerAddress, window, 100_000, Clock.systemUTC());
    }

    /** The throttle runs inside the security chain only, not also as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle throttle) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    UserDetailsService apiAccounts(ApiSecurityProperties properties, Environment environment,
            PasswordEncoder encoder) {
        DemoAccountCheck.check(properties, environment, encoder);
        Map<String, ApiSecurityProperties.Account> accounts = properties.getAccounts().stream()
                .collect(Collectors.toMap(ApiSecurityProperties.Account::getName, Function.identity(), (a, b) -> b));
        return name -> {
            ApiSecurityProperties.Account account = accounts.get(name);
            if (account == null) {
                throw new UsernameNotFoundException("unknown account");
            }
            return new AccountUser(account.caller(), account.getPassword());
        };
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder, SignInThrottle throttle, PasswordEncoder encoder,
            Environment environment) throws Exception {
        boolean jwt = properties.jwtEnabled();
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"fengqiao\"");
            if (jwt) {
                response.addHeader("WWW-Authenticate", "Bearer");
            }
            ProblemDocuments.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Unauthorized",
                    "Valid credentials are required: HTTP Basic" + (jwt ? " or a bearer token." : "."));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> ProblemDocuments.write(request, response,
                HttpStatus.FORBIDDEN, "FORBIDDEN", "Forbidden", "Your role does not allow this request.");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .addFilterAfter(new LoopbackOnlyAccounts(DemoAccountCheck.demoAccounts(properties, encoder),
                        unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(ruleTable()));
        if (jwt) {
            requireAudience(environment);
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("fengqiao.security.authentication=jwt needs the token issuer: set "
                        + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI or "
                        + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
            }
            http.oauth2ResourceServer(server -> server
                    .jwt(token -> token.jwtAuthenticationConverter(new JwtCallers(properties.getJwt())))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden));
        }
        return http.build();
    }

    /**
     * Bearer tokens are taken only for this service: Spring Boot's decoder checks their {@code aud} claim against
     * {@code spring.security.oauth2.resourceserver.jwt.audiences}, which must be set (a token the issuer made for
     * another application would otherwise do).
     */
    static void requireAudience(Environment environment) {
        List<String> audiences = Binder.get(environment).bind("spring.security.oauth2.resourceserver.jwt.audiences",
                Bindable.listOf(String.class)).orElse(List.of());
        if (audiences.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("fengqiao.security.authentication=jwt needs the tokens' audience: set "
                    + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES (e.g. fengqiao-api)");
        }
    }

    /**
     * {@link ApiAccessRules} as Spring Security's decision for a request. Without credentials only the public paths,
     * and from this machine the paths open on loopback; with them, the caller's rows.
     */
    private static AuthorizationManager<RequestAuthorizationContext> ruleTable() {
        return (authentication, context) -> {
            HttpServletRequest request = context.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            var current = authentication.get();
            Caller caller = current == null || !current.isAuthenticated() ? null
                    : current.getPrincipal() instanceof Caller c ? c
                    : current.getPrincipal() instanceof Caller.CallerHolder holder ? holder.caller() : null;
            if (caller == null) {
                return new AuthorizationDecision(ApiAccessRules.isPublic(path)
                        || ApiAccessRules.isOpenOnLoopback(path) && Loopback.isLocal(request));
            }
            return new AuthorizationDecision(ApiAccessRules.allows(caller, request.getMethod(), path));
        };
    }

    /**
     * A path the firewall refuses ({@code %2e%2e}, {@code ;}, an encoded slash, a double slash) or a parameter it
     * refuses (a control character in its name): 400 as a problem document like every other refusal.
     */
    @Bean
    HttpFirewall firewall() {
        return new EagerFirewall();
    }

    /**
     * What Tomcat refuses before any filter sees the request (a path with {@code %00} or {@code %5c}, a request line
     * that does not parse): a problem document as well, not Tomcat's HTML error page.
     */
    @Bean
    ProblemReportValve.Installer problemReportValve() {
        return new ProblemReportValve.Installer();
    }

    @Bean
    RequestRejectedHandler rejectedRequests() {
        return (request, response, e) -> ProblemDocuments.write(request, response, HttpStatus.BAD_REQUEST,
                "REQUEST_REJECTED", "Request rejected", "The request's path or headers are not accepted.");
    }

    /** {@code fengqiao.http.whole-store-reads}: how many requests reading the whole event store run at once (2). */
    @Bean
    FilterRegistrationBean<WholeStoreReads> wholeStoreReads(
            @Value("${fengqiao.http.whole-store-reads:2}") int permits) {
        FilterRegistrationBean<WholeStoreReads> registration = new FilterRegistrationBean<>(
                new WholeStoreReads(permits));
        // after security: a caller without credentials or rights takes no permit
        registration.setOrder(-90);
        return registration;
    }

    /** {@link AcceptCheck} on every API route. */
    @Bean
    WebMvcConfigurer acceptCheck() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptCheck()).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(-120);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${fengqiao.http.max-body-size:1MB}") DataSize maxBodySize) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
                new BodyLimitFilter(maxBodySize.toBytes()));
        registration.setOrder(-110);
        return registration;
    }
}
