package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fengqiao.command.timelimits.TimeLimitConfiguration;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Business time on every command through the real application: what happened is entered afterwards with
 * {@code occurredAt} ({@code receivedAt} at intake), which may not lie in the future, nor more than 30 days back
 * unless a supervisor gives {@code occurredAtReason}, nor before the case's previous business time; each refusal is a
 * 400 naming the field; limits count from the business time, counted as the law counts; the history shows both the
 * business time and the recording time.
 */
@EmbeddedApplicationTest
class BusinessTimeIT {

    private static final String GRID = "SH-C5-G04";
    private static final Duration DAY = Duration.ofDays(1);
    private static final TimeLimitPolicy POLICY = TimeLimitPolicy.defaults(
            TimeLimitConfiguration.readCalendar("classpath*:calendar/cn-*.txt", new DefaultResourceLoader()));

    @LocalServerPort
    int port;

    @Test
    void what_happened_earlier_is_recorded_at_its_time_within_the_bounds() {
        ApiClient api = new ApiClient(port);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant received = now.minus(DAY.multipliedBy(20));
        String body = """
                {'source':'SCREENING','category':'NEIGHBOUR','subject':'Noise at night','gridCode':'%s',
                 'parties':[{'name':'陈一','role':'APPLICANT'},{'name':'林二','role':'RESPONDENT'}],
                 'receivedAt':'%s'}""";
        assertField(api.post("/api/disputes", json(body.formatted(GRID, now.minus(DAY.multipliedBy(40)))),
                "intake"), "BUSINESS_TIME_TOO_FAR_BACK", "receivedAt");
        Reply created = api.post("/api/disputes", json(body.formatted(GRID, received)), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/disputes/" + created.text("caseId");

        String note = "{'text':'called both neighbours','occurredAt':'%s'%s}";
        String longAgo = now.minus(DAY.multipliedBy(35)).toString();
        String reason = ",'occurredAtReason':'copied from the grid office paper log'";
        assertField(api.post(path + "/notes", json(note.formatted(now.plus(DAY), "")), "officer"),
                "BUSINESS_TIME_IN_FUTURE", "occurredAt");
        assertField(api.post(path + "/notes", json(note.formatted(longAgo, reason)), "officer"),
                "BUSINESS_TIME_TOO_FAR_BACK", "occurredAt");
        assertField(api.post(path + "/notes", json(note.formatted(longAgo, "")), "supervisor"),
                "BACKDATING_REASON_REQUIRED", "occurredAtReason");
        assertField(api.post(path + "/notes", json(note.formatted(longAgo, reason)), "supervisor"),
                "BUSINESS_TIME_BEFORE_PREVIOUS", "occurredAt");
        assertField(api.post(path + "/notes", json(note.formatted(received.minus(DAY), "")), "officer"),
                "BUSINESS_TIME_BEFORE_PREVIOUS", "occurredAt");
        Reply garbage = api.post(path + "/notes", json("{'text':'called','occurredAt':'last Tuesday'}"), "officer");
        assertProblem(garbage, 400, null);
        assertThat(garbage.text("field")).isEqualTo("occurredAt");
        Instant lastWeek = now.minus(DAY.multipliedBy(7));
        Reply noted = api.post(path + "/notes", json(note.formatted(lastWeek, "")), "officer");
        assertThat(noted.status()).as(noted.body().toString()).isEqualTo(200);
        assertThat(api.post(path + "/hearing/start", json("{'occurredAt':'%s'}".formatted(lastWeek)), "supervisor")
                .status()).isEqualTo(200);
        Reply ended = api.post(path + "/hearing/end", "", "supervisor");
        assertThat(ended.status()).as(ended.body().toString()).isEqualTo(200);

        JsonNode history = api.get("/api/cases/" + created.text("caseId") + "/history?minVersion=" + ended.version()).body();
        JsonNode noteEntry = entry(history, "NoteAdded");
        assertThat(Instant.parse(noteEntry.path("occurredAt").asText())).isEqualTo(lastWeek);
        assertThat(Instant.parse(noteEntry.path("recordedAt").asText())).isAfter(now.minusSeconds(60));
        assertThat(Instant.parse(entry(history, "DisputeReceived").path("occurredAt").asText())).isEqualTo(received);
    }

    @Test
    void limits_count_from_the_business_time() {
        ApiClient api = new ApiClient(port);
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(DAY.multipliedBy(3));
        Reply created = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'PROPERTY','subject':'Lift out of order','content':'Since Monday',
                 'gridCode':'%s','petitioners':[{'name':'何三'}],'receivedAt':'%s'}""".formatted(GRID, received)),
                "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Instant accepted = received.plus(DAY);
        String path = "/api/petitions/" + created.text("caseId");
        Reply acceptance = api.post(path + "/acceptance",
                json("{'accepted':true,'occurredAt':'%s'}".formatted(accepted)), "supervisor");
        assertThat(acceptance.status()).as(acceptance.body().toString()).isEqualTo(200);

        JsonNode view = api.get("/api/cases/" + created.text("caseId") + "?minVersion=" + acceptance.version())
                .body();
        assertThat(Instant.parse(view.at("/deadlines/HANDLING").asText()))
                .as("60 days from the day after the acceptance, to 24:00 of the last day")
                .isEqualTo(POLICY.afterDays(accepted, 60).dueAt());
        assertThat(view.path("calendarDegraded").asBoolean())
                .isEqualTo(POLICY.afterDays(accepted, 60).calendarDegraded());
    }

    private static void assertField(Reply reply, String code, String field) {
        assertProblem(reply, 400, code);
        assertThat(reply.text("field")).isEqualTo(field);
    }

    private static JsonNode entry(JsonNode history, String eventType) {
        for (JsonNode item : history.findParents("eventType")) {
            if (eventType.equals(item.path("eventType").asText())) {
                return item;
            }
        }
        throw new AssertionError(eventType + " not in " + history);
    }
}
