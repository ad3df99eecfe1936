package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Judicial confirmation of a mediation agreement (人民调解法 Art. 33, issue 16 part 3) on the real application: the
 * agreement opens the parties' 30-day window; the judge workstation's officer records the parties' application and
 * the court's decision, also after the case closed, where an officer of a third unit may not; a rejection tells the
 * parties their route and lets the dispute reach a new agreement with a window of its own. History, case view and
 * dossier tell it.
 */
@EmbeddedApplicationTest
class JudicialConfirmationIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise from the flat above',
             'content':'Loud music every night','gridCode':'SH-FL-G01',
             'parties':[{'name':'刘洋','phone':'13800002222','role':'APPLICANT'},{'name':'陈静','role':'RESPONDENT'}]}""");
    private static final String COURT = "赛罕区人民法院";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    private ApiClient api;

    /** A dispute of the task force with a mediation agreement: version 7, the window open. */
    private String agreedDispute() {
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String dispute = "/api/disputes/" + id;
        assertThat(api.post(dispute + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor").status())
                .isEqualTo(200);
        assertThat(api.post(dispute + "/meetings", json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['刘洋','陈静','调解员何'],
                 'minutes':'Quiet hours agreed'}""".formatted(Instant.now())), "officer").status()).isEqualTo(200);
        // received, handling limit, assigned, session, agreed, handling limit met, the parties' window
        assertThat(api.post(dispute + "/agreement", agreement(), "officer").version()).isEqualTo(7);
        return id;
    }

    private static String agreement() {
        return json("""
                {'terms':'No music after 22:00','performBy':'%s','mediator':'调解员何',
                 'signatories':['刘洋','陈静','调解员何']}""".formatted(LocalDate.now(SHANGHAI).plusDays(5)));
    }

    /** A POST as {@code judge.officer}, an officer of the judge workstation ({@code SH-JUDGE}) only. */
    private ApiClient.Reply asJudge(String path, String body) {
        return api.send(path, request -> request.POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", ApiClient.basic("judge.officer")));
    }

    private static String application(Instant at, String court) {
        return json("{'court':'%s','appliedAt':'%s'}".formatted(court, at));
    }

    @Test
    void the_judge_workstation_records_the_application_and_the_courts_confirmation_also_after_closure() {
        api = new ApiClient(port);
        Instant agreedAt = Instant.now();
        String id = agreedDispute();
        String dispute = "/api/disputes/" + id;

        JsonNode open = api.get("/api/cases/" + id + "?minVersion=7", "supervisor").body();
        Instant windowEndsAt = Instant.parse(open.at("/judicialConfirmation/windowEndsAt").asText());
        assertThat(Instant.parse(open.at("/deadlines/JUDICIAL_CONFIRMATION").asText())).isEqualTo(windowEndsAt);
        // 24:00 of the 30th day after the agreement's day at the earliest (later when that day is a holiday)
        assertThat(windowEndsAt).isAfterOrEqualTo(LocalDate.ofInstant(agreedAt, SHANGHAI).plusDays(31)
                .atStartOfDay(SHANGHAI).toInstant());
        assertThat(open.at("/judicialConfirmation/court").isNull()).isTrue();

        assertProblem(asJudge(dispute + "/judicial-confirmation/decision",
                json("{'decision':'CONFIRMED','courtReference':'(2026)内0105民特7号','decidedAt':'%s'}"
                        .formatted(Instant.now()))), 409, "CONFIRMATION_NOT_APPLIED");
        assertProblem(asJudge(dispute + "/judicial-confirmation", application(Instant.now(), " ")), 400,
                "COURT_REQUIRED");
        assertProblem(asJudge(dispute + "/judicial-confirmation",
                application(Instant.now().plus(Duration.ofHours(1)), COURT)), 400, "APPLIED_AT_REQUIRED");
        assertProblem(api.post(dispute + "/judicial-confirmation", application(Instant.now(), COURT),
                "fuli.officer"), 403, "NOT_YOUR_UNIT");
        assertThat(api.post(dispute + "/judicial-confirmation", application(Instant.now(), COURT), "intake")
                .status()).isEqualTo(403);
        assertProblem(asJudge("/api/disputes/" + UUID.randomUUID() + "/judicial-confirmation",
                application(Instant.now(), COURT)), 404, null);

        // applied and the window's limit met
        assertThat(asJudge(dispute + "/judicial-confirmation", application(Instant.now(), COURT)).version())
                .isEqualTo(9);
        assertProblem(asJudge(dispute + "/judicial-confirmation", application(Instant.now(), COURT)), 409,
                "CONFIRMATION_ALREADY_APPLIED");
        assertThat(api.post(dispute + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer").version()).isEqualTo(10);
        long confirmed = asJudge(dispute + "/judicial-confirmation/decision", json(
                "{'decision':'CONFIRMED','courtReference':'(2026)内0105民特7号','decidedAt':'%s'}"
                        .formatted(Instant.now()))).version();
        assertThat(confirmed).isEqualTo(11);

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + confirmed, "supervisor").body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("overdue").asBoolean()).isFalse();
        assertThat(view.path("deadlines").has("JUDICIAL_CONFIRMATION")).isFalse();
        assertThat(view.at("/judicialConfirmation/court").asText()).isEqualTo(COURT);
        assertThat(view.at("/judicialConfirmation/decision").asText()).isEqualTo("CONFIRMED");
        assertThat(view.at("/judicialConfirmation/courtReference").asText()).isEqualTo("(2026)内0105民特7号");
        assertThat(view.at("/judicialConfirmation/route").isNull()).isTrue();

        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("MediationAgreementReached",
                "DeadlineSet", "JudicialConfirmationApplied", "DeadlineMet", "CaseClosed",
                "JudicialConfirmationDecided");
        assertThat(items.findValuesAsText("summary")).contains(
                "Judicial confirmation limit set, due " + windowEndsAt,
                "The parties applied to " + COURT + " for judicial confirmation of the agreement (window closes "
                        + windowEndsAt + ")",
                "Agreement judicially confirmed, court reference (2026)内0105民特7号");

        JsonNode dossier = api.get("/api/cases/" + id + "/dossier", "auditor").body();
        assertThat(dossier.path("events").findValuesAsText("eventType")).contains("JudicialConfirmationApplied",
                "JudicialConfirmationDecided");
        assertThat(dossier.at("/view/judicialConfirmation/decision").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_rejection_tells_the_route_and_the_parties_may_reach_a_new_agreement() {
        api = new ApiClient(port);
        String id = agreedDispute();
        String dispute = "/api/disputes/" + id;
        assertThat(api.post(dispute + "/judicial-confirmation", application(Instant.now(), COURT), "officer")
                .version()).isEqualTo(9);
        assertProblem(api.post(dispute + "/judicial-confirmation/decision",
                json("{'decision':'DISMISSED','courtReference':'x','decidedAt':'%s'}".formatted(Instant.now())),
                "supervisor"), 400, null);
        assertProblem(api.post(dispute + "/judicial-confirmation/decision",
                json("{'decision':'REJECTED','decidedAt':'%s'}".formatted(Instant.now())), "supervisor"), 400,
                "COURT_REFERENCE_REQUIRED");
        assertThat(api.post(dispute + "/judicial-confirmation/decision",
                json("{'decision':'REJECTED','courtReference':'(2026)内0105民特8号','decidedAt':'%s'}"
                        .formatted(Instant.now())), "supervisor").version()).isEqualTo(10);

        JsonNode rejected = api.get("/api/cases/" + id + "?minVersion=10", "supervisor").body();
        assertThat(rejected.at("/judicialConfirmation/decision").asText()).isEqualTo("REJECTED");
        assertThat(rejected.at("/judicialConfirmation/route").asText()).contains("人民调解法 Art. 33",
                "sue in court");

        // the rejected agreement does not resolve the case; a new one does, with a window of its own
        assertProblem(api.post(dispute + "/closure", json("{'outcome':'RESOLVED'}"), "officer"), 409,
                "AGREEMENT_REQUIRED");
        long agreedAgain = api.post(dispute + "/agreement", agreement(), "officer").version();
        assertThat(agreedAgain).isEqualTo(12); // the agreement and its window
        JsonNode again = api.get("/api/cases/" + id + "?minVersion=12", "supervisor").body();
        assertThat(again.at("/judicialConfirmation/decision").isNull()).isTrue();
        assertThat(again.path("deadlines").has("JUDICIAL_CONFIRMATION")).isTrue();

        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("summary").stream().filter(s -> s.startsWith(
                "Judicial confirmation rejected, court reference (2026)内0105民特8号; route: "))).hasSize(1);
    }
}
