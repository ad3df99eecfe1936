package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import java.util.List;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident's name and phone number appear in no log line while a dispute goes through its whole lifecycle,
 * rejections and a failed request included, with the web, security, Axon and application loggers at DEBUG.
 */
@EmbeddedApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogIT {

    private static final String NAME = "欧阳晓雯";
    private static final String PHONE = "13987654321";
    private static final String RESPONDENT = "慕容建国";
    private static final List<String> LOGGERS = List.of("org.fengqiao", "org.springframework.web",
            "org.springframework.security", "org.axonframework.commandhandling", "org.axonframework.eventsourcing",
            "org.axonframework.modelling");

    @LocalServerPort
    int port;

    @Test
    void a_full_lifecycle_logs_no_personal_data(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        try {
            ApiClient api = new ApiClient(port);
            String parties = "[{'name':'%s','phone':'%s','role':'APPLICANT'},{'name':'%s','role':'RESPONDENT'}]"
                    .formatted(NAME, PHONE, RESPONDENT);
            // rejected first: the body with the personal data is refused, and not echoed
            Reply rejected = api.post("/api/disputes", json("{'source':'APPLICATION','category':'NEIGHBOUR',"
                    + "'subject':'Dog barking','content':'" + NAME + " complains','gridCode':'SH-NOWHERE',"
                    + "'parties':" + parties + "}"), "intake");
            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.raw().body()).doesNotContain(NAME, PHONE);
            Reply created = api.post("/api/disputes", json("{'source':'APPLICATION','category':'NEIGHBOUR',"
                    + "'subject':'Dog barking','content':'" + NAME + " (" + PHONE + ") complains about the dog',"
                    + "'gridCode':'SH-FL-G05','parties':" + parties + "}"), "intake");
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String id = created.text("caseId");
            String path = "/api/disputes/" + id;
            assertThat(api.post(path + "/assignment", json("{'unit':'SH-FL-MEDIATION','officer':'li.mediator'}"),
                    "supervisor").status()).isEqualTo(200);
            assertThat(api.post(path + "/meetings", json("{'type':'MEDIATION_SESSION','heldAt':'2026-07-02T02:00:00Z',"
                    + "'participants':['" + NAME + "','" + RESPONDENT + "','李调解'],'minutes':'" + NAME
                    + " and " + RESPONDENT + " met; call " + PHONE + "'}"), "officer").status()).isEqualTo(200);
            assertThat(api.post(path + "/agreement", json("{'terms':'Dog stays inside at night','performBy':"
                    + "'2026-07-31','mediator':'李调解','signatories':['" + NAME + "','" + RESPONDENT + "','李调解']}"),
                    "officer").status()).isEqualTo(200);
            assertThat(api.post(path + "/refusal", json("{'party':'" + NAME + "','reason':'" + PHONE + "'}"),
                    "officer").status()).isEqualTo(409);
            assertThat(api.post(path + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                    "officer").status()).isEqualTo(200);
            assertThat(api.get("/api/cases/" + id + "?minVersion=5", "auditor").status()).isEqualTo(200);
            assertThat(api.get("/api/cases/" + id + "/history", "auditor").status()).isEqualTo(200);
        } finally {
            LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
        }
        assertThat(output.getAll()).contains("DEBUG").doesNotContain(NAME, PHONE, RESPONDENT);
    }
}
