package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Generated hostile requests against every operation of the running application's OpenAPI document (issue 18):
 * mutated bodies (wrong types, nulls, huge and empty strings, control and right-to-left characters, huge and
 * negative numbers, impossible dates, unknown and missing fields, truncated and binary bodies), odd content types,
 * odd path and query values, odd methods, every demo account and none. Asserts that no answer is a 5xx, that no answer
 * shows a stack trace or an internal class name, and that no request that was refused appended an event (each request
 * carries its own {@code X-Request-Id}, which every event it causes records as its correlation id).
 * <p>
 * {@code -Dfuzz.requests=10000} (CI, {@code .ci/run}) sets the count, 1,000 by default; {@code -Dfuzz.seed} repeats
 * a run. The figures are printed and written to {@code target/fuzz-report.txt}.
 */
@EmbeddedApplicationTest
class FuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ACCOUNTS = new ArrayList<>(ApiClient.DEMO_ACCOUNTS.keySet());
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:\\bat [a-z][\\w$]*(?:\\.[\\w$]+)+\\(|\\b(?:java|javax|jakarta|org\\.springframework|org\\.axonframework"
                    + "|com\\.fasterxml|org\\.fengqiao|org\\.apache|org\\.sqlite|com\\.mongodb|de\\.bwaldvogel)\\."
                    + "[a-z]\\w*\\.|\\b[A-Z]\\w*(?:Exception|Error)\\b)");
    private static final List<String> ODD_VALUES = List.of("", " ", "-1", "0", "99999999999999999999", "null",
            "..", "%2e%2e", "a".repeat(300), "\u202e\u2066abc", "\u0001\u0007", "2026-02-30T00:00:00Z",
            "-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "true", "[]", "{}", "'; DROP TABLE x; --",
            "../../etc/passwd", "😀", "SH", "SH-FL-G03", "1e308", "NaN", "${jndi:ldap://x}", "<script>");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "multipart/form-data",
            "multipart/form-data; boundary=x", "application/xml", "application/x-www-form-urlencoded",
            "application/json; charset=utf-16", "application/json; charset=foo", "*/*", "application/merge-patch+json",
            "application/octet-stream", ";;;", "application/problem+json");
    private static final List<String> ACCEPTS = List.of("text/html", "image/png", "application/xml", "*/*",
            "text/event-stream", "application/json;q=0", "garbage");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> caseIds = new ArrayList<>();

    private record Operation(String method, String path, JsonNode spec, JsonNode example) {
    }

    private record Sent(String method, String uri, String account, String contentType, String body) {

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
            return method + " " + uri + " as " + account + " [" + contentType + "] " + shown;
        }
    }

    @Test
    void generated_hostile_requests_never_answer_5xx_show_internals_or_append_on_refusal() throws Exception {
        int count = Integer.getInteger("fuzz.requests", 1_000);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        ApiClient api = new ApiClient(port);
        caseIds.add(api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Lift','content':'Since Monday',
                 'gridCode':'SH-FL-G03','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""),
                "intake").text("caseId"));
        caseIds.add(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'Courtyards','content':'Owners ask',
                 'gridCode':'SH-FL-G03','petitioners':[{'name':'张三','phone':'13812341234'}]}"""), "intake")
                .text("caseId"));
        List<Operation> operations = operations(api.get("/v3/api-docs", "auditor").body());
        assertThat(operations).hasSizeGreaterThan(30);

        int[] byClass = new int[6];
        List<String> failures = new ArrayList<>();
        Map<String, String> refused = new HashMap<>();
        long started = System.nanoTime();
        for (int n = 0; n < count; n++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            String requestId = String.format("fz-%06d-%08x", n, random.nextInt());
            Sent sent = generate(operation, random);
            int status;
            String body;
            try {
                HttpResponse<InputStream> response = send(sent, requestId);
                status = response.statusCode();
                body = read(response);
            } catch (HttpTimeoutException e) {
                status = 0; // a stream that stays open: not refused, not an error
                body = "";
            } catch (IllegalArgumentException e) {
                continue; // the client itself refuses to send it (a control character in a header)
            }
            byClass[Math.max(0, Math.min(5, status / 100))]++;
            if (status >= 500) {
                failures.add(status + " " + sent + " -> " + abbreviate(body));
            }
            if (INTERNALS.matcher(body).find()) {
                failures.add("internals in " + status + " " + sent + " -> " + abbreviate(body));
            }
            if (status >= 400) {
                refused.put(requestId, status + " " + sent);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> appendedByRefused = appendedBy(refused);
        String figures = String.format("fuzz: %d requests (seed %d) in %.1f s: 2xx %d, 3xx %d, 4xx %d, 5xx %d, "
                + "streams left open %d; refused requests that appended an event: %d", count, seed, seconds,
                byClass[2], byClass[3], byClass[4], byClass[5], byClass[0], appendedByRefused.size());
        System.out.println(figures);
        Files.writeString(Path.of("target", "fuzz-report.txt"), figures + System.lineSeparator()
                + String.join(System.lineSeparator(), failures) + System.lineSeparator()
                + String.join(System.lineSeparator(), appendedByRefused) + System.lineSeparator());
        assertThat(failures).as(figures).isEmpty();
        assertThat(appendedByRefused).as("refused requests whose id an event records").isEmpty();
        assertThat(byClass[2]).as("some requests get through").isPositive();
    }

    /** Every operation of the document but the rebuild, which would replace the read models under the run. */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            if (path.getKey().equals("/api/admin/replay") && method.equals("POST")) {
                return;
            }
            JsonNode example = op.getValue().path("requestBody").path("content").path("application/json")
                    .path("example");
            operations.add(new Operation(method, path.getKey(), op.getValue(), example));
        }));
        return operations;
    }

    private Sent generate(Operation operation, Random random) {
        String method = random.nextInt(20) == 0 ? pick(random, List.of("HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"))
                : operation.method();
        StringBuilder uri = new StringBuilder();
        for (String segment : operation.path().substring(1).split("/")) {
            uri.append('/').append(segment.startsWith("{") ? pathValue(segment, random) : segment);
        }
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (parameter.path("in").asText().equals("query") && random.nextBoolean()) {
                String name = parameter.path("name").asText();
                query.add(name + "=" + encode(random.nextInt(3) == 0 ? pick(random, ODD_VALUES)
                        : plausibleQueryValue(name)));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add(encode(pick(random, ODD_VALUES)) + "=" + encode(pick(random, ODD_VALUES)));
        }
        if (!query.isEmpty()) {
            uri.append('?').append(String.join("&", query));
        }
        String account = random.nextInt(8) == 0 ? null : pick(random, ACCOUNTS);
        String body = null;
        String contentType = null;
        if (!method.equals("GET") && !method.equals("HEAD")) {
            body = body(operation.example(), random);
            contentType = random.nextInt(5) == 0 ? pick(random, CONTENT_TYPES) : "application/json";
        }
        return new Sent(method, uri.toString(), account, contentType, body);
    }

    private String pathValue(String segment, Random random) {
        int roll = random.nextInt(10);
        if (segment.equals("{kind}")) {
            return roll < 8 ? pick(random, List.of("petitions", "disputes")) : encode(pick(random, ODD_VALUES));
        }
        if (segment.equals("{caseId}")) {
            return roll < 6 ? pick(random, caseIds) : roll < 8 ? UUID.randomUUID().toString()
                    : encode(pick(random, ODD_VALUES));
        }
        return roll < 6 ? "1" : encode(pick(random, ODD_VALUES));
    }

    /** A value of the kind the parameter takes; {@code minVersion} only one a case already has, never a wait. */
    private static String plausibleQueryValue(String name) {
        return switch (name) {
            case "asOf", "from", "to", "since" -> "2026-07-01T00:00:00Z";
            case "node" -> "SH-FL";
            case "minVersion" -> "1";
            case "page" -> "0";
            case "size", "limit" -> "20";
            case "format" -> "json";
            default -> "x";
        };
    }

    private static String body(JsonNode example, Random random) {
        int roll = random.nextInt(20);
        switch (roll) {
            case 0:
                return "";
            case 1:
                return "null";
            case 2:
                return "[]";
            case 3: {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            case 4:
                return "[".repeat(5_000);
            default:
                break;
        }
        JsonNode tree = example.isMissingNode() ? JSON.createObjectNode() : example.deepCopy();
        for (int i = 0, mutations = 1 + random.nextInt(3); i < mutations; i++) {
            mutate(tree, random);
        }
        String text = tree.toString();
        if (roll == 5 && text.length() > 2) {
            return text.substring(0, 1 + random.nextInt(text.length() - 1));
        }
        return text;
    }

    private static void mutate(JsonNode tree, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, objects);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        int roll = random.nextInt(10);
        if (names.isEmpty() || roll == 0) {
            target.set("unknown" + random.nextInt(100), oddJson(random));
        } else if (roll == 1) {
            target.remove(pick(random, names));
        } else {
            target.set(pick(random, names), oddJson(random));
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            collect(children.next(), objects);
        }
    }

    private static JsonNode oddJson(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(-1);
            case 2 -> JSON.getNodeFactory().numberNode(1e308);
            case 3 -> JSON.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(40)));
            case 4 -> JSON.getNodeFactory().numberNode(-99_999_999_999L);
            case 5 -> JSON.getNodeFactory().booleanNode(true);
            case 6 -> JSON.getNodeFactory().textNode("x".repeat(20_000));
            case 7 -> JSON.getNodeFactory().textNode("");
            case 8 -> JSON.getNodeFactory().textNode("\u0000\u0001\u001b[31m\u202e\u2066");
            case 9 -> JSON.getNodeFactory().textNode("2026-02-30T25:61:00Z");
            case 10 -> JSON.getNodeFactory().textNode("0001-01-01T00:00:00Z");
            case 11 -> JSON.createArrayNode();
            case 12 -> JSON.createObjectNode();
            case 13 -> {
                ArrayNode many = JSON.createArrayNode();
                for (int i = 0; i < 150; i++) {
                    many.add("x");
                }
                yield many;
            }
            case 14 -> JSON.getNodeFactory().numberNode(0.5);
            default -> JSON.getNodeFactory().textNode(pick(random, ODD_VALUES));
        };
    }

    private HttpResponse<InputStream> send(Sent sent, String requestId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + sent.uri()))
                .timeout(Duration.ofSeconds(10)).header("X-Request-Id", requestId)
                .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(sent.body(), StandardCharsets.UTF_8));
        if (sent.account() != null) {
            request.header("Authorization", ApiClient.basic(sent.account()));
        }
        if (sent.contentType() != null) {
            request.header("Content-Type", sent.contentType());
        }
        if (requestId.hashCode() % 7 == 0) {
            request.header("Accept", ACCEPTS.get(Math.floorMod(requestId.hashCode(), ACCEPTS.size())));
        }
        if (requestId.hashCode() % 5 == 0) {
            request.header("Idempotency-Key", requestId);
        }
        if (requestId.hashCode() % 11 == 0) {
            request.header("If-Match", "\"" + Math.floorMod(requestId.hashCode(), 9) + "\"");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** At most 64 KB of the answer; a stream is closed once that much or nothing more arrives. */
    private static String read(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                return "";
            }
            return new String(in.readNBytes(65_536), StandardCharsets.UTF_8);
        }
    }

    /** The refused requests whose id an event in the store records as its correlation id. */
    private List<String> appendedBy(Map<String, String> refused) throws Exception {
        Path events = Path.of(environment.getRequiredProperty("fengqiao.data-dir")).resolve("events.db");
        List<String> found = new ArrayList<>();
        Pattern id = Pattern.compile("fz-\\d{6}-[0-9a-f]{8}");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + events);
                ResultSet rows = db.createStatement().executeQuery("SELECT metaData FROM DomainEventEntry")) {
            while (rows.next()) {
                var matcher = id.matcher(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (refused.containsKey(matcher.group())) {
                        found.add(matcher.group() + ": " + refused.get(matcher.group()));
                    }
                }
            }
        }
        return found;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
