package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 on the real application: notices served on the petitioner meet the limits that wait for them (part 5).
 * The history, the case view and the dossier tell what was served; the person served is never in a summary.
 */
@EmbeddedApplicationTest
class CrossCaseIT {

    /** Grids no other integration test uses. */
    private static final String NOTICE_GRID = "SH-V1-G04";

    @LocalServerPort
    int port;

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

    private static String notice(String type, String method) {
        return json("{'type':'%s','method':'%s','date':'%s','to':'钱七'}".formatted(type, method, Instant.now()));
    }
}
