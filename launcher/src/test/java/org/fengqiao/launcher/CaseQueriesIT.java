package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The case queries over HTTP on the running application: a dispute driven through its lifecycle over the command API
 * shows up in its case view, its history and the case list; {@code asOf} gives earlier states; {@code minVersion}
 * reads one's own writes or answers 503; the live stream follows every command.
 *
 * <p>Other integration tests share this application and its stores, so list assertions look only at cases of grid
 * {@value #GRID} with an officer name that is new for every test.
 */
@EmbeddedApplicationTest
class CaseQueriesIT {

    /**
     * How long a pushed change may take to arrive here: a bound for a loaded machine, not the latency target, which
     * the harness measures (bench/, projection lag).
     */
    private static final Duration LIVE = Duration.ofSeconds(10);

    private static final String GRID = "SH-FL-G14";
    private static final String APPLICANT = "王芳";
    private static final String APPLICANT_PHONE = "13800001111";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void the_case_view_processor_keeps_its_tokens_in_mongodb() {
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("trackingtokens")
                .countDocuments(new Document("processorName", "case-views")) > 0);
    }

    @Test
    void a_dispute_lifecycle_shows_up_in_its_view_its_history_and_the_case_list() {
        ApiClient api = new ApiClient(port);
        String officer = "officer." + UUID.randomUUID().toString().substring(0, 8);

        Reply created = api.post("/api/disputes", dispute(), "intake");
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("caseId");
        JsonNode received = view(api, id, 1);
        assertThat(received.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.path("kind").asText()).isEqualTo("DISPUTE");
        assertThat(received.path("caseNumber").asText()).isEqualTo(created.text("caseNumber"));

        // the intake also set the dispute's 30-day handling limit (version 2)
        command(api, id, "/assignment", "{'unit':'SH-FL-MEDIATION','officer':'%s'}".formatted(officer), 3);
        assertThat(view(api, id, 3).path("status").asText()).isEqualTo("ASSIGNED");
        command(api, id, "/meetings", """
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['%s','富力物业','李调解'],
                 'minutes':'Both sides agree to inspect the pipe'}""".formatted(Instant.now().minusSeconds(60),
                APPLICANT), 4);
        assertThat(view(api, id, 4).path("status").asText()).isEqualTo("IN_PROGRESS");
        command(api, id, "/agreement", """
                {'terms':'The property company repairs the pipe','performBy':'2030-07-31','mediator':'李调解',
                 'signatories':['%s','富力物业','李调解']}""".formatted(APPLICANT), 7);
        // the agreement also opened the parties' window for judicial confirmation (version 7)
        command(api, id, "/closure", "{'outcome':'RESOLVED','satisfaction':'SATISFIED'}", 8);

        JsonNode closed = view(api, id, 8);
        assertThat(closed.path("version").asLong()).isEqualTo(8);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(closed.path("satisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(closed.path("unit").asText()).isEqualTo("SH-FL-MEDIATION");
        assertThat(closed.path("officer").asText()).isEqualTo(officer);
        assertThat(closed.path("resolutionLevel").asText()).isEqualTo("COMMUNITY");
        assertThat(closed.path("jurisdiction").path("grid").asText()).isEqualTo(GRID);
        assertThat(closed.path("jurisdiction").path("community").asText()).isEqualTo("SH-FL");
        assertThat(closed.path("meetings").asInt()).isEqualTo(1);
        assertThat(closed.path("meetingsByType").path("MEDIATION_SESSION").asInt()).isEqualTo(1);
        assertThat(closed.path("hasAgreement").asBoolean()).isTrue();
        assertThat(closed.path("closedAt").isTextual()).isTrue();
        assertThat(closed.toString()).doesNotContain(APPLICANT, APPLICANT_PHONE);

        Reply history = api.get("/api/cases/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("total").asLong()).isEqualTo(8);
        assertThat(history.body().path("version").asLong()).isEqualTo(8);
        JsonNode items = history.body().path("items");
        assertThat(items).hasSize(8);
        assertThat(items.findValuesAsText("eventType")).containsExactly("DisputeReceived", "DeadlineSet",
                "CaseAssigned", "MeetingHeld", "MediationAgreementReached", "DeadlineMet", "DeadlineSet",
                "CaseClosed");
        for (int i = 0; i < 8; i++) {
            JsonNode item = items.get(i);
            assertThat(item.path("sequence").asLong()).isEqualTo(i);
            assertThat(item.path("summary").asText()).isNotBlank().doesNotContain(APPLICANT, APPLICANT_PHONE, officer);
            assertThat(item.path("recordedAt").isTextual()).isTrue();
            assertThat(item.path("occurredAt").isTextual()).isTrue();
            assertThat(item.path("fields").isObject()).isTrue();
        }
        assertThat(items.get(0).path("actor").asText()).isEqualTo("intake");
        assertThat(items.get(7).path("summary").asText()).isEqualTo(
                "Closed as resolved at community level, resident satisfied");
        assertThat(items.get(0).path("fields").path("parties").toString()).contains(APPLICANT);

        Reply page = api.get("/api/cases/" + id + "/history?page=1&size=2");
        assertThat(page.body().path("items").findValuesAsText("sequence")).containsExactly("2", "3");
        assertThat(page.body().path("total").asLong()).isEqualTo(8);

        assertThat(listed(api, "node=" + GRID + "&officer=" + officer)).containsExactly(id);
        assertThat(listed(api, "node=SH-FL&officer=" + officer + "&kind=DISPUTE&status=CLOSED&category=PROPERTY"))
                .containsExactly(id);
        assertThat(listed(api, "node=SH&officer=" + officer + "&unit=SH-FL-MEDIATION&risk=LOW&overdue=false"))
                .containsExactly(id);
        assertThat(listed(api, "officer=" + officer + "&status=RECEIVED")).isEmpty();
        assertThat(listed(api, "officer=" + officer + "&overdue=true")).isEmpty();
        assertThat(listed(api, "officer=" + officer + "&kind=PETITION")).isEmpty();
        assertThat(listed(api, "officer=" + officer + "&receivedFrom=" + encoded(Instant.now().minusSeconds(3600))
                + "&receivedTo=" + encoded(Instant.now().plusSeconds(60)) + "&sort=caseNumber,asc"))
                .containsExactly(id);
        assertThat(listed(api, "officer=" + officer + "&receivedTo=" + encoded(Instant.now().minusSeconds(3600))))
                .isEmpty();
        Reply all = api.get("/api/cases?node=" + GRID + "&sort=receivedAt,desc&size=1");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().path("items")).hasSize(1);
        assertThat(all.body().path("total").asLong()).isGreaterThanOrEqualTo(1);

        // as of the moment the assignment was recorded: assigned, nothing after it
        String assignedAt = items.get(2).path("recordedAt").asText();
        Reply asOf = api.get("/api/cases/" + id + "?asOf=" + encoded(Instant.parse(assignedAt)));
        assertThat(asOf.status()).isEqualTo(200);
        assertThat(asOf.version()).isEqualTo(3);
        assertThat(asOf.text("status")).isEqualTo("ASSIGNED");
        assertThat(asOf.body().path("meetings").asInt()).isZero();
        Reply historyAsOf = api.get("/api/cases/" + id + "/history?asOf=" + encoded(Instant.parse(assignedAt)));
        assertThat(historyAsOf.body().path("total").asLong()).isEqualTo(3);
        assertThat(historyAsOf.body().path("version").asLong()).isEqualTo(8);
        Instant beforeIntake = Instant.parse(items.get(0).path("recordedAt").asText()).minusMillis(1);
        assertProblem(api.get("/api/cases/" + id + "?asOf=" + encoded(beforeIntake)), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + id + "/history?asOf=" + encoded(beforeIntake)), 404, "CASE_NOT_FOUND");
        Reply asOfNow = api.get("/api/cases/" + id + "?asOf=" + encoded(Instant.now().plusSeconds(5)));
        assertThat(asOfNow.body()).isEqualTo(closed);
    }

    @Test
    void min_version_reads_your_writes_and_answers_503_for_a_version_not_reached() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", dispute(), "intake").text("caseId");
        assertThat(api.get("/api/cases/" + id + "?minVersion=2").version()).isEqualTo(2);

        long version = command(api, id, "/assignment", "{'unit':'SH-FL-MEDIATION'}", 3);
        assertThat(api.get("/api/cases/" + id + "?minVersion=" + version).version()).isEqualTo(version);
        for (int i = 0; i < 10; i++) {
            version = command(api, id, "/notes", "{'text':'called the owner, round " + i + "'}", version + 1);
            Reply read = api.get("/api/cases/" + id + "?minVersion=" + version);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.version()).isEqualTo(version);
        }
        Reply history = api.get("/api/cases/" + id + "/history?minVersion=" + version);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("version").asLong()).isEqualTo(version);

        long unreachable = version + 50;
        Reply tooNew = api.get("/api/cases/" + id + "?minVersion=" + unreachable);
        assertProblem(tooNew, 503, "VERSION_NOT_YET_VISIBLE");
        assertThat(tooNew.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(tooNew.body().path("minVersion").asLong()).isEqualTo(unreachable);
        Reply historyTooNew = api.get("/api/cases/" + id + "/history?minVersion=" + unreachable);
        assertProblem(historyTooNew, 503, "VERSION_NOT_YET_VISIBLE");
        assertThat(historyTooNew.raw().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void the_live_stream_delivers_the_update_of_each_command() throws Exception {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", dispute(), "intake").text("caseId");
        assertThat(api.get("/api/cases/" + id + "?minVersion=2").version()).isEqualTo(2);

        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases/" + id + "/stream"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", ApiClient.basic("auditor")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<Long> versions = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readVersions(stream.body(), versions), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> versions.contains(2L));

            command(api, id, "/assignment", "{'unit':'SH-FL-MEDIATION'}", 3);
            await().atMost(LIVE).until(() -> versions.contains(3L));
            command(api, id, "/risk", "{'level':'MEDIUM','reason':'raised voices'}", 4);
            await().atMost(LIVE).until(() -> versions.contains(4L));

            assertThat(versions).containsExactly(2L, 3L, 4L);
        } finally {
            stream.body().close();
        }
    }

    @Test
    void unknown_cases_and_bad_parameters_are_answered_with_problems() throws Exception {
        ApiClient api = new ApiClient(port);
        String unknown = UUID.randomUUID().toString();

        assertProblem(api.get("/api/cases/" + unknown), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/not-a-case-id"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + unknown + "/history"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + unknown + "/stream"), 404, "CASE_NOT_FOUND");
        assertThat(eventSourceStatus("/api/cases/" + unknown + "/stream")).isEqualTo(404);
        assertProblem(api.get("/api/cases/" + unknown + "?asOf=" + encoded(Instant.now())), 404, "CASE_NOT_FOUND");

        assertInvalid(api.get("/api/cases?kind=BANANA"), "kind");
        assertInvalid(api.get("/api/cases?status=OPEN"), "status");
        assertInvalid(api.get("/api/cases?size=500"), "size");
        assertInvalid(api.get("/api/cases?size=0"), "size");
        assertInvalid(api.get("/api/cases?page=-1"), "page");
        assertInvalid(api.get("/api/cases?sort=subject,desc"), "sort");
        assertInvalid(api.get("/api/cases?receivedFrom=yesterday"), "receivedFrom");
        assertInvalid(api.get("/api/cases?overdue=maybe"), "overdue");
        assertInvalid(api.get("/api/cases?node=" + encoded("!!")), "node");
        assertInvalid(api.get("/api/cases/" + unknown + "?asOf=last-week"), "asOf");
        assertInvalid(api.get("/api/cases/" + unknown + "?minVersion=two"), "minVersion");
        assertInvalid(api.get("/api/cases/" + unknown + "/history?size=1000"), "size");

        Reply defaults = api.get("/api/cases");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().path("items").size()).isLessThanOrEqualTo(20);
    }

    /** The status a browser's EventSource, which accepts only {@code text/event-stream}, would get. */
    private int eventSourceStatus(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", ApiClient.basic("auditor")).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String dispute() {
        return json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Water leaking from the flat above',
                 'content':'Owner of 6-2-301 reports a leak from 6-2-401 since May','gridCode':'%s',
                 'parties':[{'name':'%s','phone':'%s','role':'APPLICANT'},{'name':'富力物业','role':'RESPONDENT'}]}"""
                .formatted(GRID, APPLICANT, APPLICANT_PHONE));
    }

    /** Sends a command on the dispute and checks the version it answers with. */
    private static long command(ApiClient api, String id, String path, String body, long expectedVersion) {
        Reply reply = api.post("/api/disputes/" + id + path, json(body), "li.mediator");
        assertThat(reply.status()).as("%s answered %s", path, reply.body()).isEqualTo(200);
        assertThat(reply.version()).isEqualTo(expectedVersion);
        return reply.version();
    }

    /** The case view at {@code version} or later, read with read-your-writes. */
    private static JsonNode view(ApiClient api, String id, long version) {
        Reply reply = api.get("/api/cases/" + id + "?minVersion=" + version);
        assertThat(reply.status()).as("view answered %s", reply.body()).isEqualTo(200);
        assertThat(reply.version()).isGreaterThanOrEqualTo(version);
        return reply.body();
    }

    private static List<String> listed(ApiClient api, String parameters) {
        Reply reply = api.get("/api/cases?" + parameters);
        assertThat(reply.status()).as("list answered %s", reply.body()).isEqualTo(200);
        assertThat(reply.body().path("total").asLong()).isEqualTo(reply.body().path("items").size());
        return reply.body().path("items").findValuesAsText("caseId");
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as("answered %s", reply.body()).isEqualTo(status);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reply.text("code")).isEqualTo(code);
        assertThat(reply.text("type")).isEqualTo("urn:fengqiao:problem:" + code.toLowerCase().replace('_', '-'));
    }

    private static void assertInvalid(Reply reply, String field) {
        assertProblem(reply, 400, "INVALID_VALUE");
        assertThat(reply.text("field")).isEqualTo(field);
    }

    private static String encoded(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    /** Reads {@code data:} lines of the SSE stream and records the version of each view. */
    private static void readVersions(InputStream body, List<Long> versions) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    versions.add(JSON.readTree(line.substring(5)).path("version").asLong());
                }
            }
        } catch (IOException e) {
            if (!(e.getMessage() != null && e.getMessage().contains("closed"))) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
