package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.ApiAccessRules.Rule;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.CompositeFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, on the running application with its demo accounts: the endpoint × role matrix of
 * {@link ApiAccessRules} (allowed, or 403), 401 without credentials, every route of the application covered by the
 * rule table and described in the OpenAPI document, and the problem documents of the framework's own failures.
 */
@EmbeddedApplicationTest
class ApiSecurityIT {

    private static final String SOME_CASE = "/" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_answers_each_role_as_the_rule_table_says_and_401_without_credentials() {
        ApiClient api = new ApiClient(port);
        List<String> checked = new ArrayList<>();
        for (Rule rule : ApiAccessRules.RULES) {
            for (String path : examples(rule.pattern())) {
                String method = rule.method().name();
                Reply anonymous = api.anonymous(method, path);
                if (ApiAccessRules.isOpenOnLoopback(path)) {
                    // this test calls from loopback; ExposureIT calls from the network
                    assertThat(anonymous.status()).isEqualTo(200);
                } else {
                    assertProblem(anonymous, 401, "UNAUTHORIZED");
                    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
                            .hasValue("Basic realm=\"fengqiao\"");
                }
                for (Map.Entry<String, Role> account : ApiClient.DEMO_ACCOUNTS.entrySet()) {
                    Caller caller = caller(account.getKey());
                    // the first row that matches decides, which may be another than this one (a narrower path)
                    boolean allowed = ApiAccessRules.allows(caller, method, path);
                    if (allowed && method.equals("POST") && path.equals("/api/admin/replay")) {
                        continue; // would start a rebuild under the other tests' feet; ReplayIT calls it as admin
                    }
                    Reply reply = call(api, method, path, account.getKey());
                    if (allowed) {
                        assertThat(reply.status()).as("%s %s as %s: %s", method, path, account.getKey(), reply.body())
                                .isNotIn(401, 403);
                    } else {
                        assertThat(reply.status()).as("%s %s as %s", method, path, account.getKey()).isEqualTo(403);
                        assertThat(reply.text("type")).isEqualTo("urn:fengqiao:problem:forbidden");
                    }
                    checked.add(method + " " + path + " " + account.getKey());
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(ApiAccessRules.RULES.size() * ApiClient.DEMO_ACCOUNTS.size());
    }

    /** Spot checks written out by hand, so that the matrix is not only the table checking itself. */
    @Test
    void the_roles_of_the_issue_hold() {
        ApiClient api = new ApiClient(port);
        String dispute = "/api/disputes" + SOME_CASE;
        assertThat(call(api, "POST", dispute + "/notes", "auditor").status()).isEqualTo(403);
        assertThat(call(api, "POST", dispute + "/assignment", "officer").status()).isEqualTo(403);
        assertThat(call(api, "POST", dispute + "/assignment", "hotline").status()).isEqualTo(403);
        assertThat(call(api, "POST", dispute + "/closure", "supervisor").status()).isEqualTo(403);
        assertThat(call(api, "POST", dispute + "/closure", "intake").status()).isEqualTo(403);
        assertThat(call(api, "POST", "/api/admin/replay", "supervisor").status()).isEqualTo(403);
        assertThat(call(api, "GET", "/api/cases", "admin").status()).isEqualTo(403);
        assertThat(call(api, "GET", "/api/boards/overview", "officer").status()).isEqualTo(403);
        assertThat(call(api, "GET", "/api/cases" + SOME_CASE + "/history", "intake").status()).isEqualTo(403);
        // allowed: the case is unknown, so 404 rather than 403
        assertThat(call(api, "POST", dispute + "/notes", "hotline").status()).isEqualTo(404);
        assertThat(call(api, "POST", dispute + "/closure", "officer").status()).isIn(400, 404);
        assertThat(call(api, "GET", "/api/cases" + SOME_CASE + "/history", "auditor").status()).isEqualTo(404);
        assertThat(call(api, "GET", "/api/boards/overview", "auditor").status()).isEqualTo(200);
        // a wrong password is no credential
        Reply wrong = api.send("/api/cases", request -> request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("intake:guess".getBytes(StandardCharsets.UTF_8))).GET());
        assertProblem(wrong, 401, "UNAUTHORIZED");
    }

    @Test
    void every_route_of_the_application_has_a_rule_row_or_is_a_read() {
        List<String> uncovered = new ArrayList<>();
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (!method.equals("GET") && examples(path).stream()
                    .anyMatch(example -> ApiAccessRules.ruleFor(method, example).isEmpty())) {
                uncovered.add(route);
            }
        }
        assertThat(uncovered).as("command routes without a row in ApiAccessRules").isEmpty();
    }

    @Test
    void the_openapi_document_describes_every_route_and_both_security_schemes() throws Exception {
        ApiClient api = new ApiClient(port);
        Reply docs = api.anonymous("GET", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> routes = routes();
        assertThat(routes).hasSizeGreaterThan(20);
        assertThat(documented).containsAll(routes);
        JsonNode schemes = docs.body().path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearerAuth").path("bearerFormat").asText()).isEqualTo("JWT");
        JsonNode notes = paths.path("/api/{kind}/{caseId}/notes").path("post");
        assertThat(notes.path("parameters").findValuesAsText("name"))
                .contains("Idempotency-Key", "If-Match", "X-Request-Id");
        assertThat(notes.path("responses").fieldNames()).toIterable()
                .contains("200", "400", "401", "403", "404", "409", "412", "413", "415", "422");
        assertThat(notes.path("responses").path("412").path("content").path("application/problem+json")
                .path("example").path("type").asText()).isEqualTo("urn:fengqiao:problem:version-mismatch");
        assertThat(docs.body().path("components").path("schemas").has("ReceiveDisputeRequest")).isTrue();
        List<String> withoutExample = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode body = path.getValue().path("post").path("requestBody");
            if (!body.isMissingNode() && body.path("content").path("application/json").path("example").isMissingNode()) {
                withoutExample.add(path.getKey());
            }
        });
        assertThat(withoutExample).as("commands without an example body").isEmpty();
        assertThat(paths.path("/api/disputes").path("post").path("requestBody").path("content")
                .path("application/json").path("example").path("gridCode").asText()).isEqualTo("SH-FL-G03");
        HttpResponse<String> ui = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/swagger-ui/index.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void framework_failures_are_problem_documents_with_a_stable_type() {
        ApiClient api = new ApiClient(port);
        assertProblem(api.get("/api/nothing-here", "auditor"), 404, "NOT_FOUND");
        assertProblem(api.get("/api/petitions" + SOME_CASE + "/assignment", "auditor"), 405, "METHOD_NOT_ALLOWED");
        Reply textPlain = api.send("/api/petitions", request -> request
                .header("Authorization", ApiClient.basic("intake")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(textPlain, 415, "UNSUPPORTED_MEDIA_TYPE");
        String huge = json("{'subject':'" + "x".repeat(1_100_000) + "'}");
        assertProblem(api.post("/api/petitions", huge, "intake"), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(api.post("/api/petitions", "{not json", "intake"), 400, "MALFORMED_REQUEST");
        Reply forbidden = call(api, "POST", "/api/petitions", "auditor");
        assertProblem(forbidden, 403, "FORBIDDEN");
        assertThat(forbidden.text("type")).isEqualTo("urn:fengqiao:problem:forbidden");
    }

    @Test
    void the_request_id_is_returned_and_generated_when_missing() {
        ApiClient api = new ApiClient(port);
        Reply given = api.send("/api/jurisdictions", request -> request
                .header("Authorization", ApiClient.basic("intake")).header("X-Request-Id", "hotline-req-42").GET());
        assertThat(given.raw().headers().firstValue("X-Request-Id")).hasValue("hotline-req-42");
        Reply generated = api.get("/api/jurisdictions", "intake");
        assertThat(generated.raw().headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(UUID.fromString(id)).isNotNull());
        Reply unauthorized = api.anonymous("GET", "/api/cases");
        assertThat(unauthorized.raw().headers().firstValue("X-Request-Id")).isPresent();
    }

    private Set<String> routes() {
        return routes(mappings);
    }

    /** Method and path of every controller route, path variables without their patterns as OpenAPI writes them. */
    static Set<String> routes(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                // the console's pages (/ui) are not API routes: they are left out of the document on purpose
                if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui") || pattern.equals("/error")
                        || pattern.equals("/ui") || pattern.startsWith("/ui/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    routes.add(method.name() + " " + path);
                }
            }
        }
        return routes;
    }

    /** Concrete paths for a pattern: each kind for a kind segment, an unknown case for a case segment. */
    private static List<String> examples(String pattern) {
        String path = pattern.replace("/**", SOME_CASE).replace("{caseId}", SOME_CASE.substring(1));
        if (path.startsWith("/api/boards")) {
            path = "/api/boards/overview";
        }
        if (path.startsWith("/api/*/") || path.startsWith("/api/{kind}/")) {
            String rest = path.substring(path.indexOf('/', 5));
            return List.of(("/api/petitions" + rest).replace("*", SOME_CASE.substring(1)),
                    ("/api/disputes" + rest).replace("*", SOME_CASE.substring(1)));
        }
        return List.of(path.replace("*", SOME_CASE.substring(1)));
    }

    static Caller caller(String account) {
        Role role = ApiClient.DEMO_ACCOUNTS.get(account);
        Set<String> grants = role == Role.SYSTEM ? Set.of("register", "read", "notes", "attachments", "hotline-orders") : Set.of();
        return new Caller(account, Set.of(role), null, null, grants);
    }

    /**
     * The request path's machinery (issue 20): the security chain is not wrapped in Spring MVC's handler-mapping
     * cache filter, no chain matches paths by asking Spring MVC's handler mappings, and Spring Security records no
     * observations (the HTTP server's own metric stays).
     */
    @Test
    void the_filter_chains_match_paths_by_themselves_and_record_no_security_observations() {
        FilterChainProxy proxy = context.getBean("springSecurityFilterChain", FilterChainProxy.class);
        assertThat(filters(proxy)).isNotEmpty()
                .noneMatch(filter -> filter.getClass().getName().contains("HandlerMappingIntrospector"));
        assertThat(proxy.getFilterChains()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(filterChain -> assertThat(
                ((DefaultSecurityFilterChain) filterChain).getRequestMatcher().toString()).doesNotContain("Mvc"));
        assertThat(ReflectionTestUtils.getField(proxy, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);

        assertThat(new ApiClient(port).get("/api/jurisdictions", "supervisor").status()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").meters()).isNotEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
    }

    /** The filters a (possibly composite) security filter chain runs before its chains, nested composites opened. */
    private static List<Filter> filters(Filter filter) {
        Object delegate = filter instanceof FilterChainProxy
                && ReflectionUtils.findField(filter.getClass(), "doFilterDelegate") != null
                ? ReflectionTestUtils.getField(filter, "doFilterDelegate") : null;
        if (delegate == null && filter instanceof CompositeFilter) {
            delegate = filter;
        }
        if (!(delegate instanceof CompositeFilter composite)) {
            return List.of(filter);
        }
        List<Filter> all = new ArrayList<>();
        for (Object inner : (List<?>) ReflectionTestUtils.getField(composite, "filters")) {
            all.addAll(filters((Filter) inner));
        }
        return all;
    }

    private static Reply call(ApiClient api, String method, String path, String account) {
        return method.equals("GET") ? api.get(path, account) : api.post(path, "{}", account);
    }
}
