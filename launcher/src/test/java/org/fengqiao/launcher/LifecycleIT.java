package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Takes a petition and a dispute through their lifecycle over HTTP on the real application (embedded default,
 * random port, temporary data folder), checks the error answers and that a rejected command leaves the version
 * alone, then stops the application, starts it again on the same folder and finishes both cases. A snapshot
 * threshold of 3 makes the restarted application load both cases from snapshots plus later events.
 */
class LifecycleIT {

    private static final String PETITION = json("""
            {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished as illegal',
             'content':'42 ground-floor owners of Fuli City phase 6 ask for their courtyards to be rebuilt',
             'gridCode':'SH-FL-G05','petitioners':[{'name':'赵六','phone':'13900001111'}]}""");
    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Water leaking from the flat above',
             'content':'Leak since May','gridCode':'SH-GY-G02',
             'parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},{'name':'李四','role':'RESPONDENT'}]}""");

    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void cases_go_through_their_lifecycle_and_survive_a_restart() throws SQLException {
        Path folder = TemporaryDataFolder.newFolder();
        ApiClient api = start(folder);

        Reply petition = api.post("/api/petitions", PETITION, "intake");
        assertThat(petition.status()).isEqualTo(201);
        assertThat(petition.text("caseNumber")).matches("SH-\\d{4}-\\d{6}");
        assertThat(petition.version()).isEqualTo(2); // received, acceptance limit set
        String petitionId = petition.text("caseId");
        assertThat(petition.raw().headers().firstValue("Location")).contains("/api/cases/" + petitionId);

        Reply dispute = api.post("/api/disputes", DISPUTE, "intake");
        assertThat(dispute.status()).isEqualTo(201);
        String disputeId = dispute.text("caseId");
        assertThat(dispute.text("caseNumber")).isNotEqualTo(petition.text("caseNumber"));

        // a petition must be accepted before it is assigned: 409, and nothing appended
        Reply early = api.post("/api/petitions/" + petitionId + "/assignment", json("{'unit':'SH-TASKFORCE'}"));
        assertProblem(early, 409, "ACCEPTANCE_PENDING");
        assertThat(api.post("/api/petitions/" + petitionId + "/acceptance", json("{'accepted':true}"), "supervisor")
                .version()).isEqualTo(4); // accepted, handling limit set
        assertThat(api.post("/api/petitions/" + petitionId + "/notices", json("{'type':'ACCEPTANCE','method':'IN_PERSON','date':'%s','to':'赵六'}"
                .formatted(Instant.now())), "intake").version()).isEqualTo(6); // served, acceptance limit met
        assertThat(api.post("/api/petitions/" + petitionId + "/assignment",
                json("{'unit':'SH-TASKFORCE','officer':'officer.wang'}"), "supervisor").version()).isEqualTo(7);
        Reply meeting = api.post("/api/petitions/" + petitionId + "/meetings", json("""
                {'type':'JOINT_MEETING','heldAt':'%s',
                 'participants':['district petition bureau','law-enforcement bureau','developer'],
                 'minutes':'Rebuild the courtyards to standard by 30 July'}""".formatted(Instant.now())), "officer.wang");
        assertThat(meeting.status()).isEqualTo(200);
        assertThat(meeting.version()).isEqualTo(8);

        // the dispute: assignment, a mediation session
        assertThat(api.post("/api/disputes/" + disputeId + "/assignment", json("{'unit':'SH-GY-MEDIATION'}"))
                .version()).isEqualTo(3);
        assertThat(api.post("/api/disputes/" + disputeId + "/meetings", json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s',
                 'participants':['王芳','李四','调解员陈'],'minutes':'Inspect the pipe together'}""".formatted(
                Instant.now()))).version())
                .isEqualTo(4);

        // error answers, each leaving the version where it was
        assertThat(api.post("/api/disputes", "{not json", "intake").status()).isEqualTo(400);
        assertProblem(api.post("/api/disputes", DISPUTE.replace("APPLICATION", "RUMOUR"), "intake"), 400, null);
        assertProblem(api.post("/api/disputes", DISPUTE.replace("SH-GY-G02", "SH-GY-G99"), "intake"), 400,
                "UNKNOWN_GRID");
        assertProblem(api.post("/api/disputes/" + disputeId + "/agreement", json("""
                {'terms':'Repair and pay 800 yuan','performBy':'2026-07-31','mediator':'调解员陈',
                 'signatories':['王芳','调解员陈']}""")), 400, "SIGNATURES_INCOMPLETE");
        assertProblem(api.post("/api/disputes/" + disputeId + "/closure", json("{'outcome':'RESOLVED'}")), 409,
                "AGREEMENT_REQUIRED");
        assertProblem(api.post("/api/disputes/" + disputeId + "/escalation",
                json("{'toLevel':'GRID','reason':'wrong way'}")), 409, "ESCALATION_NOT_UPWARD");
        assertProblem(api.post("/api/disputes/00000000-0000-4000-8000-000000000000/notes", json("{'text':'x'}")),
                404, null);
        assertProblem(api.post("/api/petitions/" + disputeId + "/notes", json("{'text':'x'}")), 404, null);
        assertThat(api.post("/api/disputes/" + disputeId + "/notes", json("{'text':'after the errors'}")).version())
                .as("no rejected command appended an event").isEqualTo(5);

        // restart on the same folder
        application.close();
        api = start(folder);

        assertThat(api.post("/api/petitions/" + petitionId + "/agreement",
                json("{'terms':'Rebuild the courtyards to standard','performBy':'2026-07-30'}"), "officer.wang")
                .version()).isEqualTo(10); // agreed, handling limit met
        Reply closed = api.post("/api/petitions/" + petitionId + "/closure",
                json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"), "officer.wang");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.version()).isEqualTo(11);
        assertProblem(api.post("/api/petitions/" + petitionId + "/closure", json("{'outcome':'RESOLVED'}")), 409,
                "CASE_CLOSED");

        assertThat(api.post("/api/disputes/" + disputeId + "/agreement", json("""
                {'terms':'Repair and pay 800 yuan','performBy':'2026-07-31','mediator':'调解员陈',
                 'signatories':['王芳','李四','调解员陈']}""")).version()).isEqualTo(8); // and its confirmation window
        assertThat(api.post("/api/disputes/" + disputeId + "/closure", json("{'outcome':'RESOLVED'}")).version())
                .isEqualTo(9);

        // numbers are never reused after a restart
        Reply third = api.post("/api/petitions", PETITION, "intake");
        assertThat(third.text("caseNumber")).isNotIn(petition.text("caseNumber"), dispute.text("caseNumber"));

        application.close();
        application = null;
        assertThat(snapshotsIn(folder)).as("cases past the threshold were snapshotted").contains(petitionId, disputeId);
    }

    private static List<String> snapshotsIn(Path folder) throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("events.db"));
                ResultSet rows = sqlite.createStatement().executeQuery(
                        "SELECT aggregateIdentifier FROM SnapshotEventEntry")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private ApiClient start(Path folder) {
        Map<String, String> properties = new HashMap<>(TemporaryDataFolder.properties(folder));
        properties.put("server.port", "0");
        properties.put("fengqiao.snapshot.threshold", "3");
        // as arguments: they must outrank application.yml, which default properties would not
        application = new SpringApplicationBuilder(CaseManagementApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new ApiClient(application.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        if (code != null) {
            assertThat(reply.text("code")).isEqualTo(code);
        }
    }
}
