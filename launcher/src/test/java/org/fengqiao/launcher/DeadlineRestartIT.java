package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.command.timelimits.TimeLimitConfiguration;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A deadline that falls due while the service is down fires once when it is back. Runs the packaged launcher as a
 * child process with its clock set ahead ({@code fengqiao.clock.offset}) so that a petition's 15-day acceptance limit
 * falls due {@value #SECONDS_TO_DUE} seconds after the test starts: the petition is registered as received 14 days
 * ago, so its limit ends at 24:00 (Asia/Shanghai) of tomorrow's date or, when that is a holiday or rest day, of the
 * next working day, and the clock is set that close to it. The reminder fires at once (the case is "due soon" on the
 * board), the service stops before the due time, starts again after it, and then the miss is recorded exactly once,
 * the case escalated from the grid to the community and moved from "due soon" to "past deadline" on the board.
 */
class DeadlineRestartIT {

    /** From the test's start to the due time: the first start, the intake, the reminder and the stop fit in it. */
    private static final long SECONDS_TO_DUE = 150;
    private static final String GRID = "SH-C5-G07";
    private static final String COMMUNITY = "SH-C5";
    private static final TimeLimitPolicy POLICY = TimeLimitPolicy.defaults(
            TimeLimitConfiguration.readCalendar("classpath*:calendar/cn-*.txt", new DefaultResourceLoader()));

    /** Received at noon in Shanghai 14 days ago. */
    private final Instant receivedAt = LocalDate.now(POLICY.zone()).minusDays(14).atTime(12, 0)
            .atZone(POLICY.zone()).toInstant();
    /** When the limit is due, on the service's clock. */
    private final Instant due = POLICY.afterDays(receivedAt, 15).dueAt();
    /** When it is due on this machine's clock. */
    private final Instant dueOnThisMachine = Instant.now().plusSeconds(SECONDS_TO_DUE);
    /** How far the service's clock runs ahead of this machine's. */
    private final Duration offset = Duration.between(dueOnThisMachine, due);

    private final ServiceProcess service = new ServiceProcess();

    @AfterEach
    void stop() {
        service.kill();
    }

    @Test
    void a_deadline_due_during_a_restart_fires_once_with_its_urging_and_board_change() throws Exception {
        ApiClient before = start();

        Reply created = before.post("/api/petitions", json("""
                {'channel':'PHONE','category':'PROPERTY','subject':'Lift out of service',
                 'content':'The lift has been out for three weeks','gridCode':'%s',
                 'petitioners':[{'name':'冯五'}],'receivedAt':'%s'}""".formatted(GRID, receivedAt)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("caseId");
        assertThat(Instant.parse(before.get("/api/cases/" + id + "?minVersion=" + created.version()).body()
                .at("/deadlines/ACCEPTANCE").asText())).as("due at 24:00 of the limit's last day").isEqualTo(due);

        // the reminder (3 days before, already past on the offset clock) fires at the next poll
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode view = before.get("/api/cases/" + id).body();
            assertThat(view.path("dueSoon").toString()).contains("ACCEPTANCE");
            assertThat(openFigure(before, "dueSoon")).isEqualTo(1);
        });
        assertThat(Instant.now()).as("still before the due time").isBefore(dueOnThisMachine);

        service.stop();
        assertThat(Instant.now()).as("stopped before the due time").isBefore(dueOnThisMachine);
        await().atMost(Duration.ofSeconds(SECONDS_TO_DUE + 30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Instant.now().isAfter(dueOnThisMachine));

        ApiClient after = start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode view = after.get("/api/cases/" + id).body();
            assertThat(view.path("missedDeadlines").asInt()).isEqualTo(1);
            assertThat(view.path("overdue").asBoolean()).isTrue();
            assertThat(view.path("level").asText()).isEqualTo("GRID");
            assertThat(view.path("escalated").asBoolean()).isFalse();
            assertThat(openFigure(after, "pastDeadline")).isEqualTo(1);
            assertThat(openFigure(after, "dueSoon")).isZero();
        });
        // a few more polls of the job store change nothing: the miss is in the history once
        await().pollDelay(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String history = after.get("/api/cases/" + id + "/history").body().toString();
            assertThat(count(history, "\"DeadlineMissed\"")).isEqualTo(1);
            assertThat(count(history, "\"DeadlineReminded\"")).isEqualTo(1);
            assertThat(count(history, "\"UrgingIssued\"")).isEqualTo(1);
            assertThat(count(history, "\"CaseEscalated\"")).isZero();
        });
    }

    private static long openFigure(ApiClient api, String figure) {
        return api.get("/api/boards/overview?node=" + COMMUNITY).body().at("/figures/open/" + figure).asLong();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private ApiClient start() throws IOException {
        return service.start("--fengqiao.clock.offset=" + offset, "--fengqiao.deadlines.poll-interval=5s");
    }
}
