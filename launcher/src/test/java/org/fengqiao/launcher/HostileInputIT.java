package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inputs a generated-request probe found answered with 500 (issue 18, item 6), each now a 4xx problem document
 * on the running application: a multipart body without a boundary, a {@code %2e%2e} path, an unknown kind of case, a
 * 300-character case id, and business times outside any plausible range (a negative epoch number, year 0001); and
 * what Tomcat itself refuses ({@code %00}, {@code %5c}, a malformed request line), sent byte for byte over a socket.
 */
@EmbeddedApplicationTest
class HostileInputIT {

    private static final String DISPUTE = """
            {'source':'APPLICATION','category':'PROPERTY','subject':'Lift','content':'Since Monday',
             'gridCode':'SH-C5-G01','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]""";

    @LocalServerPort
    int port;

    @Test
    void a_multipart_body_without_a_boundary_is_an_unsupported_media_type() {
        Reply reply = new ApiClient(port).send("/api/petitions", request -> request
                .header("Authorization", ApiClient.basic("intake")).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n")));
        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void what_the_fuzzer_found_a_wildcard_media_type_and_a_control_character_in_a_parameter_name() {
        ApiClient api = new ApiClient(port);
        Reply wildcard = api.send("/api/disputes/" + java.util.UUID.randomUUID() + "/risk", request -> request
                .header("Authorization", ApiClient.basic("officer")).header("Content-Type", "*/*")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(wildcard, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.get("/api/cases/" + java.util.UUID.randomUUID() + "/history?%01%07=SH", "officer"), 400,
                "REQUEST_REJECTED");
        Reply formPut = api.send("/api/subscriptions/1/dead-letters/retry", request -> request
                .header("Authorization", ApiClient.basic("hotline"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("a=%zz&%")));
        assertThat(formPut.status()).isEqualTo(403);
        // received ten days ago (business times more than 30 days back are a supervisor's), asked as of before that
        Instant received = Instant.now().minusSeconds(10 * 86_400);
        Reply intake = api.post("/api/disputes", json(DISPUTE + ",'receivedAt':'" + received + "'}"), "intake");
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        String id = intake.text("caseId");
        long started = System.nanoTime();
        Reply before = api.get("/api/cases/" + id + "/history?asOf=" + received.minusSeconds(10 * 86_400)
                + "&minVersion=1", "officer");
        assertThat(before.status()).isNotEqualTo(503);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_500);
    }

    @Test
    void a_body_of_json_null_is_a_missing_body() {
        ApiClient api = new ApiClient(port);
        assertProblem(api.post("/api/petitions", "null", "intake"), 400, "MALFORMED_REQUEST");
        assertProblem(api.post("/api/subscriptions", "null", "admin"), 400, "MALFORMED_REQUEST");
        String id = api.post("/api/disputes", json(DISPUTE + "}"), "intake").text("caseId");
        assertProblem(api.post("/api/disputes/" + id + "/notes", "null", "officer"), 400, "MALFORMED_REQUEST");
        assertThat(api.get("/api/cases/" + id + "/history?minVersion=2", "auditor").body().path("items").size())
                .as("nothing appended by the refused note").isEqualTo(2);
    }

    @Test
    void a_command_whose_answer_the_caller_does_not_accept_is_refused_before_it_is_sent() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", json(DISPUTE + "}"), "intake").text("caseId");
        for (String accept : new String[] {"image/png", "text/html", "application/json;q=0", "garbage"}) {
            Reply refused = api.send("/api/disputes/" + id + "/notes", request -> request
                    .header("Authorization", ApiClient.basic("supervisor")).header("Content-Type", "application/json")
                    .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(json("{'text':'x'}"))));
            assertThat(refused.status()).as(accept).isEqualTo(406);
        }
        Reply dossier = api.send("/api/cases/" + id + "/dossier", request -> request
                .header("Authorization", ApiClient.basic("auditor")).header("Accept", "image/png").GET());
        assertThat(dossier.status()).isEqualTo(406);
        assertThat(api.get("/api/cases/" + id + "/history", "auditor").body().path("items")).hasSize(2);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'x'}"), "supervisor", "Accept",
                "application/json, */*;q=0.1").version()).isEqualTo(3);
    }

    @Test
    void odd_paths_are_problems_not_errors() {
        ApiClient api = new ApiClient(port);
        assertProblem(api.get("/api/cases/%2e%2e/history", "auditor"), 400, "REQUEST_REJECTED");
        assertProblem(api.get("/api/%2e%2e/api/cases", "auditor"), 400, "REQUEST_REJECTED");
        assertProblem(api.post("/api/frogs/" + java.util.UUID.randomUUID() + "/notes", json("{'text':'x'}"),
                "supervisor"), 404, null);
        String longId = "a".repeat(300);
        assertProblem(api.get("/api/cases/" + longId, "auditor"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + longId + "/history", "auditor"), 404, "CASE_NOT_FOUND");
        assertProblem(api.post("/api/disputes/" + longId + "/notes", json("{'text':'x'}"), "supervisor"), 404,
                "CASE_NOT_FOUND");
    }

    @Test
    void business_times_outside_the_plausible_range_are_invalid_input() {
        ApiClient api = new ApiClient(port);
        for (String receivedAt : new String[] {"-99999999999", "'0001-01-01T00:00:00Z'", "1e300"}) {
            Reply reply = api.post("/api/disputes", json(DISPUTE + ",'receivedAt':" + receivedAt + "}"), "intake");
            assertProblem(reply, 400, "INVALID_VALUE");
            assertThat(reply.text("field")).isEqualTo("receivedAt");
        }
        assertThat(api.post("/api/disputes", json(DISPUTE + ",'receivedAt':'" + Instant.now().minusSeconds(86_400)
                + "'}"), "intake")
                .status()).isEqualTo(201);
        assertProblem(api.get("/api/boards/overview?asOf=-999999999-01-01T00:00:00Z", "auditor"), 400,
                "INVALID_VALUE");
        assertProblem(api.get("/api/cases/" + java.util.UUID.randomUUID() + "?asOf=0001-01-01T00:00:00Z", "auditor"),
                400, "INVALID_VALUE");
    }

    @Test
    void what_tomcat_refuses_before_the_application_is_a_problem_document_too() throws Exception {
        for (String target : new String[] {"/api/cases/%00", "/api/cases/a%00b/history", "/api/cases/%5c",
                "/api/cases/%5C..%5Cadmin", "/api/cases/a\\b", "/api/cases/%zz", "/api/cases/a%2"}) {
            RawReply reply = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + ApiClient.basic("auditor") + "\r\nConnection: close\r\n\r\n");
            assertThat(reply.status()).as(target).isEqualTo(400);
            assertThat(reply.header("content-type")).as(target).startsWith("application/problem+json");
            JsonNode body = new ObjectMapper().readTree(reply.body());
            assertThat(body.path("type").asText()).as(target).isEqualTo("urn:fengqiao:problem:request-rejected");
            assertThat(body.path("code").asText()).isEqualTo("REQUEST_REJECTED");
            assertThat(body.path("status").asInt()).isEqualTo(400);
            assertThat(reply.body()).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("tomcat");
        }
        RawReply badLine = raw("GET /api/cases/a|b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.header("content-type")).startsWith("application/problem+json");
        assertThat(badLine.body()).contains("urn:fengqiao:problem:request-rejected").doesNotContain("<html");
    }

    /** A status, its headers (names in lower case) and body, as read off the socket. */
    private record RawReply(int status, java.util.Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    /**
     * Sends a request as given, byte for byte, over a socket: {@link java.net.http.HttpClient} refuses to send some of
     * the targets Tomcat has to answer.
     */
    private RawReply raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String body = answer.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
                body = unchunked(body);
            }
            return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
