package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The source article's own case, replayed through the API as the people in it would record it (issue 16): in June,
 * 42 ground-floor owners of Fuli City phase 6 come to the sub-district's task force because the enforcement bureau
 * demolished the courtyards the developer had promised them; one owner threatens to jump from a building; the task
 * force, through joint meetings with the district petition bureau, the enforcement bureau, lawyers and the developer,
 * agrees a plan: the courtyards may be rebuilt and are finished to standard by 30 July; the owners are satisfied.
 *
 * <p>Five representatives speak for the 42 owners (a group petition, at least HIGH); the threat raises it to CRITICAL
 * with the police informed; the task force, to which a high-risk intake is dispatched at once, signs for it; the
 * supervisor accepts it (which assigns it to the task force), the acceptance is served on the representatives, and the
 * supervisor names the leader who owns it; two joint meetings; the handling plan's terms, due 30 July,
 * are performed one by one; the case closes resolved at the sub-district; the follow-up visit finds the owners
 * satisfied. History, case view, boards and dossier tell
 * it without a resident's name. The case lives in grid {@value #GRID}, which no other integration test uses.
 */
@EmbeddedApplicationTest
class FuliCityIT {

    private static final String GRID = "SH-FL-G11";
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final String REPRESENTATIVES = """
            [{'name':'业主代表甲','phone':'13800006001'},{'name':'业主代表乙','phone':'13800006002'},
             {'name':'业主代表丙','phone':'13800006003'},{'name':'业主代表丁','phone':'13800006004'},
             {'name':'业主代表戊','phone':'13800006005'}]""";
    /** The day the plan's terms are due: 30 July of the coming year (the article's 30 July, ahead of today). */
    private static final String JULY_30 = Instant.now().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1
            + "-07-30";

    @LocalServerPort
    int port;

    @Test
    void the_fuli_city_phase_6_courtyards_from_the_owners_visit_to_the_rebuilt_courtyards() {
        ApiClient api = new ApiClient(port);
        JsonNode boardBefore = board(api, GRID);
        String owners = IntStream.rangeClosed(1, 42).mapToObj(n -> "'六期一楼业主" + n + "'")
                .collect(Collectors.joining(",", "[", "]"));

        // the owners' visit: five representatives for 42 owners, a group petition, HIGH from its intake
        Reply received = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Fuli City phase 6: courtyards demolished',
                 'content':'The enforcement bureau demolished the courtyards the developer had promised to build',
                 'gridCode':'%s','petitioners':%s,'headcount':42,'members':%s}""".formatted(GRID, REPRESENTATIVES,
                owners)), "intake");
        assertThat(received.status()).as(received.body().toString()).isEqualTo(201);
        String id = received.text("caseId");
        String petition = "/api/petitions/" + id;

        // the task force signs for what was dispatched to it at intake; the supervisor's acceptance assigns it there
        ok(api.post(petition + "/dispatch/sign", json("{'unit':'SH-TASKFORCE'}"), "officer"));
        ok(api.post(petition + "/acceptance", json("{'accepted':true}"), "supervisor"));
        // the acceptance is served on the representatives in person, which meets the acceptance limit
        ok(api.post(petition + "/notices", json("{'type':'ACCEPTANCE','method':'IN_PERSON','date':'%s','to':'业主代表甲'}"
                .formatted(Instant.now())), "intake"));
        // an owner threatens to jump: CRITICAL, the police informed; the supervisor names the leader who owns it
        ok(api.post(petition + "/risk", json("""
                {'level':'CRITICAL','reason':'an owner threatened to jump from a building','policeInformed':true}"""),
                "officer"));
        ok(api.post(petition + "/risk-leader", json("{'leader':'taskforce.head'}"), "supervisor"));

        // two joint meetings: with the district petition bureau and the enforcement bureau, then with the developer
        ok(api.post(petition + "/meetings", json("""
                {'type':'JOINT_MEETING','heldAt':'%s',
                 'participants':['九原区信访局','九原区城市管理综合执法局','律师','业主代表甲'],
                 'minutes':'The bureau explains the demolition; the owners ask for the courtyards back'}"""
                .formatted(Instant.now())), "officer"));
        ok(api.post(petition + "/meetings", json("""
                {'type':'JOINT_MEETING','heldAt':'%s',
                 'participants':['九原区信访局','富力地产','律师','业主代表甲','业主代表乙'],
                 'minutes':'The courtyards may be rebuilt; the developer builds them to standard by 30 July'}"""
                .formatted(Instant.now())), "officer"));

        // the plan: two terms due 30 July, one on the enforcement bureau, one on the task force
        ok(api.post(petition + "/agreement", json("""
                {'terms':'Rebuild the courtyards to standard by 30 July',
                 'obligations':[{'text':'Permit the courtyards to be rebuilt','unit':'SHQ-ENFORCE','dueBy':'%s'},
                                {'text':'Check the rebuilt courtyards against the standard','unit':'SH-TASKFORCE',
                                 'dueBy':'%s'}]}""".formatted(JULY_30, JULY_30)), "officer"));
        ok(api.post(petition + "/performance", json("{'term':1,'status':'PERFORMED','note':'Permit issued'}"),
                "officer"));
        ok(api.post(petition + "/performance", json("{'term':2,'status':'PERFORMED','note':'42 courtyards checked'}"),
                "officer"));
        ok(api.post(petition + "/check-ins", json("{'note':'The owners are calm; building has started'}"),
                "officer"));
        ok(api.post(petition + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer"));
        // the follow-up visit finds the representatives satisfied and the plan performed
        long followedUp = ok(api.post(petition + "/follow-ups", json("""
                {'contacted':'业主代表甲','method':'IN_PERSON','satisfaction':'SATISFIED','performed':true,
                 'note':'The courtyards are rebuilt'}"""), "officer"));

        // the case view: closed, resolved at the sub-district, a group of 42 at CRITICAL, both terms performed
        Reply viewed = api.get("/api/cases/" + id + "?minVersion=" + followedUp, "supervisor");
        assertThat(viewed.status()).as(viewed.body().toString()).isEqualTo(200);
        JsonNode view = viewed.body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(view.path("satisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(view.path("groupCase").asBoolean()).isTrue();
        assertThat(view.path("people").asInt()).isEqualTo(42);
        assertThat(view.path("riskLevel").asText()).isEqualTo("CRITICAL");
        assertThat(view.path("riskLeader").asText()).isEqualTo("taskforce.head");
        assertThat(view.path("level").asText()).isEqualTo("SUB_DISTRICT");
        assertThat(view.at("/aftercare/terms").findValuesAsText("performance")).containsExactly("PERFORMED",
                "PERFORMED");
        assertThat(view.at("/aftercare/terms").findValuesAsText("dueBy")).containsExactly(JULY_30, JULY_30);
        assertThat(view.at("/aftercare/followUps").asInt()).isEqualTo(1);
        assertThat(view.at("/aftercare/followUpSatisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(view.toString()).doesNotContain("业主代表", "六期一楼业主", "富力地产");

        // the history, in the order it happened
        JsonNode items = api.get("/api/cases/" + id + "/history?size=200", "auditor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("PetitionReceived", "RiskLevelChanged",
                "CaseDispatched", "DispatchSigned", "PetitionAccepted", "CaseAssigned", "NoticeServed", "RiskLevelChanged",
                "RiskLeaderAssigned", "MeetingHeld", "MeetingHeld", "HandlingPlanAgreed", "TermPerformanceRecorded",
                "TermPerformanceRecorded", "RiskCheckInRecorded", "CaseClosed", "FollowUpRecorded");
        assertThat(items.get(0).path("summary").asText())
                .endsWith("5 petitioners, group petition: representatives for 42 people");
        assertThat(items.findValuesAsText("summary").toString()).doesNotContain("业主代表", "jump", "富力地产",
                "rebuilt");

        // the boards: the grid counts one more case received and closed as resolved, and its two joint meetings
        await().atMost(SETTLE).untilAsserted(() -> {
            JsonNode figures = board(api, GRID).path("figures");
            JsonNode before = boardBefore.path("figures");
            assertThat(figures.path("received").asLong()).isEqualTo(before.path("received").asLong() + 1);
            assertThat(figures.path("closed").asLong()).isEqualTo(before.path("closed").asLong() + 1);
            assertThat(figures.at("/closedByOutcome/RESOLVED").asLong())
                    .isEqualTo(before.at("/closedByOutcome/RESOLVED").asLong() + 1);
            assertThat(figures.at("/meetings/JOINT_MEETING").asLong())
                    .isEqualTo(before.at("/meetings/JOINT_MEETING").asLong() + 2);
            assertThat(figures.at("/followUp/followedUp").asLong())
                    .isEqualTo(before.at("/followUp/followedUp").asLong() + 1);
            assertThat(figures.at("/followUp/satisfaction/SATISFIED").asLong())
                    .isEqualTo(before.at("/followUp/satisfaction/SATISFIED").asLong() + 1);
        });
        JsonNode closedCases = api.get("/api/boards/overview/cases?node=" + GRID + "&figure=closed", "supervisor")
                .body();
        assertThat(closedCases.toString()).contains(id);

        // the dossier: every event, the chain verified, no resident's name in the JSON an auditor exports
        Reply dossier = api.get("/api/cases/" + id + "/dossier", "auditor");
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.body().path("events").size()).isEqualTo((int) followedUp);
        assertThat(dossier.body().path("events").findValuesAsText("eventType")).contains("NoticeServed",
                "HandlingPlanAgreed",
                "TermPerformanceRecorded", "CaseClosed", "FollowUpRecorded");
        Reply verification = api.get("/api/cases/" + id + "/verification", "auditor");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().path("valid").asBoolean()).as(verification.body().toString()).isTrue();
    }

    private static long ok(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.version();
    }

    private static JsonNode board(ApiClient api, String node) {
        Reply board = api.get("/api/boards/overview?node=" + node, "supervisor");
        assertThat(board.status()).as(board.body().toString()).isEqualTo(200);
        return board.body();
    }
}
