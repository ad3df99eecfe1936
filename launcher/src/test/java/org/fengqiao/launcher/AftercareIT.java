package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What follows an agreement (issue 16) on the real application: a mediation agreement with two terms, one binding a
 * party, one a unit; performance recorded per term; closure as RESOLVED refused while a term is open, allowed after a
 * supervisor's decision; then a follow-up finds the resident dissatisfied, the supervisor reopens the case for rework,
 * it closes again and stays closed. The history, the case view, the dossier and the board tell it without the texts.
 */
@EmbeddedApplicationTest
class AftercareIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'PROPERTY','subject':'Leaking pipe above 6-2-301',
             'content':'Water leaks through the ceiling','gridCode':'SH-FL-G02',
             'parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},{'name':'富力物业','role':'RESPONDENT'}]}""");

    @LocalServerPort
    int port;

    @Test
    void an_agreements_terms_are_performed_one_by_one_before_the_case_closes_resolved() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String dispute = "/api/disputes/" + id;
        assertThat(api.post(dispute + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor").status())
                .isEqualTo(200);
        assertThat(api.post(dispute + "/meetings", json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['王芳','富力物业','调解员陈'],
                 'minutes':'Inspect the pipe together'}""".formatted(Instant.now())), "officer").status())
                .isEqualTo(200);
        LocalDate repairBy = LocalDate.now().plusDays(10);
        LocalDate inspectBy = LocalDate.now().plusDays(20);
        String agreement = json("""
                {'terms':'The property company repairs the pipe; the bureau inspects it','mediator':'调解员陈',
                 'signatories':['王芳','富力物业','调解员陈'],'sealedBy':['富力物业'],
                 'facts':'The shared pipe above 6-2-301 leaks since May',
                 'disputedMatters':'Who repairs the pipe and pays for the ceiling',
                 'responsibilities':[{'party':'富力物业','responsibility':'maintains the shared pipes'}],
                 'obligations':[{'text':'Repair the shared pipe secretly-named-term','obligor':'富力物业','dueBy':'%s'},
                                {'text':'Inspect the repair','unit':'SHQ-ENFORCE','dueBy':'%s'}]}"""
                .formatted(repairBy, inspectBy));

        // bad terms are problems and append nothing
        assertProblem(api.post(dispute + "/agreement", agreement.replace("\"obligor\":\"富力物业\"",
                "\"obligor\":\"王五\""), "officer"), 400, "TERM_OBLIGOR_NOT_A_PARTY");
        assertProblem(api.post(dispute + "/agreement", agreement.replace("\"sealedBy\":[\"富力物业\"]",
                "\"sealedBy\":[\"开发商\"]"), "officer"), 400, "SEALED_BY_NOT_SIGNATORY");
        assertProblem(api.post(dispute + "/performance", json("{'term':1,'status':'PERFORMED'}"), "officer"), 409,
                "NO_AGREEMENT_TERMS");

        long agreed = api.post(dispute + "/agreement", agreement, "officer").version();
        // received, handling limit, assigned, session, agreed, handling limit met, judicial confirmation window
        assertThat(agreed).isEqualTo(7);

        assertProblem(api.post(dispute + "/performance", json("{'term':3,'status':'PERFORMED'}"), "officer"), 400,
                "UNKNOWN_TERM");
        assertProblem(api.post(dispute + "/performance", json("{'term':1,'status':'DONE'}"), "officer"), 400, null);
        assertThat(api.post(dispute + "/performance",
                json("{'term':1,'status':'PERFORMED','note':'Pipe replaced, checked on site'}"), "officer").version())
                .isEqualTo(8);
        assertProblem(api.post(dispute + "/closure", json("{'outcome':'RESOLVED'}"), "officer"), 409,
                "TERMS_NOT_PERFORMED");
        assertThat(api.post(dispute + "/performance", json("{'term':2,'status':'PARTLY'}"), "officer").version())
                .isEqualTo(9);
        assertProblem(api.post(dispute + "/closure", json("{'outcome':'RESOLVED'}"), "officer"), 409,
                "TERMS_NOT_PERFORMED");

        // the supervisor's decision, with its reason, lets the case close as resolved
        assertThat(api.post(dispute + "/performance/waiver", json("{'reason':'inspection after the rains'}"),
                "officer").status()).isEqualTo(403);
        assertProblem(api.post(dispute + "/performance/waiver", json("{'reason':' '}"), "supervisor"), 400,
                "REASON_REQUIRED");
        assertThat(api.post(dispute + "/performance/waiver", json("{'reason':'inspection after the rains'}"),
                "supervisor").version()).isEqualTo(10);
        assertProblem(api.post(dispute + "/follow-ups", json("{'contacted':'王芳','method':'PHONE','satisfaction':'SATISFIED'}"),
                "officer"), 409, "FOLLOW_UP_NOT_DUE");
        long closed = api.post(dispute + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer").version();
        assertThat(closed).isEqualTo(11);

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + closed, "supervisor").body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        JsonNode terms = view.at("/aftercare/terms");
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0).path("performance").asText()).isEqualTo("PERFORMED");
        assertThat(terms.get(0).path("open").asBoolean()).isFalse();
        assertThat(terms.get(0).path("dueBy").asText()).isEqualTo(repairBy.toString());
        assertThat(terms.get(1).path("unit").asText()).isEqualTo("SHQ-ENFORCE");
        assertThat(terms.get(1).path("performance").asText()).isEqualTo("PARTLY");
        assertThat(terms.get(1).path("open").asBoolean()).isTrue();
        assertThat(view.at("/aftercare/performanceWaived").asBoolean()).isTrue();
        assertThat(view.toString()).doesNotContain("secretly-named-term", "富力物业");

        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("MediationAgreementReached",
                "TermPerformanceRecorded", "TermPerformanceRecorded", "PerformanceWaived", "CaseClosed");
        assertThat(items.findValuesAsText("summary")).contains(
                "Mediation agreement reached, to be performed by " + inspectBy + ", 2 terms", "Term 1 performed",
                "Term 2 partly", "Closure as resolved allowed with 1 term open");
        assertThat(items.findValuesAsText("summary").toString()).doesNotContain("secretly-named-term",
                "Pipe replaced", "after the rains");

        JsonNode dossier = api.get("/api/cases/" + id + "/dossier", "auditor").body();
        assertThat(dossier.path("events").findValuesAsText("eventType")).contains("TermPerformanceRecorded",
                "PerformanceWaived");
        assertThat(dossier.at("/view/aftercare/terms")).hasSize(2);

        // part 2: the follow-up finds the resident dissatisfied; the supervisor reopens the case once for rework
        assertProblem(api.post(dispute + "/rework", json("{'reason':'the resident called'}"), "supervisor"), 409,
                "REWORK_NOT_WARRANTED");
        assertProblem(api.post(dispute + "/follow-ups", json("{'contacted':'王芳','method':'PHONE'}"), "officer"), 400,
                "SATISFACTION_REQUIRED");
        assertThat(api.post(dispute + "/follow-ups", json("""
                {'contacted':'王芳','method':'PHONE','satisfaction':'DISSATISFIED','performed':false,
                 'note':'The pipe leaks again secretly-noted'}"""), "officer").version())
                .isEqualTo(13); // after the closure (11) and the dossier's export (12)
        assertThat(api.post(dispute + "/rework", json("{'reason':'the leak is back'}"), "officer").status())
                .isEqualTo(403);
        long reopened = api.post(dispute + "/rework", json("{'reason':'the leak is back'}"), "supervisor").version();
        assertThat(reopened).isEqualTo(15); // reopened, a new handling limit
        JsonNode reworked = api.get("/api/cases/" + id + "?minVersion=" + reopened, "supervisor").body();
        assertThat(reworked.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reworked.at("/deadlines/HANDLING").isMissingNode()).isFalse();
        assertThat(reworked.at("/aftercare/reworked").asBoolean()).isTrue();
        assertThat(reworked.at("/aftercare/followUps").asInt()).isEqualTo(1);
        assertThat(reworked.at("/aftercare/followUpSatisfaction").asText()).isEqualTo("DISSATISFIED");
        assertThat(reworked.path("outcome").isNull()).isTrue();

        // closed again; a second rework is not possible, whatever the follow-up finds
        long closedAgain = api.post(dispute + "/closure", json("{'outcome':'RESOLVED'}"), "officer").version();
        assertThat(closedAgain).isEqualTo(17); // handling limit met, closed
        assertThat(api.post(dispute + "/follow-ups", json("""
                {'contacted':'王芳','method':'IN_PERSON','satisfaction':'DISSATISFIED','performed':true}"""),
                "supervisor").version()).isEqualTo(18);
        assertProblem(api.post(dispute + "/rework", json("{'reason':'again'}"), "supervisor"), 409,
                "REWORK_ALREADY_USED");
        assertProblem(api.post(dispute + "/notes", json("{'text':'after closure'}"), "officer"), 409, "CASE_CLOSED");

        JsonNode after = api.get("/api/cases/" + id + "?minVersion=17", "supervisor").body();
        assertThat(after.path("status").asText()).isEqualTo("CLOSED");
        assertThat(after.at("/aftercare/followUps").asInt()).isEqualTo(1);
        assertThat(after.at("/aftercare/reworked").asBoolean()).isTrue();
        JsonNode history = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(history.findValuesAsText("eventType")).containsSubsequence("CaseClosed", "FollowUpRecorded",
                "CaseReopenedForRework", "DeadlineSet", "DeadlineMet", "CaseClosed", "FollowUpRecorded");
        assertThat(history.findValuesAsText("summary")).contains(
                "Follow-up by phone, resident dissatisfied, matter found unresolved; rework may be decided",
                "Reopened for rework at sub-district level");
        assertThat(history.findValuesAsText("summary").toString()).doesNotContain("secretly-noted", "王芳");
        JsonNode file = api.get("/api/cases/" + id + "/dossier", "auditor").body();
        assertThat(file.path("events").findValuesAsText("eventType")).contains("FollowUpRecorded",
                "CaseReopenedForRework");

        // the boards count the follow-ups, the satisfaction they found and the rework
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode followUp = api.get("/api/boards/overview?node=SH-FL-G02", "supervisor").body()
                    .at("/figures/followUp");
            assertThat(followUp.path("due").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(followUp.path("followedUp").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(followUp.path("followUps").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(followUp.at("/satisfaction/DISSATISFIED").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(followUp.path("reworked").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(followUp.path("rate").isNumber()).isTrue();
        });
    }
}
