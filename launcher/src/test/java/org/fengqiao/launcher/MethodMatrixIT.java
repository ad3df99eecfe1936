package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application × every demo account and no account × every method (issue 18, item 1):
 * {@code HEAD} is decided exactly as {@code GET}, a method no rule names is refused (403) whatever the role, and what
 * the rule table allows is never refused. Also the three requests the probe saw get through with {@code HEAD}.
 */
@EmbeddedApplicationTest
class MethodMatrixIT {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String UNKNOWN_CASE = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_route_answers_every_role_and_method_as_get_post_rules_say_and_refuses_other_methods() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String route : routes()) {
            for (String path : examples(route)) {
                for (String method : METHODS) {
                    int anonymous = status(method, path, null);
                    calls++;
                    if (anonymous != 401) {
                        wrong.add(method + " " + path + " without credentials: " + anonymous);
                    }
                    for (String account : ApiClient.DEMO_ACCOUNTS.keySet()) {
                        if (method.equals("POST") && path.equals("/api/admin/replay")) {
                            continue; // would start a rebuild under the other tests' feet; ReplayIT calls it
                        }
                        int status = status(method, path, account);
                        calls++;
                        boolean refused = status == 403;
                        boolean expectRefused = switch (method) {
                            case "GET", "POST" -> !ApiAccessRules.allows(caller(account), method, path);
                            // decided as GET, written out so that the table does not check only itself
                            case "HEAD" -> !ApiAccessRules.allows(caller(account), "GET", path);
                            default -> true;
                        };
                        if (refused != expectRefused || status == 401 || status >= 500) {
                            wrong.add(method + " " + path + " as " + account + ": " + status);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("answers against the rule table").isEmpty();
        assertThat(calls).isGreaterThan(routes().size() * METHODS.size() * ApiClient.DEMO_ACCOUNTS.size());
    }

    @Test
    void head_does_not_get_past_the_rule_of_get_on_the_routes_the_probe_found() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Lift out of order','content':'Since Monday',
                 'gridCode':'SH-C5-G01','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""),
                "intake").text("caseId");
        assertThat(status("HEAD", "/api/cases/" + id + "/dossier", "intake")).isEqualTo(403);
        assertThat(status("HEAD", "/api/audit/personal-data-access", "hotline")).isEqualTo(403);
        assertThat(status("HEAD", "/api/boards/overview?asOf=2026-01-01T00:00:00Z", "intake")).isEqualTo(403);
        assertThat(status("OPTIONS", "/api/cases/" + id, "admin")).isEqualTo(403);
        assertThat(status("DELETE", "/api/cases/" + id, "supervisor")).isEqualTo(403);
        JsonNode history = api.get("/api/cases/" + id + "/history", "auditor").body();
        assertThat(history.path("items").findValuesAsText("eventType")).doesNotContain("DossierExported");
        // the same HEAD by a role GET allows is an export like any other, recorded as such
        assertThat(status("HEAD", "/api/cases/" + id + "/dossier", "auditor")).isEqualTo(200);
        assertThat(api.get("/api/cases/" + id + "/history", "auditor").body().path("items")
                .findValuesAsText("actor")).contains("auditor");
    }

    private int status(String method, String path, String account) {
        int status = status(http, method, path, account);
        if (status == 0) {
            // a connection the client took back after a stream's body was closed can still be busy with that stream:
            // ask once more on a connection of its own before taking silence for a stream that sends nothing yet
            status = status(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), method, path,
                    account);
        }
        return status;
    }

    private int status(HttpClient client, String method, String path, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (account != null) {
            request.header("Authorization", ApiClient.basic(account));
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // a stream answers its headers and then keeps going
            return response.statusCode();
        } catch (HttpTimeoutException e) {
            return 0; // a stream that sends nothing yet: let through, not refused
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The paths of every controller route (ApiSecurityIT lists them with their methods). */
    private Set<String> routes() {
        Set<String> paths = new TreeSet<>();
        ApiSecurityIT.routes(mappings).forEach(route -> paths.add(route.substring(route.indexOf(' ') + 1)));
        return paths;
    }

    /** Concrete paths: both kinds for a kind segment, an unknown case, anchor or subject for the others. */
    private static List<String> examples(String route) {
        String path = route.replace("{caseId}", UNKNOWN_CASE).replace("{anchorId}", "1")
                .replace("{subject}", "1")
                .replace("{subscriptionId}", "unknown-subscription").replace("{unit}", "SH-FL-MEDIATION")
                .replace("{node}", "SH-FL").replace("{orderId}", "ORDER-1");
        if (path.contains("{kind}")) {
            return List.of(path.replace("{kind}", "petitions"), path.replace("{kind}", "disputes"));
        }
        return List.of(path);
    }

    private static Caller caller(String account) {
        return ApiSecurityIT.caller(account);
    }
}
