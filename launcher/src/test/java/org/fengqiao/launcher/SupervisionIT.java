package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.SupervisionSettings;
import org.fengqiao.command.timelimits.TimeLimitConfiguration;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A missed limit through the real application: a petition registered 29 days after it came in has long missed its
 * 15-day acceptance limit, so the deadline manager fires at its next polls (every 5 s) the miss, the urging (催办),
 * and, two working days after the limit's last day, the supervision order (督办) by the level above; the order's
 * feedback, due five working days after the order, is overdue too unless holidays pushed it past today. A supervisor
 * urges and lists the case by hand; the unit, once the case is assigned to it, answers both orders. The history, the
 * grid's board and the dossier show each step, and the case stays at the grid level throughout.
 */
@EmbeddedApplicationTest
class SupervisionIT {

    /** A grid no other integration test uses, so its board is this test's alone. */
    private static final String GRID = "SH-C6-G05";
    private static final Duration FIRING = Duration.ofSeconds(60);
    private static final TimeLimitPolicy POLICY = TimeLimitPolicy.defaults(
            TimeLimitConfiguration.readCalendar("classpath*:calendar/cn-*.txt", new DefaultResourceLoader()));
    private static final SupervisionSettings SUPERVISION = SupervisionSettings.defaults();

    @LocalServerPort
    int port;

    @Test
    void a_missed_limit_is_urged_then_supervised_and_answered_in_writing_without_moving_the_case() {
        ApiClient api = new ApiClient(port);
        Instant receivedAt = Instant.now().minus(Duration.ofDays(29));
        Instant due = POLICY.afterDays(receivedAt, 15).dueAt();
        Instant superviseAt = SUPERVISION.superviseAt(POLICY, due).dueAt();
        LimitEnd feedback = SUPERVISION.feedbackDue(POLICY, superviseAt);
        assertThat(superviseAt).as("the grace ended before today").isBefore(Instant.now());
        boolean feedbackOverdue = feedback.dueAt().isBefore(Instant.now());

        Reply created = api.post("/api/petitions", json("""
                {'channel':'LETTER','category':'PROPERTY','subject':'Roof leaking',
                 'content':'The roof of building 2 leaks into the top flats','gridCode':'%s',
                 'petitioners':[{'name':'陈六'}],'receivedAt':'%s'}""".formatted(GRID, receivedAt)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("caseId");
        String path = "/api/petitions/" + id;

        await().atMost(FIRING).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> types = api.get("/api/cases/" + id + "/history").body().findValuesAsText("eventType");
            assertThat(types).contains("DeadlineMissed", "UrgingIssued", "SupervisionOrdered");
            if (feedbackOverdue) {
                assertThat(types).contains("SupervisionFeedbackOverdue");
            }
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api.get("/api/cases/" + id).body();
            assertThat(view.path("overdue").asBoolean()).isTrue();
            assertThat(view.path("level").asText()).as("a miss no longer moves the case").isEqualTo("GRID");
            assertThat(view.path("escalated").asBoolean()).isFalse();
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode open = board(api);
            assertThat(open.path("supervisionOrders").asLong()).isEqualTo(1);
            assertThat(open.at("/supervisionOrdersByUnit/NONE").asLong()).isEqualTo(1);
            assertThat(open.path("feedbackOverdue").asLong()).isEqualTo(feedbackOverdue ? 1 : 0);
        });

        // by hand: a supervisor lists the case with feedback due yesterday (entered three days late), then urges
        Instant listedAt = Instant.now().minus(Duration.ofDays(3));
        assertProblem(api.post(path + "/supervision", json("{'text':'Listed','occurredAt':'%s','feedbackBy':'%s'}"
                .formatted(listedAt, listedAt.minusSeconds(60))), "supervisor"), 400, "FEEDBACK_BY_NOT_AHEAD");
        Reply listed = api.post(path + "/supervision", json("""
                {'text':'Listed by the sub-district: weekly written progress','occurredAt':'%s','feedbackBy':'%s'}"""
                .formatted(listedAt, Instant.now().minus(Duration.ofDays(1)))), "supervisor");
        assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
        assertProblem(api.post(path + "/supervision", json("{'text':'Listed again'}"), "supervisor"), 409,
                "SUPERVISION_ALREADY_LISTED");
        assertProblem(api.post(path + "/urging", json("{'text':' '}"), "supervisor"), 400, "TEXT_REQUIRED");
        assertThat(api.post(path + "/urging", json("{'text':'Decide this week'}"), "officer").status())
                .isEqualTo(403);
        Reply urged = api.post(path + "/urging", json("{'text':'The residents called again: decide this week'}"),
                "supervisor");
        assertThat(urged.status()).as(urged.body().toString()).isEqualTo(200);
        await().atMost(FIRING).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(api.get("/api/cases/" + id + "/history").body().findValuesAsText("summary")).anySatisfy(
                    summary -> assertThat(summary).startsWith("Feedback on supervision ORDER-2 overdue since"));
            JsonNode open = board(api);
            assertThat(open.path("supervisionOrders").asLong()).isEqualTo(2);
            assertThat(open.path("feedbackOverdue").asLong()).isEqualTo(feedbackOverdue ? 2 : 1);
        });

        // the office decides late and assigns the case; the unit answers both orders in writing
        assertThat(api.post(path + "/acceptance", json("{'accepted':true}"), "supervisor").status()).isEqualTo(200);
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-C6-MEDIATION'}"), "supervisor").status())
                .isEqualTo(200);
        assertProblem(api.post(path + "/supervision/ORDER-9/feedback", json("{'text':'?'}"), "officer"), 404,
                "UNKNOWN_SUPERVISION_ORDER");
        Reply first = api.post(path + "/supervision/ORDER-1/feedback",
                json("{'text':'Accepted and assigned to the community mediation committee'}"), "officer");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertProblem(api.post(path + "/supervision/ORDER-1/feedback", json("{'text':'again'}"), "officer"), 409,
                "FEEDBACK_ALREADY_GIVEN");
        Reply second = api.post(path + "/supervision/ORDER-2/feedback",
                json("{'text':'Roofer booked for Monday; weekly reports follow'}"), "officer");
        assertThat(second.status()).as(second.body().toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode open = board(api);
            assertThat(open.path("supervisionOrders").asLong()).isZero();
            assertThat(open.path("feedbackOverdue").asLong()).isZero();
        });
        JsonNode history = api.get("/api/cases/" + id + "/history?minVersion=" + second.version()).body();
        assertThat(history.findValuesAsText("eventType")).doesNotContain("CaseEscalated")
                .contains("UrgingIssued", "SupervisionOrdered", "SupervisionFeedbackGiven");
        assertThat(history.findValuesAsText("summary")).contains("Urged by hand", "Feedback on supervision ORDER-1 given" + (feedbackOverdue ? " late" : ""),
                "Feedback on supervision ORDER-2 given late")
                .anySatisfy(summary -> assertThat(summary).startsWith(
                        "Urged after the missed acceptance limit; supervision follows " + superviseAt))
                .anySatisfy(summary -> assertThat(summary).startsWith(
                        "Supervision ORDER-1 ordered by the community level for the missed acceptance limit"))
                .anySatisfy(summary -> assertThat(summary).startsWith("Listed supervision ORDER-2 ordered by the "
                        + "community level"))
                .noneSatisfy(summary -> assertThat(summary).contains("Roofer"));
        JsonNode dossier = api.get("/api/cases/" + id + "/dossier?format=json", "auditor").body();
        assertThat(dossier.path("events").findValuesAsText("eventType")).contains("UrgingIssued",
                "SupervisionOrdered", "SupervisionFeedbackGiven");
        assertThat(api.get("/api/cases/" + id + "?minVersion=" + second.version()).body().path("level").asText())
                .isEqualTo("COMMUNITY");
    }

    private static JsonNode board(ApiClient api) {
        Reply reply = api.get("/api/boards/overview?node=" + GRID);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().at("/figures/open");
    }
}
