package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shape of a petition beyond one petitioner, through the real application (issue 16): a group petition by five
 * representatives for 42 owners is a group case at HIGH risk on its view, in the case list, on the board and in its
 * history, and its members' names are sealed in the store like the petitioners'; it stays HIGH until a supervisor
 * lowers it; a sixth representative is refused and records nothing. The cases
 * here live in community 6's grids 7 to 9, which no other integration test uses.
 */
@EmbeddedApplicationTest
class PetitionShapeIT {

    private static final String GROUP_GRID = "SH-C6-G08";
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final String FIVE = """
            [{'name':'刘一','phone':'13800000001'},{'name':'陈二','phone':'13800000002'},
             {'name':'张三','phone':'13800000003'},{'name':'李四','phone':'13800000004'},
             {'name':'王五','phone':'13800000005'}]""";

    @LocalServerPort
    int port;

    @Value("${fengqiao.data-dir}")
    String dataDir;

    @Test
    void five_representatives_for_42_owners_are_a_high_risk_group_case_on_view_list_board_and_history() {
        ApiClient api = new ApiClient(port);
        long groupsBefore = groupCasesOnBoard(api);
        String owners = IntStream.rangeClosed(1, 42).mapToObj(n -> "'业主" + n + "'")
                .collect(Collectors.joining(",", "[", "]"));

        Reply created = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished',
                 'content':'42 ground-floor owners: the courtyards the developer promised were demolished',
                 'gridCode':'%s','petitioners':%s,'headcount':42,'members':%s}""".formatted(GROUP_GRID, FIVE, owners)),
                "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.version())
                .as("received, raised to HIGH, escalated, acceptance limit, to the task force, leader due").isEqualTo(6);
        String id = created.text("caseId");

        Reply view = api.get("/api/cases/" + id + "?minVersion=6", "supervisor");
        assertThat(view.status()).as(view.body().toString()).isEqualTo(200);
        assertThat(view.body().path("groupCase").asBoolean()).isTrue();
        assertThat(view.body().path("people").asInt()).isEqualTo(42);
        assertThat(view.text("riskLevel")).isEqualTo("HIGH");
        assertThat(view.text("level")).isEqualTo("SUB_DISTRICT");
        assertThat(view.body().toString()).doesNotContain("业主").doesNotContain("刘一");

        Reply list = api.get("/api/cases?node=" + GROUP_GRID, "supervisor");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").findValues("caseId").stream()
                .filter(node -> node.asText().equals(id)).count()).isEqualTo(1);
        list.body().path("items").forEach(item -> {
            if (item.path("caseId").asText().equals(id)) {
                assertThat(item.path("groupCase").asBoolean()).isTrue();
                assertThat(item.path("people").asInt()).isEqualTo(42);
            }
        });

        await().atMost(SETTLE).until(() -> groupCasesOnBoard(api) == groupsBefore + 1);
        await().atMost(SETTLE).untilAsserted(() -> assertThat(api.get("/api/boards/high-risk?node=" + GROUP_GRID,
                "supervisor").body().path("cases").findValuesAsText("caseId")).contains(id));

        Reply history = api.get("/api/cases/" + id + "/history", "supervisor");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("items").get(0).path("summary").asText())
                .endsWith("5 petitioners, group petition: representatives for 42 people");
        assertThat(history.body().path("items").get(1).path("summary").asText())
                .isEqualTo("Risk level changed from low to high");
        assertThat(history.body().at("/items/0/fields/members").size()).isEqualTo(42);

        // in the store, the members' names are sealed like the petitioners'
        String payload = (String) new StoreFile(dataDir).row(id, 0).get("payload");
        assertThat(payload).doesNotContain("业主", "刘一").contains("\"headcount\":42", "pd1:NAME:" + id + "/1:",
                "pd1:NAME:" + id + "/5:");
    }

    @Test
    void a_sixth_representative_or_a_headcount_below_the_petitioners_is_a_400_that_records_nothing() {
        ApiClient api = new ApiClient(port);
        String grid = "SH-C6-G09";
        long listed = api.get("/api/cases?node=" + grid, "supervisor").body().path("total").asLong();
        String six = FIVE.replace("]", ",{'name':'赵六','phone':'13800000006'}]");
        assertProblem(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished','content':'c',
                 'gridCode':'%s','petitioners':%s,'headcount':42}""".formatted(grid, six)), "intake"), 400,
                "TOO_MANY_REPRESENTATIVES");
        assertProblem(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished','content':'c',
                 'gridCode':'%s','petitioners':%s,'headcount':3}""".formatted(grid, FIVE)), "intake"), 400,
                "HEADCOUNT_INVALID");
        assertProblem(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished','content':'c',
                 'gridCode':'%s','petitioners':%s,'headcount':5,'members':['a','b','c','d','e','f']}"""
                .formatted(grid, FIVE)), "intake"), 400, "MEMBERS_EXCEED_HEADCOUNT");
        assertThat(api.get("/api/cases?node=" + grid, "supervisor").body().path("total").asLong()).isEqualTo(listed);
    }

    @Test
    void a_group_case_stays_high_until_a_supervisor_lowers_it_with_a_reason() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Parking spaces sold twice','content':'c',
                 'gridCode':'SH-C6-G07','petitioners':%s,'headcount':12}""".formatted(FIVE)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/petitions/" + created.text("caseId");
        assertThat(api.post(path + "/dispatch/sign", json("{'unit':'SH-TASKFORCE'}"), "officer").status())
                .isEqualTo(200);
        assertThat(api.post(path + "/acceptance", json("{'accepted':true}"), "supervisor").status()).isEqualTo(200);
        String lower = "{'level':'MEDIUM','reason':'the owners agreed to wait for the developer'}";

        assertProblem(api.post(path + "/risk", json(lower), "officer"), 403, "GROUP_RISK_LOWERED_BY_SUPERVISOR");
        assertProblem(api.post(path + "/risk", json("{'level':'MEDIUM','reason':''}"), "supervisor"), 400,
                "REASON_REQUIRED");
        Reply lowered = api.post(path + "/risk", json(lower), "supervisor");
        assertThat(lowered.status()).as(lowered.body().toString()).isEqualTo(200);
        Reply view = api.get("/api/cases/" + created.text("caseId") + "?minVersion=" + lowered.version(),
                "supervisor");
        assertThat(view.text("riskLevel")).isEqualTo("MEDIUM");
        assertThat(view.body().path("groupCase").asBoolean()).isTrue();
    }

    private static long groupCasesOnBoard(ApiClient api) {
        Reply board = api.get("/api/boards/overview?node=" + GROUP_GRID, "supervisor");
        assertThat(board.status()).as(board.body().toString()).isEqualTo(200);
        return board.body().at("/figures/open/groupCases").asLong();
    }
}
