package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dispatch (issue 15, part 1) on the real application: a dispute dispatched to the urban enforcement bureau with the
 * police station as co-unit, to sign within seconds; neither signs in time, so both are marked unsigned-overdue (no
 * escalation); the bureau asks to return it, the dispatcher approves; the case is dispatched again to the housing
 * bureau, which signs and gets the case; the closure waits for the police station's report; then it closes. At each
 * step the case view's {@code dispatch}, the units' queues and the dispatch board show where it stands; the history
 * and the dossier tell the story.
 */
@EmbeddedApplicationTest
class DispatchIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Illegal structure on the roof',
             'content':'A neighbour built a shed on the shared roof','gridCode':'SH-FL-G02',
             'parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},{'name':'李四','role':'RESPONDENT'}]}""");
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void dispatch_overdue_return_redispatch_sign_contribution_and_closure() throws Exception {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String dispatch = "/api/disputes/" + id + "/dispatch";
        JsonNode boardBefore = board(api);

        // only a supervisor dispatches; bad input answers problems and appends nothing
        assertThat(api.post(dispatch, json("{'leadUnit':'SHQ-ENFORCE','instructions':'x'}"), "officer").status())
                .isEqualTo(403);
        assertProblem(api.post(dispatch, json("{'leadUnit':'SHQ-NOWHERE','instructions':'x'}"), "supervisor"), 400,
                "LEAD_UNIT_REQUIRED");
        assertProblem(api.post(dispatch + "/sign", json("{'unit':'SHQ-ENFORCE'}"), "officer"), 409, "NOT_DISPATCHED");

        Instant signBy = Instant.now().plusSeconds(3);
        long version = api.post(dispatch, json("""
                {'leadUnit':'SHQ-ENFORCE','coUnits':['SHQ-POLICE-SH'],
                 'instructions':'Have the shed removed; police to keep the peace','signBy':'%s'}""".formatted(signBy)),
                "supervisor").version();
        assertThat(version).isEqualTo(3); // received, handling limit set, dispatched
        assertProblem(api.post(dispatch, json("{'leadUnit':'SHQ-HOUSING','instructions':'x'}"), "supervisor"), 409,
                "ALREADY_DISPATCHED");
        // an officer signs only for a unit they act for
        assertProblem(api.post(dispatch + "/sign", json("{'unit':'SHQ-ENFORCE'}"), "fuli.officer"), 403,
                "NOT_YOUR_UNIT");
        assertProblem(api.post(dispatch + "/return", json("{'unit':'SHQ-ENFORCE','reasonCode':'NOT_OUR_WISH','text':'x'}"),
                "officer"), 400, null);

        // both units have it in their queues, to sign; the view shows the dispatch
        JsonNode view = api.get("/api/cases/" + id + "?minVersion=3", "supervisor").body();
        assertThat(view.at("/dispatch/leadUnit").asText()).isEqualTo("SHQ-ENFORCE");
        assertThat(view.at("/dispatch/coUnits/0").asText()).isEqualTo("SHQ-POLICE-SH");
        assertThat(view.at("/dispatch/units/SHQ-ENFORCE").asText()).isEqualTo("TO_SIGN");
        assertThat(queue(api, "SHQ-ENFORCE")).contains(id);
        assertThat(queue(api, "SHQ-POLICE-SH")).contains(id);

        // the time to sign by passes: both are marked unsigned-overdue, and the case stays where it is
        await().atMost(SETTLE).until(() -> api.get("/api/cases/" + id, "supervisor").body()
                .at("/dispatch/signOverdue").size() == 2);
        view = api.get("/api/cases/" + id, "supervisor").body();
        assertThat(view.at("/dispatch/signOverdue").toString()).contains("SHQ-ENFORCE", "SHQ-POLICE-SH");
        assertThat(view.path("level").asText()).isEqualTo("GRID");
        assertThat(view.path("escalated").asBoolean()).isFalse();
        long overdueVersion = view.path("version").asLong();
        assertThat(overdueVersion).isEqualTo(4);
        JsonNode board = board(api);
        assertThat(delta(board, boardBefore, "SHQ-ENFORCE", "unsigned")).isEqualTo(1);
        assertThat(delta(board, boardBefore, "SHQ-ENFORCE", "signOverdue")).isEqualTo(1);
        assertThat(delta(board, boardBefore, "SHQ-POLICE-SH", "signOverdue")).isEqualTo(1);
        assertThat(board.path("cases").findValuesAsText("caseId")).contains(id);

        // the bureau asks to return it: it waits for the dispatcher's decision, still in the bureau's queue
        assertThat(api.post(dispatch + "/return", json("""
                {'unit':'SHQ-ENFORCE','reasonCode':'OWNERSHIP_UNCLEAR','text':'the roof is common property'}"""),
                "officer").version()).isEqualTo(5);
        view = api.get("/api/cases/" + id + "?minVersion=5", "supervisor").body();
        assertThat(view.at("/dispatch/units/SHQ-ENFORCE").asText()).isEqualTo("RETURN_REQUESTED");
        assertThat(view.at("/dispatch/signOverdue").toString()).doesNotContain("SHQ-ENFORCE");
        assertThat(delta(board(api), boardBefore, "SHQ-ENFORCE", "awaitingDecision")).isEqualTo(1);
        assertThat(queue(api, "SHQ-ENFORCE")).contains(id);

        // the dispatcher approves: back to be dispatched, out of both queues
        assertThat(api.post(dispatch + "/return/decision",
                json("{'unit':'SHQ-ENFORCE','decision':'APPROVE','reason':'a housing matter'}"), "supervisor")
                .version()).isEqualTo(6);
        view = api.get("/api/cases/" + id + "?minVersion=6", "supervisor").body();
        assertThat(view.at("/dispatch/awaitingRedispatch").asBoolean()).isTrue();
        assertThat(view.at("/dispatch/units/SHQ-ENFORCE").asText()).isEqualTo("RETURNED");
        board = board(api);
        assertThat(board.path("awaitingRedispatch").asInt() - boardBefore.path("awaitingRedispatch").asInt())
                .isEqualTo(1);
        assertThat(delta(board, boardBefore, "SHQ-ENFORCE", "returned")).isEqualTo(1);
        assertThat(queue(api, "SHQ-ENFORCE")).doesNotContain(id);
        assertThat(queue(api, "SHQ-POLICE-SH")).doesNotContain(id);

        // dispatched again, to sign within one working day: the housing bureau signs and has the case
        assertThat(api.post(dispatch, json("""
                {'leadUnit':'SHQ-HOUSING','coUnits':['SHQ-POLICE-SH'],'instructions':'Common property: have it removed'}"""),
                "supervisor").version()).isEqualTo(7);
        view = api.get("/api/cases/" + id + "?minVersion=7", "supervisor").body();
        assertThat(view.at("/dispatch/rounds").asInt()).isEqualTo(2);
        assertThat(view.at("/dispatch/units/SHQ-HOUSING").asText()).isEqualTo("TO_SIGN");
        assertThat(Instant.parse(view.at("/dispatch/signBy").asText())).isAfter(Instant.now());
        assertThat(queue(api, "SHQ-HOUSING")).contains(id);
        assertThat(api.post(dispatch + "/sign", json("{'unit':'SHQ-HOUSING'}"), "officer").version())
                .isEqualTo(9); // signed, assigned
        assertThat(api.post(dispatch + "/sign", json("{'unit':'SHQ-POLICE-SH'}"), "officer").version()).isEqualTo(10);

        // the housing bureau's queue holds the case as its own; the police station's until it reports
        view = api.get("/api/cases/" + id + "?minVersion=10", "supervisor").body();
        assertThat(view.path("unit").asText()).isEqualTo("SHQ-HOUSING");
        assertThat(queue(api, "SHQ-HOUSING")).contains(id);
        assertThat(queue(api, "SHQ-POLICE-SH")).contains(id);
        assertThat(queue(api, "SHQ-ENFORCE")).doesNotContain(id);
        assertThat(api.get("/api/queues/SHQ-HOUSING", "intake").status()).isEqualTo(403);
        assertThat(delta(board(api), boardBefore, "SHQ-POLICE-SH", "contributionsOutstanding")).isEqualTo(1);

        // closure waits for the co-unit's report
        assertProblem(api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer"), 409,
                "CONTRIBUTIONS_OUTSTANDING");
        assertThat(api.post(dispatch + "/contribution",
                json("{'unit':'SHQ-POLICE-SH','text':'Kept the peace during the removal'}"), "officer").version())
                .isEqualTo(11);
        view = api.get("/api/cases/" + id + "?minVersion=11", "supervisor").body();
        assertThat(view.at("/dispatch/reported/0").asText()).isEqualTo("SHQ-POLICE-SH");
        assertThat(queue(api, "SHQ-POLICE-SH")).doesNotContain(id);
        Reply closed = api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        long last = closed.version();

        view = api.get("/api/cases/" + id + "?minVersion=" + last, "supervisor").body();
        assertThat(view.path("unit").asText()).isEqualTo("SHQ-HOUSING");
        assertThat(view.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(queue(api, "SHQ-HOUSING")).doesNotContain(id);
        assertThat(board(api).path("cases").findValuesAsText("caseId")).doesNotContain(id);

        List<String> story = List.of("CaseDispatched", "DispatchSignOverdue", "DispatchReturnRequested",
                "DispatchReturnDecided", "CaseDispatched", "DispatchSigned", "CaseAssigned", "DispatchSigned",
                "ContributionReported", "CaseClosed");
        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence(story);
        assertThat(items.findValuesAsText("summary")).contains("SHQ-ENFORCE asked to return the case (ownership unclear)",
                "SHQ-ENFORCE's return approved", "SHQ-HOUSING signed for the case", "SHQ-POLICE-SH reported its part");
        assertThat(items.get((int) overdueVersion - 1).path("summary").asText())
                .startsWith("Not signed for by ").endsWith(": SHQ-ENFORCE, SHQ-POLICE-SH");
        assertThat(items.findValuesAsText("summary").toString()).doesNotContain("common property", "Kept the peace");

        JsonNode dossier = dossier(id);
        assertThat(dossier.path("events").findValuesAsText("eventType")).containsSubsequence(story);
        assertThat(dossier.at("/view/dispatch/leadUnit").asText()).isEqualTo("SHQ-HOUSING");
        assertThat(dossier.at("/view/dispatch/reported/0").asText()).isEqualTo("SHQ-POLICE-SH");
    }

    /**
     * The objection (条例 Art. 23(3)) is the assigned unit's return request: the dispatcher decides it on the return
     * route, and an approval hands the case back (no unit, out of the unit's queue) to be assigned or dispatched again.
     */
    @Test
    void an_objection_is_a_return_request_and_its_approval_hands_the_case_back() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String path = "/api/disputes/" + id;
        JsonNode boardBefore = board(api);
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor").status())
                .isEqualTo(200);
        Reply objected = api.post(path + "/objection", json("{'unit':'SH-TASKFORCE','reason':'a court matter'}"),
                "officer");
        assertThat(objected.status()).as(objected.body().toString()).isEqualTo(200);
        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + objected.version(), "supervisor").body();
        assertThat(view.at("/dispatch/units/SH-TASKFORCE").asText()).isEqualTo("RETURN_REQUESTED");
        assertThat(delta(board(api), boardBefore, "SH-TASKFORCE", "awaitingDecision")).isEqualTo(1);
        // while the objection waits, the case is not dispatched elsewhere
        assertProblem(api.post(path + "/dispatch", json("{'leadUnit':'SHQ-COURT','instructions':'x'}"), "supervisor"),
                409, "ALREADY_DISPATCHED");

        Reply approved = api.post(path + "/dispatch/return/decision",
                json("{'unit':'SH-TASKFORCE','decision':'APPROVE','reason':'the court takes it'}"), "supervisor");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        view = api.get("/api/cases/" + id + "?minVersion=" + approved.version(), "supervisor").body();
        assertThat(view.path("unit").isNull() || view.path("unit").isMissingNode()).as(view.toString()).isTrue();
        assertThat(view.at("/dispatch/awaitingRedispatch").asBoolean()).isTrue();
        assertThat(queue(api, "SH-TASKFORCE")).doesNotContain(id);
        // the officer acts for the task force, which no longer has the case
        assertProblem(api.post(path + "/meetings", json("{'type':'MEDIATION_SESSION','participants':['王芳','李四'],"
                + "'minutes':'talked'}"), "officer"), 403, "NOT_YOUR_UNIT");
        assertThat(api.post(path + "/dispatch", json("{'leadUnit':'SHQ-COURT','instructions':'pre-filing mediation'}"),
                "supervisor").status()).isEqualTo(200);
        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("CaseAssigned", "AssignmentObjected",
                "DispatchReturnDecided", "CaseDispatched");
    }

    /**
     * A dispute CRITICAL at intake goes at once to the sub-district task force (issue 15 part 6): in its queue to sign
     * for, with a leader due within 24 hours; the leader meets that limit, the task force's signature gives it the case.
     */
    @Test
    void a_high_risk_intake_is_dispatched_to_the_task_force_with_a_leader_due_in_24_hours() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/disputes", DISPUTE.substring(0, DISPUTE.length() - 1)
                + ",\"riskLevel\":\"CRITICAL\",\"riskReason\":\"threats with a knife\",\"policeInformed\":true}",
                "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("caseId");
        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + created.version(), "supervisor").body();
        assertThat(view.at("/dispatch/leadUnit").asText()).isEqualTo("SH-TASKFORCE");
        assertThat(view.at("/dispatch/units/SH-TASKFORCE").asText()).isEqualTo("TO_SIGN");
        Instant leaderDue = Instant.parse(view.at("/deadlines/RISK_LEADER").asText());
        assertThat(Duration.between(Instant.parse(view.path("receivedAt").asText()), leaderDue))
                .isEqualTo(Duration.ofHours(24));
        assertThat(view.path("level").asText()).isEqualTo("SUB_DISTRICT");
        assertThat(queue(api, "SH-TASKFORCE")).contains(id);

        Reply leader = api.post("/api/disputes/" + id + "/risk-leader", json("{'leader':'leader.zhang'}"),
                "supervisor");
        assertThat(leader.status()).as(leader.body().toString()).isEqualTo(200);
        Reply signed = api.post("/api/disputes/" + id + "/dispatch/sign", json("{'unit':'SH-TASKFORCE'}"), "officer");
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
        view = api.get("/api/cases/" + id + "?minVersion=" + signed.version(), "supervisor").body();
        assertThat(view.path("deadlines").has("RISK_LEADER")).isFalse();
        assertThat(view.path("deadlines").has("CHECK_IN")).isTrue();
        assertThat(view.path("unit").asText()).isEqualTo("SH-TASKFORCE");
        assertThat(view.path("riskLeader").asText()).isEqualTo("leader.zhang");
        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("DisputeReceived", "RiskLevelChanged",
                "CaseDispatched", "DeadlineSet", "RiskLeaderAssigned", "DeadlineMet", "DispatchSigned",
                "CaseAssigned");
    }

    private List<String> queue(ApiClient api, String unit) {
        Reply reply = api.get("/api/queues/" + unit, "officer");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().findValuesAsText("caseId");
    }

    private static JsonNode board(ApiClient api) {
        Reply reply = api.get("/api/boards/dispatch", "supervisor");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    /** How much a unit's figure on the dispatch board grew since {@code before} (other tests share the board). */
    private static int delta(JsonNode after, JsonNode before, String unit, String figure) {
        return figure(after, unit, figure) - figure(before, unit, figure);
    }

    private static int figure(JsonNode board, String unit, String figure) {
        for (JsonNode figures : board.path("units")) {
            if (unit.equals(figures.path("unit").asText())) {
                return figures.path(figure).asInt();
            }
        }
        return 0;
    }

    private JsonNode dossier(String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/cases/" + id + "/dossier"))
                .header("Accept", "application/json").header("Authorization", ApiClient.basic("auditor")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
