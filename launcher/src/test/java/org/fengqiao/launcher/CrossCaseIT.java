package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 on the real application: notices served on the petitioner meet the limits that wait for them (part 5).
 * The history, the case view and the dossier tell what was served; the person served is never in a summary. A
 * petition's type and respondents (part 6): a report or complaint is confidential to supervisors and auditors from its
 * intake and referred to the discipline inspection body; respondents are sealed like every name.
 */
@EmbeddedApplicationTest
class CrossCaseIT {

    /** Grids no other integration test uses. */
    private static final String NOTICE_GRID = "SH-V1-G04";
    private static final String TYPE_GRID = "SH-V1-G05";

    @LocalServerPort
    int port;

    @Value("${fengqiao.data-dir}")
    String dataDir;

    @Test
    void a_limit_waiting_for_its_notice_is_met_when_the_notice_is_served() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'Courtyard demolished','content':'Since May',
                 'gridCode':'%s','petitioners':[{'name':'钱七','phone':'13800002222'}]}""".formatted(NOTICE_GRID)),
                "intake").text("caseId");
        String path = "/api/petitions/" + id;
        String notices = path + "/notices";
        assertProblem(api.post(notices, notice("ACCEPTANCE", "IN_PERSON"), "intake"), 409, "NOTHING_TO_NOTIFY");
        long accepted = api.post(path + "/acceptance", json("{'accepted':true}"), "supervisor").version();

        // decided, not yet served: the acceptance limit still runs beside the handling limit
        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + accepted).body();
        assertThat(view.path("deadlines").has("ACCEPTANCE")).as(view.toString()).isTrue();
        assertThat(view.path("deadlines").has("HANDLING")).isTrue();

        assertProblem(api.post(notices, json("{'type':'ACCEPTANCE','date':'%s','to':'钱七'}".formatted(Instant.now())),
                "intake"), 400, "NOTICE_METHOD_REQUIRED");
        assertProblem(api.post(notices, notice("NON_ACCEPTANCE", "POST"), "intake"), 409, "NOTHING_TO_NOTIFY");
        assertThat(api.post(notices, notice("ACCEPTANCE", "SMS"), "auditor").status()).isEqualTo(403);
        // reception serves the decision before any unit has the case
        Reply served = api.post(notices, notice("ACCEPTANCE", "IN_PERSON"), "intake");
        assertThat(served.status()).as(served.body().toString()).isEqualTo(200);
        assertProblem(api.post(notices, notice("ACCEPTANCE", "IN_PERSON"), "intake"), 409, "NOTICE_ALREADY_SERVED");
        view = api.get("/api/cases/" + id + "?minVersion=" + served.version()).body();
        assertThat(view.path("deadlines").has("ACCEPTANCE")).isFalse();

        // the reply leaves the handling limit running until it is served
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-RECEPTION'}"), "supervisor").status())
                .isEqualTo(200);
        long replied = api.post(path + "/reply", json("{'opinion':'SUPPORT','text':'The courtyard is rebuilt','servedAt':'%s'}"
                .formatted(Instant.now())), "officer").version();
        view = api.get("/api/cases/" + id + "?minVersion=" + replied).body();
        assertThat(view.path("deadlines").has("HANDLING")).isTrue();
        assertThat(view.path("status").asText()).isEqualTo("REPLIED");
        long replyServed = api.post(notices, notice("REPLY", "POST"), "officer").version();
        view = api.get("/api/cases/" + id + "?minVersion=" + replyServed).body();
        assertThat(view.path("deadlines").has("HANDLING")).isFalse();

        JsonNode history = api.get("/api/cases/" + id + "/history?minVersion=" + replyServed, "auditor").body();
        assertThat(String.join("\n", history.findValuesAsText("summary"))).contains(
                "Acceptance notice served in person", "Acceptance limit met", "Reply notice served by post",
                "Handling limit met").doesNotContain("钱七");
        // the person served is a personal value of the case, sealed in the store like every name
        JsonNode notice = history.path("items").findParents("eventType").stream()
                .filter(entry -> entry.path("eventType").asText().equals("NoticeServed")).findFirst().orElseThrow();
        assertThat(notice.at("/personal/to/kind").asText()).isEqualTo("NAME");

        Reply dossier = api.send("/api/cases/" + id + "/dossier", request -> request.header("Accept",
                "application/json").header("Authorization", ApiClient.basic("auditor")).GET());
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.body().path("events").findValuesAsText("eventType"))
                .containsSubsequence("PetitionAccepted", "NoticeServed", "DeadlineMet", "ReplyServed", "NoticeServed",
                        "DeadlineMet");
        // the printable dossier names each notice served (送达告知)
        Reply page = api.send("/api/cases/" + id + "/dossier", request -> request.header("Accept", "text/html")
                .header("Authorization", ApiClient.basic("auditor")).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("送达告知", "送达答复");
    }

    @Test
    void a_report_or_complaint_is_hidden_from_an_officer_and_referred_to_the_discipline_inspection_body() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/petitions", json("""
                {'channel':'LETTER','category':'CONSTRUCTION','subject':'Demolition ordered without a hearing',
                 'content':'The courtyards were torn down on an official word','gridCode':'%s',
                 'petitioners':[{'name':'孙七','phone':'13800000007'}],'type':'REPORT_OR_COMPLAINT',
                 'respondents':['区城管执法局','富力地产']}""".formatted(TYPE_GRID)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.version()).as("received, marked confidential, acceptance limit").isEqualTo(3);
        String id = created.text("caseId");
        String path = "/api/cases/" + id;
        // a suggestion in the same grid: the officer sees it, so the report is hidden by its type, not by the grid
        Reply suggestion = api.post("/api/petitions", json("""
                {'channel':'ONLINE','category':'CONSTRUCTION','subject':'Benches for the courtyard','content':'c',
                 'gridCode':'%s','petitioners':[{'name':'周八','phone':'13800000008'}],'type':'SUGGESTION'}"""
                .formatted(TYPE_GRID)), "intake");
        assertThat(suggestion.status()).as(suggestion.body().toString()).isEqualTo(201);
        Reply suggested = api.get("/api/cases/" + suggestion.text("caseId") + "?minVersion=" + suggestion.version(),
                "officer");
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.text("petitionType")).isEqualTo("SUGGESTION");
        assertThat(suggested.body().path("confidential").asBoolean()).isFalse();

        Reply view = api.get(path + "?minVersion=3", "supervisor");
        assertThat(view.status()).as(view.body().toString()).isEqualTo(200);
        assertThat(view.text("petitionType")).isEqualTo("REPORT_OR_COMPLAINT");
        assertThat(view.body().path("confidential").asBoolean()).isTrue();
        assertThat(api.get(path, "auditor").status()).isEqualTo(200);
        assertProblem(api.get(path, "officer"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get(path + "/history", "officer"), 404, "CASE_NOT_FOUND");
        JsonNode officerList = api.get("/api/cases?node=" + TYPE_GRID, "officer").body();
        assertThat(officerList.path("items").findValuesAsText("caseId")).contains(suggestion.text("caseId"))
                .doesNotContain(id);
        JsonNode auditorList = api.get("/api/cases?node=" + TYPE_GRID, "auditor").body();
        assertThat(auditorList.path("items").findParents("caseId").stream()
                .filter(item -> item.path("caseId").asText().equals(id))
                .map(item -> item.path("petitionType").asText())).containsExactly("REPORT_OR_COMPLAINT");

        JsonNode history = api.get(path + "/history", "auditor").body();
        assertThat(history.path("items").get(0).path("summary").asText())
                .endsWith("1 petitioner, report or complaint, against 2 respondents").doesNotContain("富力地产");
        assertThat(history.path("items").get(1).path("summary").asText()).startsWith("Marked confidential");
        // the respondents are names, sealed in the store like the petitioners'
        String payload = (String) new StoreFile(dataDir).row(id, 0).get("payload");
        assertThat(payload).doesNotContain("富力地产", "区城管执法局").contains("\"type\":\"REPORT_OR_COMPLAINT\"");

        // a supervisor lets the officer of record in by name; referred without a route: to discipline inspection
        assertThat(api.post("/api/petitions/" + id + "/acceptance", json("{'accepted':true}"), "supervisor").status())
                .isEqualTo(200);
        assertThat(api.post("/api/petitions/" + id + "/assignment", json("{'unit':'SH-RECEPTION'}"), "supervisor")
                .status()).isEqualTo(200);
        assertProblem(api.post("/api/petitions/" + id + "/closure", json("{'outcome':'REFERRED'}"), "officer"), 404,
                "CASE_NOT_FOUND");
        assertThat(api.post("/api/cases/" + id + "/confidentiality", json(
                "{'reason':'the officer of record handles the report','roles':['AUDITOR'],'accounts':['officer']}"),
                "supervisor").status()).isEqualTo(200);
        Reply closed = api.post("/api/petitions/" + id + "/closure", json("{'outcome':'REFERRED'}"), "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        JsonNode after = api.get(path + "/history?minVersion=" + closed.version(), "auditor").body().path("items");
        JsonNode closure = after.findParents("eventType").stream()
                .filter(entry -> entry.path("eventType").asText().equals("CaseClosed")).findFirst().orElseThrow();
        assertThat(closure.path("fields").path("route").asText())
                .isEqualTo("discipline inspection and supervision body (纪检监察机关)");
        // an appeal referred without a route is refused as before
        Reply appeal = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Compensation for the courtyard','content':'c',
                 'gridCode':'%s','petitioners':[{'name':'吴九','phone':'13800000009'}],'type':'APPEAL_OR_REQUEST',
                 'respondents':['富力地产']}""".formatted(TYPE_GRID)), "intake");
        String appealPath = "/api/petitions/" + appeal.text("caseId");
        assertThat(api.post(appealPath + "/acceptance", json("{'accepted':true}"), "supervisor").status())
                .isEqualTo(200);
        assertThat(api.post(appealPath + "/assignment", json("{'unit':'SH-RECEPTION'}"), "supervisor").status())
                .isEqualTo(200);
        assertProblem(api.post(appealPath + "/closure", json("{'outcome':'REFERRED'}"), "officer"), 400,
                "ROUTE_REQUIRED");
        assertProblem(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'s','content':'c','gridCode':'%s',
                 'petitioners':[{'name':'吴九'}],'type':'GOSSIP'}""".formatted(TYPE_GRID)), "intake"), 400,
                "INVALID_VALUE");
    }

    private static String notice(String type, String method) {
        return json("{'type':'%s','method':'%s','date':'%s','to':'钱七'}".formatted(type, method, Instant.now()));
    }
}
