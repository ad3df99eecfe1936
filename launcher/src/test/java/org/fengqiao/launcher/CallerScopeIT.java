package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Jurisdiction scope with the demo officer bound to Fuli community and its mediation committee ({@code fuli.officer}):
 * a case in another community is not found by any route (view, history, stream, list, commands); a case of Fuli is
 * seen, and acted on only while it is assigned to the officer's unit. Sub-district accounts see everything.
 */
@EmbeddedApplicationTest
class CallerScopeIT {

    private static final String FULI = "fuli.officer";

    @LocalServerPort
    int port;

    @Test
    void a_community_officer_sees_and_acts_only_within_its_community_and_unit() throws Exception {
        ApiClient api = new ApiClient(port);
        String guoyuan = register(api, "SH-GY-G05");
        String fuli = register(api, "SH-FL-G07");
        assertThat(api.get("/api/cases/" + guoyuan + "?minVersion=1", "auditor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + fuli + "?minVersion=1", "auditor").status()).isEqualTo(200);

        // out of scope: not found, whatever the route
        assertProblem(api.get("/api/cases/" + guoyuan, FULI), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + guoyuan + "/history", FULI), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + guoyuan + "?asOf=2099-12-31T00:00:00Z", FULI), 404, "CASE_NOT_FOUND");
        HttpResponse<String> stream = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/cases/" + guoyuan + "/stream"))
                .header("Accept", "text/event-stream").header("Authorization", ApiClient.basic(FULI)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(404);
        assertProblem(api.post("/api/disputes/" + guoyuan + "/notes", json("{'text':'a note'}"), FULI), 404,
                "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases?node=SH-GY", FULI), 404, "UNKNOWN_NODE");
        assertThat(api.get("/api/cases/" + guoyuan + "/history", "auditor").body().path("items").size()).isEqualTo(2);

        // in scope: seen; the list holds only Fuli's cases
        assertThat(api.get("/api/cases/" + fuli, FULI).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + fuli + "/history", FULI).status()).isEqualTo(200);
        Reply list = api.get("/api/cases?size=200&sort=receivedAt,desc", FULI);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").findValuesAsText("caseId")).contains(fuli).doesNotContain(guoyuan);
        list.body().path("items").forEach(item ->
                assertThat(item.path("jurisdiction").path("community").asText()).isEqualTo("SH-FL"));

        // acted on only while assigned to its unit
        assertThat(api.post("/api/disputes/" + fuli + "/assignment",
                json("{'unit':'SH-TASKFORCE','officer':'task.force'}"), "supervisor").status()).isEqualTo(200);
        assertProblem(api.post("/api/disputes/" + fuli + "/notes", json("{'text':'a note'}"), FULI), 403,
                "NOT_YOUR_UNIT");
        assertThat(api.post("/api/disputes/" + fuli + "/assignment",
                json("{'unit':'SH-FL-MEDIATION','officer':'fuli.officer'}"), "supervisor").status()).isEqualTo(200);
        Reply note = api.post("/api/disputes/" + fuli + "/notes", json("{'text':'a note'}"), FULI);
        assertThat(note.status()).as(note.body().toString()).isEqualTo(200);
        assertThat(note.version()).isEqualTo(5);
        assertThat(api.get("/api/cases/" + fuli + "/history?minVersion=5", "auditor").body().path("items")
                .get(4).path("actor").asText()).isEqualTo(FULI);
    }

    static String register(ApiClient api, String grid) {
        Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise at night','content':'Loud music',
                 'gridCode':'%s','parties':[{'name':'Resident A','role':'APPLICANT'},
                 {'name':'Resident B','role':'RESPONDENT'}]}""".formatted(grid)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("caseId");
    }
}
