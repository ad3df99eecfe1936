package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Linked and merged cases (关联 / 并案) over HTTP: a Fuli officer links the dispute it handles to a petition about
 * the same matter, and both cases show the link complete; another case outside the officer's node, a confidential
 * one not meant for it and an unknown id are the same 404; a supervisor links the petition to a confidential case,
 * which the officer's reads of the petition leave out; a duplicate petition merges into the petition, closing as
 * MERGED, and the board counts it; every other rule is a 409 with its code, and nothing is recorded then.
 */
@EmbeddedApplicationTest
class LinkedCasesIT {

    /** Grids no other integration test uses, so the board's figures are this test's alone. */
    private static final String GRID = "SH-FL-G15";
    private static final String OTHER_NODE_GRID = "SH-GY-G10";
    private static final Duration SETTLE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Test
    void cases_about_one_matter_are_linked_on_both_sides_and_a_duplicate_merges_into_its_primary() {
        ApiClient api = new ApiClient(port);
        String petition = petition(api, "Courtyards of phase 6 not rebuilt", "");
        String duplicate = petition(api, "Courtyards of phase 6 not rebuilt (again)", "");
        String third = petition(api, "Courtyard lights", "");
        String confidential = petition(api, "Report against the estate office", """
                ,'confidentiality':{'reason':'a report against an official','roles':['SUPERVISOR','AUDITOR']}""");
        String dispute = dispute(api, GRID);
        String elsewhere = dispute(api, OTHER_NODE_GRID);
        Reply assigned = api.post("/api/disputes/" + dispute + "/assignment", json("{'unit':'SH-FL-MEDIATION'}"),
                "supervisor");
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
        String disputePath = "/api/disputes/" + dispute;

        // what the Fuli officer may not see, and what does not exist, are one and the same answer; nothing recorded
        for (String hidden : List.of(elsewhere, confidential, UUID.randomUUID().toString())) {
            assertProblem(api.post(disputePath + "/links", json("{'targetId':'%s','reason':'same matter'}"
                    .formatted(hidden)), "fuli.officer"), 404, "CASE_NOT_FOUND");
        }
        assertProblem(api.post(disputePath + "/links", json("{'caseId':'%s','targetKind':'DISPUTE','reason':'x'}"
                .formatted(petition)), "fuli.officer"), 404, "CASE_NOT_FOUND");
        assertProblem(api.post(disputePath + "/links", json("{'targetId':'%s'}".formatted(petition)),
                "fuli.officer"), 400, "REASON_REQUIRED");
        assertProblem(api.post(disputePath + "/links", json("{'targetId':'%s','reason':'x'}".formatted(dispute)),
                "fuli.officer"), 409, "LINK_TO_ITSELF");
        assertThat(api.post(disputePath + "/links", json("{'targetId':'%s','reason':'x'}".formatted(petition)),
                "intake").status()).isEqualTo(403);

        Reply linked = api.post(disputePath + "/links", json("""
                {'targetKind':'PETITION','targetId':'%s',
                 'reason':'the owners petition about the courtyards they dispute with the developer'}"""
                .formatted(petition)), "fuli.officer");
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        assertThat(linked.version()).as("received, limit, assigned, link asked for, confirmed").isEqualTo(5);
        JsonNode disputeView = api.get("/api/cases/" + dispute + "?minVersion=5", "supervisor").body();
        assertThat(disputeView.at("/linked/cases/0/caseId").asText()).isEqualTo(petition);
        assertThat(disputeView.at("/linked/cases/0/kind").asText()).isEqualTo("PETITION");
        assertThat(disputeView.at("/linked/cases/0/complete").asBoolean()).isTrue();
        JsonNode petitionView = view(api, petition, 3, "supervisor");
        assertThat(petitionView.at("/linked/cases/0/caseId").asText()).isEqualTo(dispute);
        assertThat(petitionView.at("/linked/cases/0/complete").asBoolean()).isTrue();

        assertProblem(api.post(disputePath + "/links", json("{'targetId':'%s','reason':'again'}"
                .formatted(petition)), "fuli.officer"), 409, "ALREADY_LINKED");
        assertProblem(api.post("/api/petitions/" + petition + "/links", json("{'caseId':'%s','reason':'again'}"
                .formatted(dispute)), "supervisor"), 409, "ALREADY_LINKED");

        // a supervisor links the petition to the confidential report: the officer's reads leave that case out
        Reply toConfidential = api.post("/api/petitions/" + petition + "/links", json("""
                {'targetId':'%s','reason':'the report names the same estate office'}""".formatted(confidential)),
                "supervisor");
        assertThat(toConfidential.status()).as(toConfidential.body().toString()).isEqualTo(200);
        assertThat(view(api, petition, toConfidential.version(), "supervisor").findValuesAsText("caseId"))
                .contains(dispute, confidential);
        JsonNode officersView = api.get("/api/cases/" + petition + "?minVersion=" + toConfidential.version(),
                "fuli.officer").body();
        assertThat(officersView.path("linked").findValuesAsText("caseId")).containsExactly(dispute);
        assertThat(officersView.toString()).doesNotContain(confidential);
        JsonNode officersList = api.get("/api/cases?node=" + GRID + "&size=100", "fuli.officer").body();
        assertThat(officersList.toString()).doesNotContain(confidential);

        // the duplicate merges into the petition: closed as MERGED, the primary names it, the board counts it
        String duplicatePath = "/api/petitions/" + duplicate;
        assertProblem(api.post(duplicatePath + "/merge", json("{'primaryId':'%s','reason':'x'}".formatted(duplicate)),
                "supervisor"), 409, "MERGE_INTO_ITSELF");
        assertProblem(api.post(disputePath + "/merge", json("{'primaryId':'%s','reason':'x'}".formatted(petition)),
                "fuli.officer"), 409, "MERGE_ACROSS_KINDS");
        assertProblem(api.post(duplicatePath + "/merge", json("{'primaryId':'%s','reason':'x'}".formatted(elsewhere)),
                "fuli.officer"), 403, "NOT_YOUR_UNIT");
        Reply merged = api.post(duplicatePath + "/merge", json("""
                {'primaryId':'%s','reason':'the same owners about the same courtyards, registered twice'}"""
                .formatted(petition)), "supervisor");
        assertThat(merged.status()).as(merged.body().toString()).isEqualTo(200);
        JsonNode duplicateView = view(api, duplicate, merged.version(), "supervisor");
        assertThat(duplicateView.path("status").asText()).isEqualTo("CLOSED");
        assertThat(duplicateView.path("outcome").asText()).isEqualTo("MERGED");
        assertThat(duplicateView.at("/linked/mergedInto/caseId").asText()).isEqualTo(petition);
        await().atMost(SETTLE).untilAsserted(() -> assertThat(api.get("/api/cases/" + petition, "supervisor").body()
                .at("/linked/duplicates/0/caseId").asText()).isEqualTo(duplicate));
        assertProblem(api.post(duplicatePath + "/merge", json("{'primaryId':'%s','reason':'again'}"
                .formatted(petition)), "supervisor"), 409, "ALREADY_MERGED");
        assertProblem(api.post("/api/petitions/" + third + "/merge", json("{'primaryId':'%s','reason':'x'}"
                .formatted(duplicate)), "supervisor"), 409, "PRIMARY_CLOSED");
        await().atMost(SETTLE).untilAsserted(() -> assertThat(api.get("/api/boards/overview?node=" + GRID,
                "supervisor").body().at("/figures/closedByOutcome/MERGED").asLong()).isEqualTo(1));

        assertThat(api.get("/api/cases/" + dispute + "/history", "supervisor").body().findValuesAsText("summary"))
                .contains("Link to a petition about the same matter asked for here",
                        "The linked case recorded the link: complete");
        JsonNode petitionHistory = api.get("/api/cases/" + petition + "/history", "supervisor").body();
        assertThat(petitionHistory.findValuesAsText("summary")).contains("Linked by a dispute about the same matter",
                "A duplicate petition was merged into this case");
        assertThat(petitionHistory.toString()).doesNotContain("registered twice");
        assertThat(api.get("/api/cases/" + duplicate + "/history", "supervisor").body().findValuesAsText("summary"))
                .contains("Merged into its primary case as a duplicate", "Closed as merged at grid level");
    }

    private static JsonNode view(ApiClient api, String id, long minVersion, String account) {
        Reply reply = api.get("/api/cases/" + id + "?minVersion=" + minVersion, account);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static String petition(ApiClient api, String subject, String more) {
        Reply created = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'%s','content':'The owners came to the office',
                 'gridCode':'%s','petitioners':[{'name':'刘七'}]%s}""".formatted(subject, GRID, more)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("caseId");
    }

    private static String dispute(ApiClient api, String grid) {
        Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Courtyards not rebuilt',
                 'content':'The owners dispute the rebuild with the developer','gridCode':'%s',
                 'parties':[{'name':'刘七','role':'APPLICANT'},{'name':'富力地产','role':'RESPONDENT'}]}"""
                .formatted(grid)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("caseId");
    }
}
