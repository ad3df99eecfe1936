package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fengqiao.command.jurisdiction.JurisdictionConfiguration;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The status boards over HTTP, on the running application: cases registered over the command API show up on the
 * board of their grid, community and sub-district, and a subscriber to the live stream is sent the change.
 *
 * <p>Other integration tests share this application and its stores, so exact figures are asserted only for grids
 * that no other test uses ({@value #GRID}, {@value #STREAMED_GRID}); above them, the figures must have grown by at
 * least this test's cases.
 */
@EmbeddedApplicationTest
class BoardsIT {

    private static final String GRID = "SH-V2-G07";
    private static final String STREAMED_GRID = "SH-V2-G06";
    private static final String VILLAGE = "SH-V2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofSeconds(20);
    /**
     * How long a pushed change may take to arrive here: a bound for a loaded machine, not the latency target, which
     * the harness measures (bench/, projection lag).
     */
    private static final Duration LIVE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_one_process_application_has_one_jurisdiction_tree_the_command_sides() {
        assertThat(context.getBeanNamesForType(JurisdictionTree.class)).containsExactly("jurisdictionTree");
        String factory = ((ConfigurableApplicationContext) context).getBeanFactory()
                                                                    .getBeanDefinition("jurisdictionTree")
                                                                    .getFactoryBeanName();
        assertThat(context.getType(factory)).isEqualTo(JurisdictionConfiguration.class);
    }

    @Test
    void shows_registered_cases_on_the_boards_of_their_grid_village_and_sub_district() {
        ApiClient api = new ApiClient(port);
        JsonNode saihanBefore = board(api, "SH");

        String petition = created(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'LAND','subject':'Courtyard rebuilt','content':'Owners ask for a plan',
                 'gridCode':'%s','petitioners':[{'name':'赵六'}]}""".formatted(GRID))));
        ok(api.post("/api/petitions/" + petition + "/acceptance", json("{'accepted':true}")));
        ok(api.post("/api/petitions/" + petition + "/assignment", json("{'unit':'SH-V2-MEDIATION'}")));
        ok(api.post("/api/petitions/" + petition + "/meetings", json("""
                {'type':'JOINT_MEETING','heldAt':'%s','participants':['赵六','村委'],'minutes':'Plan agreed'}"""
                .formatted(Instant.now()))));
        ok(api.post("/api/petitions/" + petition + "/agreement", json("""
                {'terms':'Rebuild by 30 July','performBy':'2030-07-30','signatories':['赵六']}""")));
        ok(api.post("/api/petitions/" + petition + "/closure",
                json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}")));

        String dispute = created(api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise','content':'Loud at night',
                 'gridCode':'%s','parties':[{'name':'钱七','role':'APPLICANT'},{'name':'孙八','role':'RESPONDENT'}]}"""
                .formatted(GRID))));
        ok(api.post("/api/disputes/" + dispute + "/assignment", json("{'unit':'SH-TASKFORCE'}")));
        ok(api.post("/api/disputes/" + dispute + "/risk", json("{'level':'HIGH','reason':'Threat of violence','policeInformed':true}")));

        await().atMost(SETTLE).untilAsserted(() -> {
            JsonNode figures = board(api, GRID).path("figures");
            assertThat(figures.path("received").asLong()).isEqualTo(2);
            assertThat(figures.path("closed").asLong()).isEqualTo(1);
            assertThat(figures.at("/open/total").asLong()).isEqualTo(1);
            assertThat(figures.at("/open/byRisk/HIGH").asLong()).isEqualTo(1);
        });
        JsonNode grid = board(api, GRID);
        JsonNode figures = grid.path("figures");
        assertThat(grid.path("level").asText()).isEqualTo("GRID");
        assertThat(grid.path("breakdown")).isEmpty();
        assertThat(figures.at("/open/byStatus/ASSIGNED").asLong()).isEqualTo(1);
        assertThat(figures.at("/open/byKind/DISPUTE").asLong()).isEqualTo(1);
        assertThat(figures.at("/open/byCategory/NEIGHBOUR").asLong()).isEqualTo(1);
        assertThat(figures.at("/meetings/JOINT_MEETING").asLong()).isEqualTo(1);
        assertThat(figures.path("agreements").asLong()).isEqualTo(1);
        assertThat(figures.at("/satisfaction/SATISFIED").asLong()).isEqualTo(1);
        assertThat(figures.at("/closedByOutcome/RESOLVED").asLong()).isEqualTo(1);
        assertThat(figures.path("medianDaysToClose").asDouble()).isEqualTo(0.0);
        assertThat(figures.at("/resolution/resolved").asLong()).isEqualTo(1);
        assertThat(figures.at("/resolution/communityOrBelow/count").asLong()).isEqualTo(1);
        assertThat(figures.at("/resolution/communityOrBelow/share").asDouble()).isEqualTo(1.0);

        JsonNode village = board(api, VILLAGE);
        assertThat(village.path("level").asText()).isEqualTo("VILLAGE");
        assertThat(line(village, GRID).path("figures")).isEqualTo(figures);
        assertThat(village.at("/figures/received").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode saihan = board(api, "SH");
        assertThat(saihan.path("breakdown")).hasSize(8);
        assertThat(saihan.at("/figures/received").asLong())
                .isGreaterThanOrEqualTo(saihanBefore.at("/figures/received").asLong() + 2);
        assertThat(line(saihan, VILLAGE).at("/figures/received").asLong())
                .isGreaterThanOrEqualTo(line(saihanBefore, VILLAGE).at("/figures/received").asLong() + 2);
        assertThat(saihan.at("/figures/open/total").asLong()).isPositive();
    }

    @Test
    void answers_an_unknown_node_with_404_and_a_bad_window_with_400() {
        ApiClient api = new ApiClient(port);

        ApiClient.Reply unknown = api.get("/api/boards/overview?node=SH-NOWHERE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.text("code")).isEqualTo("UNKNOWN_NODE");
        assertThat(unknown.text("type")).isEqualTo("urn:fengqiao:problem:unknown-node");

        ApiClient.Reply malformed = api.get("/api/boards/overview?from=yesterday");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("code")).isEqualTo("INVALID_VALUE");
        assertThat(malformed.text("field")).isEqualTo("from");

        ApiClient.Reply reversed = api.get("/api/boards/overview?from=2026-07-02&to=2026-07-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text("code")).isEqualTo("INVALID_WINDOW");

        ApiClient.Reply tooLong = api.get("/api/boards/overview?from=2025-01-01&to=2026-07-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("code")).isEqualTo("INVALID_WINDOW");

        ApiClient.Reply explicit = api.get("/api/boards/overview?node=sh&from=2026-07-01T00:00:00Z&to=2026-07-08");
        assertThat(explicit.status()).isEqualTo(200);
        assertThat(explicit.text("from")).isEqualTo("2026-06-30T16:00:00Z");
        assertThat(explicit.text("to")).isEqualTo("2026-07-07T16:00:00Z");
    }

    @Test
    void the_stream_of_an_unknown_node_is_a_404_problem() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api/boards/overview/stream?node=SH-NOWHERE"))
                           .header("Accept", "text/event-stream")
                        .header("Authorization", ApiClient.basic("supervisor")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("UNKNOWN_NODE");
    }

    @Test
    void a_stream_subscriber_is_sent_the_board_change_of_a_command() throws Exception {
        ApiClient api = new ApiClient(port);
        List<JsonNode> boards = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api/boards/overview/stream?node=" + STREAMED_GRID))
                           .header("Accept", "text/event-stream")
                        .header("Authorization", ApiClient.basic("supervisor")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> readEvents(response.body(), boards), "board-stream-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(SETTLE).until(() -> !boards.isEmpty());
            // wait for the stream to reflect everything done to the grid so far, so that the next change is ours
            await().atMost(SETTLE).until(() -> received(last(boards)) == received(board(api, STREAMED_GRID)));
            long before = received(last(boards));

            created(api.post("/api/disputes", json("""
                    {'source':'SCREENING','category':'FAMILY','subject':'Inheritance','gridCode':'%s',
                     'parties':[{'name':'周九','role':'APPLICANT'},{'name':'吴十','role':'RESPONDENT'}]}"""
                    .formatted(STREAMED_GRID))));

            // pushed, not polled: the figure arrives on the open stream (how fast is the harness's projection lag,
            // bench/, not a timer here that a loaded machine trips)
            await().atMost(LIVE).until(() -> received(last(boards)) == before + 1);
        } finally {
            response.body().close();
        }
    }

    private static void readEvents(InputStream body, List<JsonNode> boards) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "board".equals(event)) {
                    boards.add(JSON.readTree(line.substring(5)));
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static JsonNode board(ApiClient api, String node) {
        ApiClient.Reply reply = api.get("/api/boards/overview?node=" + node);
        assertThat(reply.status()).as("board of %s: %s", node, reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode line(JsonNode board, String node) {
        for (JsonNode line : board.path("breakdown")) {
            if (node.equals(line.path("node").asText())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + node + " in the breakdown of " + board.path("node"));
    }

    private static JsonNode last(List<JsonNode> boards) {
        return boards.get(boards.size() - 1);
    }

    private static long received(JsonNode board) {
        return board.at("/figures/received").asLong();
    }

    private static String created(ApiClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.text("caseId");
    }

    private static void ok(ApiClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    }
}
