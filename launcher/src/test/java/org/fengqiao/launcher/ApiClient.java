package org.fengqiao.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;

/**
 * A small JSON client over HTTP for the integration tests; it speaks to the application as an outside system does,
 * authenticated with HTTP Basic as one of the embedded default's demo accounts (each has its own name as password).
 * A request names the account to use ({@code post(path, json, "supervisor")}); any other name, or none, picks the
 * first demo account whose role {@link ApiAccessRules} allows for the request.
 */
public final class ApiClient {

    /** The demo accounts and their roles, as {@code application.yml} configures them. */
    public static final Map<String, Role> DEMO_ACCOUNTS = Map.of("intake", Role.INTAKE, "officer", Role.OFFICER,
            "supervisor", Role.SUPERVISOR, "auditor", Role.AUDITOR, "admin", Role.ADMIN, "hotline", Role.SYSTEM,
            "fuli.officer", Role.OFFICER);
    private static final List<String> PREFERRED = List.of("intake", "supervisor", "officer", "auditor", "admin");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response: status, JSON body (empty object when there is none) and the raw response for headers. */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public long version() {
            return body.path("version").asLong(-1);
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    public Reply post(String path, String json) {
        return post(path, json, null);
    }

    /** As {@code account} if it is a demo account, otherwise as a demo account allowed to make this request. */
    public Reply post(String path, String json, String account) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(accountFor("POST", path, account)))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with extra headers, e.g. {@code Idempotency-Key} or {@code If-Match}: name, value, name, value... */
    public Reply post(String path, String json, String account, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (account != null) {
            request.header("Authorization", basic(accountFor("POST", path, account)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Reply get(String path) {
        return get(path, null);
    }

    public Reply get(String path, String account) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(accountFor("GET", path, account))).GET());
    }

    /** A request without credentials, any method. */
    public Reply anonymous(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
    }

    /** Any request as built by the caller: method, headers and body are the caller's. */
    public Reply send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build) {
        return send(build.apply(HttpRequest.newBuilder(URI.create(base + path))));
    }

    /** The {@code Authorization} header value of a demo account (its password is its name). */
    public static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + account).getBytes(
                StandardCharsets.UTF_8));
    }

    private static String accountFor(String method, String path, String wanted) {
        if (wanted != null && DEMO_ACCOUNTS.containsKey(wanted)) {
            return wanted;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return PREFERRED.stream()
                .filter(name -> ApiAccessRules.allows(new Caller(name, java.util.Set.of(DEMO_ACCOUNTS.get(name)), null,
                        null, null), method, bare))
                .findFirst().orElse("admin");
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean json = response.headers().firstValue("Content-Type").map(type -> type.contains("json"))
                    .orElse(true);
            // a page (a dossier as HTML) is read from raw()
            JsonNode node = body == null || body.isBlank() || !json ? JSON.createObjectNode() : JSON.readTree(body);
            return new Reply(response.statusCode(), node, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON text with single quotes for readability in tests: {@code json("{'a':1}")}. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
