package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boards as of past instants, the changes between two instants and the provenance of figures, on the running
 * application, with a back-dated intake: its business day lies ten days back, but it is on the board only from the
 * moment it was recorded. Grid {@value #GRID} is used by no other test, so its figures are exact.
 */
@EmbeddedApplicationTest
class BoardHistoryIT {

    private static final String GRID = "SH-C6-G02";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Test
    void boards_as_of_past_instants_their_changes_and_the_cases_and_events_behind_a_figure() {
        ApiClient api = new ApiClient(port);
        Instant beforeAll = Instant.now();
        String first = dispute(api, null);
        ok(api.post("/api/disputes/" + first + "/assignment", json("{'unit':'SH-TASKFORCE'}")));
        Instant afterAssignment = Instant.now();

        LocalDate backDay = LocalDate.now(ZONE).minusDays(10);
        Instant backDated = backDay.atTime(10, 0).atZone(ZONE).toInstant();
        String second = dispute(api, backDated);
        ok(api.post("/api/disputes/" + first + "/closure", json("{'outcome':'WITHDRAWN'}")));
        Instant afterAll = Instant.now();

        JsonNode empty = asOf(api, beforeAll, "").path("figures");
        assertThat(empty.at("/open/total").asLong()).isZero();
        assertThat(empty.path("received").asLong()).isZero();

        JsonNode assigned = asOf(api, afterAssignment, "").path("figures");
        assertThat(assigned.at("/open/total").asLong()).isEqualTo(1);
        assertThat(assigned.at("/open/byStatus/ASSIGNED").asLong()).isEqualTo(1);
        assertThat(assigned.path("received").asLong()).isEqualTo(1);

        JsonNode last = asOf(api, afterAll, "");
        assertThat(last.path("asOf").asText()).isEqualTo(afterAll.toString());
        assertThat(last.at("/figures/open/total").asLong()).isEqualTo(1);
        assertThat(last.at("/figures/open/byStatus/RECEIVED").asLong()).isEqualTo(1);
        assertThat(last.at("/figures/open/byStatus/ASSIGNED").asLong()).isZero();
        assertThat(last.at("/figures/received").asLong()).isEqualTo(2);
        assertThat(last.at("/figures/closed").asLong()).isEqualTo(1);

        // the back-dated day: nothing was known of it after the assignment, one intake once it was recorded
        String backDayWindow = "&from=" + backDay + "&to=" + backDay.plusDays(1);
        assertThat(asOf(api, afterAssignment, backDayWindow).at("/figures/received").asLong()).isZero();
        assertThat(asOf(api, afterAll, backDayWindow).at("/figures/received").asLong()).isEqualTo(1);

        // the board computed from the events agrees with the live projection
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/boards/overview?node=" + GRID).body().path("figures"))
                        .isEqualTo(asOf(api, Instant.now(), "").path("figures")));

        JsonNode changes = api.get("/api/boards/overview/changes?node=" + GRID + "&from=" + encode(afterAssignment)
                + "&to=" + encode(afterAll)).body();
        assertThat(changes.path("eventsBetween").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(change(changes, GRID, "received")).isEqualTo("1->2");
        assertThat(change(changes, GRID, "closed")).isEqualTo("0->1");
        assertThat(change(changes, GRID, "open.byStatus.ASSIGNED")).isEqualTo("1->0");
        assertThat(change(changes, GRID, "open.byStatus.RECEIVED")).isEqualTo("0->1");
        assertThat(change(changes, GRID, "open.total")).isNull();
        assertThat(change(changes, "SH-C6-G01", "received")).isNull();

        JsonNode received = api.get("/api/boards/overview/cases?node=" + GRID + "&figure=received&asOf="
                + encode(afterAll)).body();
        assertThat(received.path("value").asLong()).isEqualTo(2);
        assertThat(received.path("cases").findValuesAsText("caseId")).containsExactlyInAnyOrder(first, second);
        JsonNode secondCase = caseIn(received, second);
        assertThat(secondCase.path("events")).hasSize(1);
        assertThat(secondCase.at("/events/0/eventType").asText()).isEqualTo("DisputeReceived");
        assertThat(secondCase.at("/events/0/occurredAt").asText()).isEqualTo(backDated.toString());

        JsonNode wasAssigned = api.get("/api/boards/overview/cases?node=" + GRID
                + "&figure=open.byStatus.ASSIGNED&asOf=" + encode(afterAssignment)).body();
        assertThat(wasAssigned.path("value").asLong()).isEqualTo(1);
        JsonNode firstCase = caseIn(wasAssigned, first);
        assertThat(firstCase.at("/events/0/eventType").asText()).isEqualTo("CaseAssigned");
        assertThat(firstCase.at("/events/0/sequence").asLong()).isEqualTo(2);
        assertThat(firstCase.at("/events/0/delta").asLong()).isEqualTo(1);

        JsonNode closed = api.get("/api/boards/overview/cases?node=SH-C6&figure=closed").body();
        assertThat(caseIn(closed, first).at("/events/0/eventType").asText()).isEqualTo("CaseClosed");
    }

    @Test
    void bad_requests_are_problems() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/boards/overview?asOf=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/boards/overview/changes?from=2026-07-01").status()).isEqualTo(400);
        assertThat(api.get("/api/boards/overview/changes?from=2026-07-02&to=2026-07-01").status()).isEqualTo(400);
        ApiClient.Reply figure = api.get("/api/boards/overview/cases?figure=open.nonsense");
        assertThat(figure.status()).isEqualTo(400);
        assertThat(figure.text("field")).isEqualTo("figure");
        assertThat(api.get("/api/boards/overview?asOf=2026-07-01&node=SH-NOWHERE").status()).isEqualTo(404);
    }

    private static String dispute(ApiClient api, Instant receivedAt) {
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Fence moved','content':'Boundary dispute',
                 'gridCode':'%s','parties':[{'name':'郑九','role':'APPLICANT'},{'name':'冯十','role':'RESPONDENT'}]%s}"""
                .formatted(GRID, receivedAt == null ? "" : ",'receivedAt':'" + receivedAt + "'")));
        assertThat(created.status()).isEqualTo(201);
        return created.text("caseId");
    }

    private static void ok(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    }

    private static JsonNode asOf(ApiClient api, Instant asOf, String window) {
        ApiClient.Reply reply = api.get("/api/boards/overview?node=" + GRID + "&asOf=" + encode(asOf) + window);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static String change(JsonNode changes, String node, String figure) {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes.path("changes")) {
            if (change.path("node").asText().equals(node) && change.path("figure").asText().equals(figure)) {
                found.add(change.path("before").asText("null") + "->" + change.path("after").asText("null"));
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static JsonNode caseIn(JsonNode answer, String caseId) {
        for (JsonNode c : answer.path("cases")) {
            if (c.path("caseId").asText().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("case " + caseId + " not in " + answer);
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
