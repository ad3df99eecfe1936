package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Meetings with typed participants (issue 16 part 8) on the real application: names alone still record a meeting; a
 * three-party meeting (三方联席) without the community, the property company and the owners' side is 422
 * {@code THREE_PARTIES_REQUIRED}; a joint meeting records its convener, decisions and who acts on each. The case view
 * and the history show sides, units and decisions without a name or a text.
 */
@EmbeddedApplicationTest
class MeetingsIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'PROPERTY','subject':'Courtyard drains blocked',
             'content':'The courtyard floods after rain','gridCode':'SH-FL-G02',
             'parties':[{'name':'赵磊','phone':'13800003333','role':'APPLICANT'},{'name':'富力物业','role':'RESPONDENT'}]}""");

    @LocalServerPort
    int port;

    @Test
    void typed_participants_the_three_parties_and_a_joint_meetings_decisions() {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", DISPUTE, "intake").text("caseId");
        String meetings = "/api/disputes/" + id + "/meetings";
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-FL-MEDIATION'}"), "supervisor")
                .status()).isEqualTo(200);
        String now = Instant.now().toString();

        // names alone, as before
        assertThat(api.post(meetings, json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['赵磊','富力物业'],'minutes':'First talk'}"""
                .formatted(now)), "officer").version()).isEqualTo(4);

        assertProblem(api.post(meetings, json("""
                {'type':'THREE_PARTY_MEETING','heldAt':'%s','participants':['赵磊','富力物业','社区'],'minutes':'m'}"""
                .formatted(now)), "officer"), 422, "THREE_PARTIES_REQUIRED");
        assertProblem(api.post(meetings, json("""
                {'type':'THREE_PARTY_MEETING','heldAt':'%s','minutes':'m','participants':[
                 {'name':'赵磊','side':'PARTY'},{'name':'社区主任','side':'UNIT','unit':'SH-FL-MEDIATION'},
                 {'name':'执法队','side':'UNIT','unit':'SHQ-ENFORCE'}]}""".formatted(now)), "officer"), 422,
                "THREE_PARTIES_REQUIRED");
        assertProblem(api.post(meetings, json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','minutes':'m','participants':[
                 {'name':'赵磊','side':'PARTY'},{'name':'某单位','side':'UNIT','unit':'SH-NOWHERE'}]}"""
                .formatted(now)), "officer"), 400, "UNKNOWN_UNIT");
        assertProblem(api.post(meetings, json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','minutes':'m','participants':[
                 '赵磊',{'name':'富力物业','side':'UNIT','unit':'SH-FL-PROPERTY'}]}""".formatted(now)), "officer"), 400,
                "PARTICIPANT_SIDE_REQUIRED");
        assertProblem(api.post(meetings, json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','minutes':'m','participants':[
                 {'name':'赵磊','side':'NEIGHBOUR'},{'name':'富力物业','side':'UNIT','unit':'SH-FL-PROPERTY'}]}"""
                .formatted(now)), "officer"), 400, "INVALID_VALUE");

        assertThat(api.post(meetings, json("""
                {'type':'THREE_PARTY_MEETING','heldAt':'%s','minutes':'Drains to be cleared',
                 'participants':[{'name':'赵磊','side':'PARTY'},
                                 {'name':'社区主任','side':'UNIT','unit':'SH-FL-MEDIATION'},
                                 {'name':'物业经理','side':'UNIT','unit':'SH-FL-PROPERTY'},
                                 {'name':'网格员小李','side':'GRID_WORKER'}]}""".formatted(now)), "officer").version())
                .isEqualTo(5);

        String joint = json("""
                {'type':'JOINT_MEETING','heldAt':'%s','minutes':'Who clears what','convener':'SH-TASKFORCE',
                 'participants':[{'name':'赵磊','side':'PARTY'},{'name':'专班组长','side':'UNIT','unit':'SH-TASKFORCE'},
                                 {'name':'执法队','side':'UNIT','unit':'SHQ-ENFORCE'},{'name':'律师王','side':'LAWYER'}],
                 'decisions':[{'text':'Clear the drains secret-decision-text','unit':'SHQ-ENFORCE'},
                              {'text':'List the flooded flats','participant':'赵磊'}]}""".formatted(now));
        assertProblem(api.post(meetings, joint.replace("\"participant\":\"赵磊\"", "\"participant\":\"钱七\""),
                "officer"), 400, "DECISION_ACTOR_REQUIRED");
        long version = api.post(meetings, joint, "officer").version();
        assertThat(version).isEqualTo(6);

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + version, "supervisor").body();
        JsonNode held = view.path("meetingsHeld");
        assertThat(held).hasSize(3);
        assertThat(held.get(0).path("sides").isEmpty()).isTrue();
        assertThat(held.get(1).path("type").asText()).isEqualTo("THREE_PARTY_MEETING");
        assertThat(held.get(1).at("/sides/UNIT").asInt()).isEqualTo(2);
        assertThat(held.get(1).at("/sides/PARTY").asInt()).isEqualTo(1);
        assertThat(held.get(1).at("/sides/GRID_WORKER").asInt()).isEqualTo(1);
        assertThat(held.get(1).path("units").toString()).contains("SH-FL-MEDIATION", "SH-FL-PROPERTY");
        assertThat(held.get(2).path("convener").asText()).isEqualTo("SH-TASKFORCE");
        assertThat(held.get(2).path("decisions").asInt()).isEqualTo(2);
        assertThat(held.get(2).path("actingUnits").toString()).contains("SHQ-ENFORCE");
        assertThat(view.toString()).doesNotContain("赵磊", "社区主任", "secret-decision-text");

        JsonNode items = api.get("/api/cases/" + id + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("summary")).contains(
                "Mediation session held with 2 participants",
                "Three party meeting held with 4 participants: 1 party, 2 units (SH-FL-MEDIATION, SH-FL-PROPERTY),"
                        + " 1 grid worker",
                "Joint meeting held with 4 participants: 1 party, 2 units (SH-TASKFORCE, SHQ-ENFORCE), 1 lawyer,"
                        + " convened by SH-TASKFORCE, 2 decisions");

        JsonNode dossier = api.get("/api/cases/" + id + "/dossier", "auditor").body();
        assertThat(dossier.at("/view/meetingsHeld")).hasSize(3);
    }
}
