package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Confidential cases through the real application: a case the intake desk asks to keep confidential is seen by
 * auditors and supervisors and by nobody else (view, asOf, history, stream, dossier, verification, anchor proofs and
 * commands answer 404, and a refused command appends nothing); lists leave it out and count it as withheld; boards
 * count it for everyone; lifting makes it visible again. A case can never be buried: whatever a marking names,
 * auditors and supervisors see it and a supervisor lifts it, while an administrator outside its audience finds none.
 * The cases here live in Jianhua's grids 7 and 8, which no other integration test uses.
 */
@EmbeddedApplicationTest
class ConfidentialCasesIT {

    private static final String GRID = "SH-JH-G08";
    private static final String OTHER_GRID = "SH-JH-G07";
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void a_confidential_case_is_seen_only_by_its_audience_and_counted_by_everyone() throws Exception {
        ApiClient api = new ApiClient(port);
        long openBefore = openOnBoard(api, "supervisor");
        long listedBefore = api.get("/api/cases?node=" + GRID, "auditor").body().path("total").asLong();

        Reply created = api.post("/api/disputes", dispute(GRID, "LOW", """
                ,'confidentiality':{'reason':'a report against an official','roles':['SUPERVISOR','AUDITOR']}"""),
                "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.version()).as("received, confidentiality asked for, marked for auditors and supervisors, "
                + "handling limit set").isEqualTo(4);
        String id = created.text("caseId");
        String path = "/api/cases/" + id;

        // its audience sees it
        Reply supervisorView = api.get(path + "?minVersion=4", "supervisor");
        assertThat(supervisorView.status()).as(supervisorView.body().toString()).isEqualTo(200);
        assertThat(supervisorView.body().path("confidential").asBoolean()).isTrue();
        assertThat(api.get(path, "auditor").status()).isEqualTo(200);
        Reply history = api.get(path + "/history", "auditor");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("items").get(1).path("summary").asText())
                .isEqualTo("Confidentiality asked for at intake, for 2 roles and 0 named accounts; a supervisor "
                        + "confirms it");
        assertThat(history.body().path("items").get(2).path("summary").asText())
                .isEqualTo("Marked confidential, visible to auditors and supervisors only");
        assertThat(history.body().path("items").findValuesAsText("summary")).noneMatch(s -> s.contains("official"));

        // everyone else: as if there were no such case
        for (String outsider : new String[] {"officer", "intake"}) {
            assertProblem(api.get(path, outsider), 404, "CASE_NOT_FOUND");
            assertProblem(api.get(path + "?asOf=2099-12-31T00:00:00Z", outsider), 404, "CASE_NOT_FOUND");
        }
        assertProblem(api.get(path + "/history", "officer"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get(path + "/dossier", "officer"), 404, "CASE_NOT_FOUND");
        assertThat(api.get(path + "/verification", "officer").status()).isEqualTo(404);
        assertThat(stream(path + "/stream", "officer").statusCode()).isEqualTo(404);
        assertProblem(api.post("/api/disputes/" + id + "/notes", json("{'text':'a note'}"), "officer"), 404,
                "CASE_NOT_FOUND");
        assertThat(api.get(path + "/history", "auditor").body().path("version").asLong())
                .as("the refused command appended nothing").isEqualTo(4);

        // lists leave it out and say so; the auditor's list has it
        Reply officerList = api.get("/api/cases?node=" + GRID, "officer");
        assertThat(officerList.body().path("items").findValuesAsText("caseId")).doesNotContain(id);
        assertThat(officerList.body().path("withheld").asInt()).isEqualTo(1);
        assertThat(officerList.body().path("total").asLong()).isEqualTo(listedBefore);
        Reply auditorList = api.get("/api/cases?node=" + GRID, "auditor");
        assertThat(auditorList.body().path("items").findValuesAsText("caseId")).contains(id);
        assertThat(auditorList.body().path("withheld").asInt()).isZero();
        assertThat(auditorList.body().path("total").asLong()).isEqualTo(listedBefore + 1);

        // the board counts it
        await().atMost(SETTLE).until(() -> openOnBoard(api, "supervisor") == openBefore + 1);

        // a high-risk case a supervisor marked for the auditor alone: supervisors still see it, on boards and lists
        Reply highRisk = api.post("/api/disputes", dispute(GRID, "HIGH", """
                ,'riskReason':'threat of self-harm','policeInformed':false"""), "intake");
        assertThat(highRisk.status()).as(highRisk.body().toString()).isEqualTo(201);
        String hidden = highRisk.text("caseId");
        Reply narrowed = api.post("/api/cases/" + hidden + "/confidentiality",
                json("{'reason':'the resident asked','accounts':['auditor']}"), "supervisor");
        assertThat(narrowed.status()).as(narrowed.body().toString()).isEqualTo(200);
        await().atMost(SETTLE).until(() -> openOnBoard(api, "supervisor") == openBefore + 2);
        assertThat(api.get("/api/cases/" + hidden + "?minVersion=" + narrowed.version(), "supervisor").status())
                .isEqualTo(200);
        assertProblem(api.get("/api/cases/" + hidden, "officer"), 404, "CASE_NOT_FOUND");
        await().atMost(SETTLE).untilAsserted(() -> {
            Reply supervisorBoard = api.get("/api/boards/high-risk?node=" + GRID, "supervisor");
            assertThat(supervisorBoard.body().path("cases").findValuesAsText("caseId")).contains(hidden);
            assertThat(supervisorBoard.body().path("withheld").asInt()).isZero();
        });
        Reply figure = api.get("/api/boards/overview/cases?node=" + GRID + "&figure=open.total", "supervisor");
        assertThat(figure.status()).as(figure.body().toString()).isEqualTo(200);
        assertThat(figure.body().path("cases").findValuesAsText("caseId")).contains(id, hidden);
        assertThat(figure.body().path("withheld").asInt()).isZero();
        assertThat(figure.body().path("value").asLong()).isEqualTo(openBefore + 2);
        Reply anchor = api.post("/api/admin/anchors", "{}", "admin");
        assertThat(anchor.status()).as(anchor.body().toString()).isEqualTo(201);
        String proof = "/api/admin/anchors/" + anchor.text("anchorId") + "/proofs/" + hidden;
        assertProblem(api.get(proof, "admin"), 404, "CASE_NOT_FOUND");
        assertThat(api.get(proof, "auditor").status()).isEqualTo(200);

        // lifting makes the first case visible to everyone again
        assertProblem(api.post(path + "/confidentiality/lifting", json("{'reason':'inquiry ended'}"), "officer"), 403,
                null);
        Reply lifted = api.post(path + "/confidentiality/lifting", json("{'reason':'inquiry ended'}"), "supervisor");
        assertThat(lifted.status()).as(lifted.body().toString()).isEqualTo(200);
        assertThat(lifted.version()).isEqualTo(5);
        assertThat(api.get(path + "/history", "officer").status()).isEqualTo(200);
        Reply officerView = api.get(path + "?minVersion=5", "officer");
        assertThat(officerView.status()).as(officerView.body().toString()).isEqualTo(200);
        assertThat(officerView.body().path("confidential").asBoolean()).isFalse();
        assertThat(api.get("/api/cases?node=" + GRID, "officer").body().path("items").findValuesAsText("caseId"))
                .contains(id).doesNotContain(hidden);
        assertProblem(api.post(path + "/confidentiality/lifting", json("{'reason':'again'}"), "supervisor"), 409,
                "NOT_CONFIDENTIAL");
    }

    @Test
    void marking_an_existing_case_hides_it_and_a_bad_audience_is_a_400_that_records_nothing() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/disputes", dispute(OTHER_GRID, "LOW", ""), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/cases/" + created.text("caseId");

        assertProblem(api.post(path + "/confidentiality", json("{'reason':'r','roles':['MAYOR']}"), "supervisor"), 400,
                "UNKNOWN_ROLE");
        assertProblem(api.post(path + "/confidentiality", json("{'reason':'r','roles':[],'accounts':[]}"),
                "supervisor"), 400, "CONFIDENTIAL_AUDIENCE_REQUIRED");
        assertProblem(api.post(path + "/confidentiality", json("{'reason':'r','roles':['AUDITOR']}"), "officer"), 403,
                null);
        assertThat(api.get(path + "/history", "auditor").body().path("version").asLong()).isEqualTo(2);

        Reply marked = api.post(path + "/confidentiality",
                json("{'reason':'a report against an official','roles':['AUDITOR'],'accounts':['officer']}"),
                "supervisor");
        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
        assertThat(marked.version()).isEqualTo(3);
        assertThat(api.get(path + "?minVersion=3", "officer").status()).as("a named account").isEqualTo(200);
        assertThat(api.get(path, "supervisor").status()).as("supervisors always").isEqualTo(200);
        assertProblem(api.get(path, "intake"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get(path + "?asOf=2000-01-01T00:00:00Z", "intake"), 404, "CASE_NOT_FOUND");
        assertProblem(api.post(path + "/confidentiality/lifting", json("{'reason':'r'}"), "admin"), 404,
                "CASE_NOT_FOUND");
        assertThat(api.get(path, "auditor").body().path("confidentialAccounts").get(0).asText()).isEqualTo("officer");
    }

    @Test
    void a_case_the_intake_desk_hides_from_everyone_but_itself_is_not_buried() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/disputes", dispute(OTHER_GRID, "LOW", """
                ,'confidentiality':{'reason':'the resident fears the grid office','accounts':['intake']}"""),
                "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.version()).isEqualTo(4);
        String path = "/api/cases/" + created.text("caseId");

        // asked for, not granted: auditors and supervisors see it, the intake desk does not yet
        Reply auditorView = api.get(path + "?minVersion=4", "auditor");
        assertThat(auditorView.status()).as(auditorView.body().toString()).isEqualTo(200);
        assertThat(auditorView.body().path("confidential").asBoolean()).isTrue();
        assertThat(auditorView.body().path("confidentialAccounts").size()).isZero();
        assertThat(api.get(path, "supervisor").status()).isEqualTo(200);
        assertProblem(api.get(path, "intake"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get(path, "officer"), 404, "CASE_NOT_FOUND");
        assertThat(api.get(path + "/history", "supervisor").body().path("items").get(1).path("summary").asText())
                .isEqualTo("Confidentiality asked for at intake, for 0 roles and 1 named account; a supervisor "
                        + "confirms it");
        assertProblem(api.post(path + "/confidentiality", json("{'reason':'r','accounts':['intake']}"), "intake"),
                403, null);

        // a supervisor confirms it as asked: the intake desk sees it, and so do auditors and supervisors still
        Reply confirmed = api.post(path + "/confidentiality",
                json("{'reason':'the resident fears the grid office','accounts':['intake']}"), "supervisor");
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
        assertThat(confirmed.version()).isEqualTo(5);
        assertThat(api.get(path + "?minVersion=5", "intake").status()).isEqualTo(200);
        assertThat(api.get(path, "auditor").status()).isEqualTo(200);
        assertThat(api.get(path, "supervisor").status()).isEqualTo(200);
        assertProblem(api.get(path, "officer"), 404, "CASE_NOT_FOUND");

        // and a supervisor, who is always in the audience, lifts it
        Reply lifted = api.post(path + "/confidentiality/lifting", json("{'reason':'nothing to hide'}"),
                "supervisor");
        assertThat(lifted.status()).as(lifted.body().toString()).isEqualTo(200);
        assertThat(api.get(path + "?minVersion=6", "officer").status()).isEqualTo(200);
    }

    @Test
    void a_petition_cannot_be_linked_to_a_case_its_caller_may_not_see_nor_learn_that_it_exists() {
        ApiClient api = new ApiClient(port);
        String hidden = petition(api,
                ",'confidentiality':{'reason':'a report against an official','roles':['AUDITOR']}").text("caseId");
        String visible = petition(api, "").text("caseId");

        Reply toHidden = api.post("/api/petitions", petitionBody(",'relatedCaseId':'" + hidden + "'"), "intake");
        Reply toUnknown = api.post("/api/petitions",
                petitionBody(",'relatedCaseId':'" + java.util.UUID.randomUUID() + "'"), "intake");
        assertProblem(toHidden, 400, "UNKNOWN_RELATED_CASE");
        assertProblem(toUnknown, 400, "UNKNOWN_RELATED_CASE");
        for (String field : new String[] {"type", "title", "status", "detail", "code", "field"}) {
            assertThat(toHidden.body().path(field)).as(field).isEqualTo(toUnknown.body().path(field));
        }
        assertThat(api.post("/api/petitions", petitionBody(",'relatedCaseId':'" + hidden + "'"), "supervisor")
                .status()).as("a supervisor sees the case (but may not register)").isEqualTo(403);

        Reply linked = api.post("/api/petitions", petitionBody(",'relatedCaseId':'" + visible + "'"), "intake");
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(201);
    }

    private static Reply petition(ApiClient api, String extra) {
        Reply created = api.post("/api/petitions", petitionBody(extra), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created;
    }

    private static String petitionBody(String extra) {
        return json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'Misconduct at the grid office',
                 'content':'A resident reports an official','gridCode':'%s',
                 'petitioners':[{'name':'Resident C'}]%s}""".formatted(OTHER_GRID, extra));
    }

    private static String dispute(String grid, String risk, String extra) {
        return json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Misconduct at the grid office',
                 'content':'A resident reports an official','gridCode':'%s','riskLevel':'%s',
                 'parties':[{'name':'Resident A','role':'APPLICANT'},{'name':'Resident B','role':'RESPONDENT'}]%s}"""
                .formatted(grid, risk, extra));
    }

    private static long openOnBoard(ApiClient api, String account) {
        Reply board = api.get("/api/boards/overview?node=" + GRID, account);
        assertThat(board.status()).as(board.body().toString()).isEqualTo(200);
        return board.body().at("/figures/open/total").asLong();
    }

    private HttpResponse<String> stream(String path, String account) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream").header("Authorization", ApiClient.basic(account)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
