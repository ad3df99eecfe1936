package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Time limits and high risk through the real application: a high-risk intake reaches the board's live stream within
 * a second and sits at the sub-district with a shortened limit; the endpoints of extension, hearing, objection,
 * review, leader and check-ins answer as the rules say. Firing after a restart is {@link DeadlineRestartIT}.
 */
@EmbeddedApplicationTest
class TimeLimitsIT {

    /** A grid no other integration test uses, so its figures are this test's alone. */
    private static final String GRID = "SH-C5-G03";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofSeconds(20);
    /**
     * How long a pushed change may take to arrive here: a bound for a loaded machine, not the latency target, which
     * the harness measures (bench/, projection lag).
     */
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Test
    void a_high_risk_intake_reaches_the_live_boards() throws Exception {
        ApiClient api = new ApiClient(port);
        List<JsonNode> boards = new CopyOnWriteArrayList<>();
        List<JsonNode> lists = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> response = subscribe("/api/boards/overview/stream?node=" + GRID, "board", boards);
        HttpResponse<InputStream> listResponse = subscribe("/api/boards/high-risk/stream?node=" + GRID, "high-risk",
                lists);
        try {
            await().atMost(SETTLE).until(() -> !lists.isEmpty());
            await().atMost(SETTLE).until(() -> !boards.isEmpty());
            // a first change seen on the stream shows that the processors and the subscription are live
            long received = last(boards).at("/figures/received").asLong();
            created(api.post("/api/disputes", json("""
                    {'source':'SCREENING','category':'FAMILY','subject':'Inheritance','gridCode':'%s',
                     'parties':[{'name':'周九','role':'APPLICANT'},{'name':'吴十','role':'RESPONDENT'}]}"""
                    .formatted(GRID))));
            await().atMost(SETTLE).until(() -> last(boards).at("/figures/received").asLong() > received);
            await().atMost(SETTLE).until(() -> highRisk(last(boards)) == highRisk(board(api, GRID)));
            long before = highRisk(last(boards));

            Reply created = api.post("/api/petitions", json("""
                    {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished',
                     'content':'One owner threatened to jump from the building','gridCode':'%s',
                     'petitioners':[{'name':'钱七'}],'riskLevel':'HIGH',
                     'riskReason':'a threat of self-harm','policeInformed':true}""".formatted(GRID)), "intake");
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            await().atMost(LIVE).pollInterval(Duration.ofMillis(20)).until(() -> highRisk(last(boards)) == before + 1);
            // the list comes from the case views, which may follow the board by a moment
            await().atMost(LIVE).until(
                    () -> last(lists).path("cases").toString().contains(created.text("caseId")));
            assertThat(last(lists).path("cases").toString()).doesNotContain("钱七");

            JsonNode view = api.get("/api/cases/" + created.text("caseId") + "?minVersion=" + created.version())
                    .body();
            assertThat(view.path("riskLevel").asText()).isEqualTo("HIGH");
            assertThat(view.path("policeInformed").asBoolean()).isTrue();
            // (after the timed part) a high-risk intake says whether the police were informed, as a later change does
            assertProblem(api.post("/api/petitions", json("""
                    {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyards demolished',
                     'content':'One owner threatened to jump from the building','gridCode':'%s',
                     'petitioners':[{'name':'钱七'}],'riskLevel':'HIGH',
                     'riskReason':'a threat of self-harm'}""".formatted(GRID)), "intake"), 400,
                    "POLICE_INFORMED_REQUIRED");
            assertThat(view.path("level").asText()).isEqualTo("SUB_DISTRICT");
            // half of the 15 days, from tomorrow: 24:00 (Shanghai) of the 7th day, later only if that is a holiday
            // or rest day (the longest run of those, Spring Festival, is 9 days)
            ZonedDateTime due = Instant.parse(view.at("/deadlines/ACCEPTANCE").asText()).atZone(SHANGHAI);
            assertThat(due.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
            LocalDate today = LocalDate.now(SHANGHAI);
            assertThat(due.toLocalDate().minusDays(1)).isBetween(today.plusDays(7), today.plusDays(7 + 9));
        } finally {
            response.body().close();
            listResponse.body().close();
        }
    }

    @Test
    void the_leader_who_owns_a_high_risk_case_checks_in_and_the_police_question_is_answered() {
        ApiClient api = new ApiClient(port);
        String id = created(api.post("/api/disputes", json("""
                {'source':'SCREENING','category':'NEIGHBOUR','subject':'Threats over a parking space','gridCode':'%s',
                 'parties':[{'name':'孙一','role':'APPLICANT'},{'name':'周二','role':'RESPONDENT'}]}"""
                .formatted(GRID))));
        assertProblem(api.post("/api/disputes/" + id + "/risk", json("{'level':'CRITICAL','reason':'a knife'}")),
                400, "POLICE_INFORMED_REQUIRED");
        assertProblem(api.post("/api/disputes/" + id + "/risk-leader", json("{'leader':'leader.zhang'}")), 409,
                "NOT_HIGH_RISK");
        assertThat(api.post("/api/disputes/" + id + "/risk",
                json("{'level':'CRITICAL','reason':'a knife','policeInformed':true}")).status()).isEqualTo(200);
        // handled by the task force, which the demo officer acts for (an officer bound to units closes only theirs)
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-TASKFORCE'}")).status())
                .isEqualTo(200);
        assertProblem(api.post("/api/disputes/" + id + "/closure",
                json("{'outcome':'WITHDRAWN'}")), 409, "LEADER_NOT_ASSIGNED");
        assertThat(api.post("/api/disputes/" + id + "/risk-leader", json("{'leader':'leader.zhang'}")).status())
                .isEqualTo(200);
        Reply checkIn = api.post("/api/disputes/" + id + "/check-ins", json("{'note':'visited both; calm'}"));
        assertThat(checkIn.status()).isEqualTo(200);

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + checkIn.version()).body();
        assertThat(view.path("riskLevel").asText()).isEqualTo("CRITICAL");
        assertThat(view.path("level").asText()).isEqualTo("SUB_DISTRICT");
        assertThat(view.path("riskLeader").asText()).isEqualTo("leader.zhang");
        assertThat(view.path("policeInformed").asBoolean()).isTrue();
        assertThat(view.path("deadlines").has("CHECK_IN")).isTrue();
        assertThat(view.path("deadlines").has("HANDLING")).isTrue();
    }

    @Test
    void extension_hearing_objection_and_review_answer_as_the_rules_say() {
        ApiClient api = new ApiClient(port);
        String id = created(api.post("/api/petitions", json("""
                {'channel':'LETTER','category':'PROPERTY','subject':'Heating off','content':'No heating since November',
                 'gridCode':'%s','petitioners':[{'name':'郑三'}]}""".formatted(GRID))));
        String path = "/api/petitions/" + id;
        assertProblem(api.post(path + "/review", json("{'reason':'not answered'}")), 409, "REPLY_REQUIRED");
        assertThat(api.post(path + "/acceptance", json("{'accepted':true}")).status()).isEqualTo(200);
        assertProblem(api.post(path + "/deadline-extension",
                json("{'limit':'HANDLING','days':31,'reason':'survey','approver':'head.wang'}")), 400,
                "EXTENSION_DAYS_INVALID");
        assertThat(api.post(path + "/deadline-extension",
                json("{'limit':'HANDLING','days':20,'reason':'survey','approver':'head.wang'}")).status())
                .isEqualTo(200);
        assertProblem(api.post(path + "/deadline-extension",
                json("{'limit':'HANDLING','days':5,'reason':'again','approver':'head.wang'}")), 409,
                "EXTENSION_ALREADY_USED");
        assertThat(api.post(path + "/hearing/start", "{}").status()).isEqualTo(200);
        assertProblem(api.post(path + "/hearing/start", "{}"), 409, "HEARING_ALREADY_RUNNING");
        assertThat(api.post(path + "/hearing/end", "{}").status()).isEqualTo(200);
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-TASKFORCE'}")).status()).isEqualTo(200);
        assertProblem(api.post(path + "/objection", json("{'unit':'SH-GY-MEDIATION','reason':'not ours'}")), 409,
                "NOT_CURRENT_UNIT");
        assertThat(api.post(path + "/objection", json("{'unit':'SH-TASKFORCE','reason':'a court matter'}")).status())
                .isEqualTo(200);
        Reply replied = api.post(path + "/reply",
                json("{'opinion':'EXPLAIN','text':'The heating company repairs the pipe','servedAt':'%s'}"
                        .formatted(Instant.now())));
        assertThat(replied.status()).as(replied.body().toString()).isEqualTo(200);
        // the reply's limit is met once the reply is served on the petitioner
        assertThat(api.post("/api/petitions/" + id + "/notices", json("{'type':'REPLY','method':'POST','date':'%s','to':'郑三'}"
                .formatted(Instant.now()))).status()).isEqualTo(200);
        Reply review = api.post(path + "/review", json("{'reason':'the pipe is still broken'}"));
        assertThat(review.status()).isEqualTo(200);

        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + review.version()).body();
        assertThat(view.path("reviewStage").asText()).isEqualTo("REVIEW");
        assertThat(view.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(view.path("deadlines").has("REVIEW")).isTrue();
        assertThat(view.path("deadlines").has("HANDLING")).isFalse();
        JsonNode history = api.get("/api/cases/" + id + "/history?minVersion=" + review.version()).body();
        assertThat(history.toString()).contains("DeadlineExtended", "HearingStarted", "HearingEnded",
                "AssignmentObjected", "ReviewRequested", "DeadlineMet");
    }

    @Test
    void a_new_petition_linked_to_one_after_re_review_is_registered_flagged_and_not_accepted() {
        ApiClient api = new ApiClient(port);
        String earlier = created(api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'Lift out of order','content':'Since June',
                 'gridCode':'%s','petitioners':[{'name':'冯五'}]}""".formatted(GRID)), "intake"));
        String path = "/api/petitions/" + earlier;
        assertThat(api.post(path + "/acceptance", json("{'accepted':true}"), "supervisor").status()).isEqualTo(200);
        // review goes up: the community committee replies, the task force answers the review, the district petition
        // bureau the re-review; the body that replied never answers the review of its own reply
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-C5-MEDIATION'}"), "supervisor").status())
                .isEqualTo(200);
        String reply = "{'opinion':'EXPLAIN','text':'The property office repairs the lift','servedAt':'%s'}";
        List<String> reviewers = List.of("SH-TASKFORCE", "SHQ-PETITION");
        List<String> levels = List.of("SUB_DISTRICT", "DISTRICT");
        for (int stage = 0; stage < 2; stage++) {
            Reply replied = api.post(path + "/reply", json(reply.formatted(Instant.now())), "officer");
            assertThat(replied.status()).as(replied.body().toString()).isEqualTo(200);
            Reply review = api.post(path + "/review", json("{'reason':'the lift still stops'}"));
            assertThat(review.status()).as(stage + " " + review.body()).isEqualTo(200);
            assertThat(api.get("/api/cases/" + earlier + "?minVersion=" + review.version()).body().path("level")
                    .asText()).isEqualTo(levels.get(stage));
            assertProblem(api.post(path + "/reply", json(reply.formatted(Instant.now())), "officer"), 409,
                    "REVIEW_BY_SAME_BODY");
            assertThat(api.post(path + "/assignment", json("{'unit':'%s'}".formatted(reviewers.get(stage))),
                    "supervisor").status()).isEqualTo(200);
        }
        Reply answered = api.post(path + "/reply", json(reply.formatted(Instant.now())), "officer");
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);

        String intake = """
                {'channel':'VISIT','category':'PROPERTY','subject':'Lift out of order again','content':'Still broken',
                 'gridCode':'%s','petitioners':[{'name':'冯五'}],'relatedCaseId':'%s'}""";
        assertProblem(api.post("/api/petitions", json(intake.formatted(GRID, "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")),
                "intake"), 400, "UNKNOWN_RELATED_CASE");
        Reply repeat = api.post("/api/petitions", json(intake.formatted(GRID, earlier)), "intake");
        String id = created(repeat);
        assertProblem(api.post("/api/petitions/" + id + "/acceptance", json("{'accepted':true}"), "supervisor"), 409,
                "REVIEW_EXHAUSTED");

        JsonNode history = api.get("/api/cases/" + id + "/history?minVersion=" + repeat.version()).body();
        assertThat(history.findValuesAsText("eventType")).contains("PetitionReceived", "RepeatPetitionFlagged");
        assertThat(history.findValuesAsText("summary")).anySatisfy(summary -> assertThat(summary)
                .startsWith("Flagged as a repeat of petition SH-").contains("REVIEW_EXHAUSTED"));
        Reply notAccepted = api.post("/api/petitions/" + id + "/acceptance",
                json("{'accepted':false,'reason':'the matter was settled by re-review'}"), "supervisor");
        assertThat(notAccepted.status()).as(notAccepted.body().toString()).isEqualTo(200);
        JsonNode view = api.get("/api/cases/" + id + "?minVersion=" + notAccepted.version()).body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("outcome").asText()).isEqualTo("NOT_ACCEPTED");
    }

    private HttpResponse<InputStream> subscribe(String path, String eventName, List<JsonNode> events)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                           .header("Accept", "text/event-stream")
                           .header("Authorization", ApiClient.basic("supervisor")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> read(response.body(), eventName, events), eventName + "-stream-reader");
        reader.setDaemon(true);
        reader.start();
        return response;
    }

    private static void read(InputStream body, String eventName, List<JsonNode> boards) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && eventName.equals(event)) {
                    boards.add(JSON.readTree(line.substring(5)));
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    private static JsonNode board(ApiClient api, String node) {
        Reply reply = api.get("/api/boards/overview?node=" + node);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode last(List<JsonNode> boards) {
        return boards.get(boards.size() - 1);
    }

    private static long highRisk(JsonNode board) {
        return board.at("/figures/open/highRisk").asLong();
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.text("caseId");
    }
}
