package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's done-when over HTTP: an "unsatisfied" follow-up (不满意) from the 12345 hotline reopens its order for
 * rework (重办) with a HOTLINE limit in working days that skips 2026's holidays and counts its make-up working days.
 * Runs the packaged launcher as a child process ({@link ServiceProcess}) with its clock set
 * ({@code fengqiao.clock.offset}) to Wednesday 30 September 2026, 10:00 in Shanghai: the last working day before
 * National Day (1-7 October 2026, holidays; Saturday 10 October a make-up working day, per the State Council's notice
 * in {@code calendar/cn-2026.txt} and docs/domain.md). Two orders, each dispatched that morning, are replied to and
 * closed through the API; the hotline's follow-up of each comes in unsatisfied the same day with its rework due date
 * (重办时限), and the reopened case's {@code deadlines.HOTLINE} is checked against the count done by hand below. Its
 * own grids (SH-GY-G04, SH-GY-G08), through area codes given on the command line.
 *
 * <p>Every business time is given on the service's clock: a command sent without one is dated by the kernel's
 * {@code Instant.now()}, this machine's clock, which the offset does not move (so the unit's signing for the order, which
 * takes no time, is refused {@code BUSINESS_TIME_IN_FUTURE} on a clock set back: a supervisor's assignment, dated,
 * gives the case its unit instead).
 */
class HotlineReworkCalendarIT {

    /** The service's "now" when the test starts: the last working day before National Day 2026. */
    private static final OffsetDateTime SERVICE_START = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");
    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String CITY = "fengqiao.integrations.hotline.cities.hohhot.";
    private static final String AREA_G04 = "150105004004";
    private static final String AREA_G08 = "150105004008";

    private final ServiceProcess service = new ServiceProcess();
    /** How far the service's clock is from this machine's (behind it while the machine's date is after the target). */
    private Duration offset;

    @AfterEach
    void stop() {
        service.kill();
    }

    @Test
    void an_unsatisfied_follow_up_reopens_the_order_with_working_days_that_skip_national_day_and_count_its_make_up_day()
            throws Exception {
        offset = Duration.between(Instant.now(), SERVICE_START.toInstant());
        ApiClient api = service.start("--fengqiao.clock.offset=" + offset,
                "--" + CITY + "areas." + AREA_G04 + "=SH-GY-G04", "--" + CITY + "areas." + AREA_G08 + "=SH-GY-G08");
        assertThat(LocalDate.ofInstant(serviceNow(), MockHotline.CITY)).as("the service's day")
                .isEqualTo(LocalDate.of(2026, 9, 30));

        // The follow-up comes on Wed 30 Sep; the limit starts the day after (民法典 Art. 201) and counts only working
        // days. Rework due Wed 7 Oct (重办时限 within the holiday): Thu 1 Oct .. Wed 7 Oct are all National Day, so no
        // working day lies up to it; the limit is at least one working day, and the first one after 30 Sep is
        // Thu 8 Oct: due at 24:00 of 8 Oct in Shanghai = 2026-10-08T16:00:00Z. (Counted on weekdays alone it would be
        // 24:00 of Wed 7 Oct; counting the follow-up's own day, 24:00 of 30 Sep.)
        String intoTheHoliday = reworkedOrder(api, AREA_G04, LocalDate.of(2026, 10, 7));
        assertThat(hotlineDueAt(api, intoTheHoliday)).as("the first working day after National Day, 24:00")
                .isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));

        // Rework due Sat 10 Oct, the make-up working day (调休上班): working days from Thu 1 Oct up to it are Thu 8,
        // Fri 9 and Sat 10 Oct (1-7 Oct skipped as holidays), 3 working days, the 3rd being Sat 10 Oct: due at 24:00
        // of 10 Oct in Shanghai = 2026-10-10T16:00:00Z. (Without the make-up day, 2 working days: 24:00 of Fri 9 Oct.)
        String toTheMakeUpDay = reworkedOrder(api, AREA_G08, LocalDate.of(2026, 10, 10));
        assertThat(hotlineDueAt(api, toTheMakeUpDay)).as("the make-up Saturday counts, 24:00")
                .isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));
    }

    /**
     * An order dispatched a minute ago (on the service's clock) to the housing bureau, due Fri 9 Oct, assigned to it,
     * replied to and closed; then the hotline's follow-up, unsatisfied and unresolved, with {@code reworkDue}. Returns
     * the case id once the case is reopened.
     */
    private String reworkedOrder(ApiClient api, String areaCode, LocalDate reworkDue) {
        String orderNo = "HH" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        ObjectNode order = MockHotline.order(orderNo, areaCode, LocalDate.of(2026, 10, 9));
        order.put("派单时间", CITY_TIME.format(serviceNow().minusSeconds(60).atZone(MockHotline.CITY)));
        order.remove("协办单位");
        Reply created = MockHotline.post(api, order);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String caseId = created.text("caseId");
        String path = "/api/petitions/" + caseId;

        Reply assigned = api.post(path + "/assignment", json("{'unit':'SHQ-HOUSING','occurredAt':'%s'}"
                .formatted(serviceNow())), "supervisor");
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
        Reply replied = api.post(path + "/reply", json("{'opinion':'SUPPORT','text':'The lift is repaired.','servedAt':'%s'}"
                .formatted(serviceNow().minusSeconds(1))), "officer");
        assertThat(replied.status()).as(replied.body().toString()).isEqualTo(200);
        Reply closed = api.post(path + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED','occurredAt':'%s'}"
                .formatted(serviceNow())), "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        JsonNode view = api.get("/api/cases/" + caseId + "?minVersion=" + closed.version(), "supervisor").body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("jurisdiction").toString()).as("the area code's grid")
                .contains(areaCode.equals(AREA_G04) ? "SH-GY-G04" : "SH-GY-G08");

        Reply sentBack = MockHotline.callback(api, "follow-up-results", MockHotline.followUp(orderNo, "3", "否",
                serviceNow(), reworkDue));
        assertThat(sentBack.status()).as(sentBack.body().toString()).isEqualTo(200);
        assertThat(sentBack.text("rework")).isEqualTo("REOPENED");
        JsonNode reworked = api.get("/api/cases/" + caseId + "?minVersion=" + sentBack.version(), "supervisor")
                .body();
        assertThat(reworked.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reworked.at("/aftercare/reworked").asBoolean()).isTrue();
        return caseId;
    }

    private static Instant hotlineDueAt(ApiClient api, String caseId) {
        JsonNode view = api.get("/api/cases/" + caseId, "supervisor").body();
        assertThat(view.at("/deadlines/HOTLINE").isTextual()).as(view.toString()).isTrue();
        assertThat(view.path("calendarDegraded").asBoolean()).as("2026's holiday file settles every day").isFalse();
        return Instant.parse(view.at("/deadlines/HOTLINE").asText());
    }

    private Instant serviceNow() {
        return Instant.now().plus(offset);
    }
}
