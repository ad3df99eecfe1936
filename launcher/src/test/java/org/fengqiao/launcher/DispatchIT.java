package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatch (issue 15, part 1) on the real application: a dispute dispatched to the urban enforcement bureau with the
 * police station as co-unit; the bureau asks to return it, the dispatcher approves; the case is dispatched again to the
 * housing bureau, which signs and gets the case; the closure waits for the police station's report; then it closes.
 * The history tells the story; the case view shows the unit and level the lead unit's signature gave it.
 */
class DispatchIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Illegal structure on the roof',
             'content':'A neighbour built a shed on the shared roof','gridCode':'SH-FL-G02',
             'parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},{'name':'李四','role':'RESPONDENT'}]}""");

    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void dispatch_return_redispatch_sign_contribution_and_closure() {
        ApiClient api = start(TemporaryDataFolder.newFolder());
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String dispatch = "/api/disputes/" + id + "/dispatch";

        // only a supervisor dispatches; bad input answers problems and appends nothing
        assertThat(api.post(dispatch, json("{'leadUnit':'SHQ-ENFORCE','instructions':'x'}"), "officer").status())
                .isEqualTo(403);
        assertProblem(api.post(dispatch, json("{'leadUnit':'SHQ-NOWHERE','instructions':'x'}"), "supervisor"), 400,
                "LEAD_UNIT_REQUIRED");
        assertProblem(api.post(dispatch + "/sign", json("{'unit':'SHQ-ENFORCE'}"), "officer"), 409, "NOT_DISPATCHED");

        long version = api.post(dispatch, json("""
                {'leadUnit':'SHQ-ENFORCE','coUnits':['SHQ-POLICE-SH'],
                 'instructions':'Have the shed removed; police to keep the peace'}"""), "supervisor").version();
        assertThat(version).isEqualTo(3); // received, handling limit set, dispatched
        assertProblem(api.post(dispatch, json("{'leadUnit':'SHQ-HOUSING','instructions':'x'}"), "supervisor"), 409,
                "ALREADY_DISPATCHED");
        // an officer signs only for a unit they act for
        assertProblem(api.post(dispatch + "/sign", json("{'unit':'SHQ-ENFORCE'}"), "fuli.officer"), 403,
                "NOT_YOUR_UNIT");
        assertProblem(api.post(dispatch + "/return", json("{'unit':'SHQ-ENFORCE','reasonCode':'NOT_OUR_WISH','text':'x'}"),
                "officer"), 400, null);

        // the bureau asks to return it; the dispatcher approves: back to be dispatched
        assertThat(api.post(dispatch + "/return", json("""
                {'unit':'SHQ-ENFORCE','reasonCode':'OWNERSHIP_UNCLEAR','text':'the roof is common property'}"""),
                "officer").version()).isEqualTo(4);
        assertThat(api.post(dispatch + "/return/decision",
                json("{'unit':'SHQ-ENFORCE','decision':'APPROVE','reason':'a housing matter'}"), "supervisor")
                .version()).isEqualTo(5);

        // dispatched again: the housing bureau signs and has the case; the police station signs too
        assertThat(api.post(dispatch, json("""
                {'leadUnit':'SHQ-HOUSING','coUnits':['SHQ-POLICE-SH'],'instructions':'Common property: have it removed'}"""),
                "supervisor").version()).isEqualTo(6);
        assertThat(api.post(dispatch + "/sign", json("{'unit':'SHQ-HOUSING'}"), "officer").version())
                .isEqualTo(8); // signed, assigned
        assertThat(api.post(dispatch + "/sign", json("{'unit':'SHQ-POLICE-SH'}"), "officer").version()).isEqualTo(9);

        // the housing bureau's queue holds the case; the enforcement bureau's does not
        api.get("/api/cases/" + id + "?minVersion=9", "supervisor");
        JsonNode queue = api.get("/api/queues/SHQ-HOUSING", "officer").body();
        assertThat(queue.findValuesAsText("caseId")).containsExactly(id);
        assertThat(api.get("/api/queues/SHQ-ENFORCE", "officer").body().findValuesAsText("caseId")).isEmpty();
        assertThat(api.get("/api/queues/SHQ-HOUSING", "intake").status()).isEqualTo(403);

        // closure waits for the co-unit's report
        assertProblem(api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer"), 409,
                "CONTRIBUTIONS_OUTSTANDING");
        assertThat(api.post(dispatch + "/contribution",
                json("{'unit':'SHQ-POLICE-SH','text':'Kept the peace during the removal'}"), "officer").version())
                .isEqualTo(10);
        Reply closed = api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        long last = closed.version();

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + last, "supervisor").body();
        assertThat(view.path("unit").asText()).isEqualTo("SHQ-HOUSING");
        assertThat(view.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(api.get("/api/queues/SHQ-HOUSING", "officer").body().findValuesAsText("caseId")).isEmpty();

        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("CaseDispatched",
                "DispatchReturnRequested", "DispatchReturnDecided", "CaseDispatched", "DispatchSigned",
                "CaseAssigned", "DispatchSigned", "ContributionReported", "CaseClosed");
        assertThat(items.findValuesAsText("summary")).contains("SHQ-ENFORCE asked to return the case (ownership unclear)",
                "SHQ-ENFORCE's return approved", "SHQ-HOUSING signed for the case", "SHQ-POLICE-SH reported its part");
        assertThat(items.findValuesAsText("summary").toString()).doesNotContain("common property", "Kept the peace");
    }

    private ApiClient start(Path folder) {
        Map<String, String> properties = new HashMap<>(TemporaryDataFolder.properties(folder));
        properties.put("server.port", "0");
        application = new SpringApplicationBuilder(CaseManagementApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new ApiClient(application.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
