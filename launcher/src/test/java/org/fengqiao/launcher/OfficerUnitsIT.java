package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fengqiao.launcher.ApiClient.Reply;
import org.fengqiao.platform.security.ApiAccessRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Which commands an officer bound to units may send on a case of its community that is not assigned to one of its
 * units (issue 18, item 5), as the running application answers {@code fuli.officer} (Fuli, unit
 * {@code SH-FL-MEDIATION}): on a case assigned to no unit, only a note or an attachment; every other officer command
 * (risk, meetings, refusal, agreement, reply, closure, hearings, objection, check-ins) is 403 {@code NOT_YOUR_UNIT}
 * and appends nothing; on a case assigned to another unit, nothing at all; once assigned to its unit, everything.
 * Each command is sent with its example body from the OpenAPI document.
 */
@EmbeddedApplicationTest
class OfficerUnitsIT {

    private static final Set<String> ON_UNASSIGNED = Set.of("notes", "attachments");

    @LocalServerPort
    int port;

    @Test
    void an_officer_sends_only_notes_and_attachments_to_a_case_assigned_to_no_unit() {
        ApiClient api = new ApiClient(port);
        JsonNode paths = api.get("/v3/api-docs", "auditor").body().path("paths");
        for (String kind : List.of("disputes", "petitions")) {
            String id = register(api, kind);
            List<String> wrong = new ArrayList<>();
            paths.fields().forEachRemaining(entry -> {
                String route = entry.getKey();
                JsonNode example = entry.getValue().path("post").path("requestBody").path("content")
                        .path("application/json").path("example");
                String path = route.replace("{kind}", kind).replace("{caseId}", id);
                // a dispatch command names the unit it acts for and is checked against that unit (DispatchIT)
                if (!route.contains("{caseId}") || example.isMissingNode() || path.contains("{")
                        || route.contains("/dispatch")
                        || !path.startsWith("/api/" + kind + "/")
                        || !ApiAccessRules.allows(ApiSecurityIT.caller("officer"), "POST", path)) {
                    return;
                }
                String command = path.substring(path.lastIndexOf('/') + 1);
                Reply reply = api.post(path, recent(example).toString(), "fuli.officer");
                boolean allowed = ON_UNASSIGNED.contains(command);
                if (allowed ? reply.status() != 200 : reply.status() != 403
                        || !"NOT_YOUR_UNIT".equals(reply.text("code"))) {
                    wrong.add(path + ": " + reply.status() + " " + reply.body());
                }
            });
            assertThat(wrong).as(kind).isEmpty();
            // two notes and two attachments at most: nothing refused was appended
            assertThat(api.get("/api/cases/" + id + "/history", "auditor").body().path("version").asLong())
                    .isLessThanOrEqualTo(kind.equals("disputes") ? 4 : 5);
        }
    }

    @Test
    void an_officer_acts_on_a_case_of_its_unit_and_not_at_all_on_another_units() {
        ApiClient api = new ApiClient(port);
        String theirs = register(api, "disputes");
        assertThat(api.post("/api/disputes/" + theirs + "/assignment", json("{'unit':'SH-FL-MEDIATION'}"),
                "supervisor").status()).isEqualTo(200);
        assertThat(api.post("/api/disputes/" + theirs + "/risk", json("{'level':'HIGH','reason':'threats','policeInformed':true}"),
                "fuli.officer").status()).isEqualTo(200);
        String others = register(api, "disputes");
        assertThat(api.post("/api/disputes/" + others + "/assignment", json("{'unit':'SH-FL-PROPERTY'}"),
                "supervisor").status()).isEqualTo(200);
        Reply note = api.post("/api/disputes/" + others + "/notes", json("{'text':'x'}"), "fuli.officer");
        assertThat(note.status()).isEqualTo(403);
        assertThat(note.text("code")).isEqualTo("NOT_YOUR_UNIT");
    }

    /** The example with its business times (heldAt, servedAt, ...) now: after the intake, within what an officer may record. */
    private static JsonNode recent(JsonNode example) {
        com.fasterxml.jackson.databind.node.ObjectNode body = example.deepCopy();
        List<String> times = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("At") || name.equals("date")) { // a notice's service date too
                times.add(name);
            }
        });
        times.forEach(name -> body.put(name, java.time.Instant.now().toString()));
        return body;
    }

    private static String register(ApiClient api, String kind) {
        String body = kind.equals("disputes") ? """
                {'source':'APPLICATION','category':'PROPERTY','subject':'Lift','content':'Since Monday',
                 'gridCode':'SH-FL-G03','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""
                : """
                {'channel':'VISIT','category':'PROPERTY','subject':'Courtyards','content':'Owners ask',
                 'gridCode':'SH-FL-G03','petitioners':[{'name':'张三'}]}""";
        Reply created = api.post("/api/" + kind, json(body), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("caseId");
    }
}
