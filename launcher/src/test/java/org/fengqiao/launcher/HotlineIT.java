package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.fengqiao.launcher.MockHotline.Callback;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 12345 work-order adapter on the real application (issue 21, parts 2 and 3), driven by {@link MockHotline}: a
 * work order becomes a HOTLINE petition in the grid of its area code, accepted and dispatched to its units, with the
 * hotline's limit; posted twice it makes one case; an unknown area code is 422 naming it; what the units do goes back
 * to the hotline as signed callbacks, retried after the hotline answered 500 twice, in order, without personal values;
 * a unit's extension request goes out the same way; the hotline's own callbacks come in: its urge as its
 * supervision order, its decisions on the extension and its follow-up, which sends an unsatisfied order back for
 * rework once.
 */
@EmbeddedApplicationTest
class HotlineIT {

    private static final String EXTENSION_REASON = "The lift control board comes from the factory in a week";

    @LocalServerPort
    int port;

    private static String orderNo() {
        return "HH" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    /** A week ahead, moved to a Wednesday so that no weekend decides the last day. */
    private static LocalDate dueDate() {
        LocalDate day = LocalDate.now(MockHotline.CITY).plusDays(7);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void a_work_order_becomes_a_dispatched_hotline_petition_in_its_grid_with_the_hotlines_limit_and_posted_twice_one_case() {
        ApiClient api = new ApiClient(port);
        String orderNo = orderNo();
        LocalDate due = dueDate();
        ObjectNode order = MockHotline.order(orderNo, "150105006003", due);

        Reply created = MockHotline.post(api, order);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String caseId = created.text("caseId");
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/cases/" + caseId);
        assertThat(created.text("orderNo")).isEqualTo(orderNo);
        assertThat(created.text("caseNumber")).startsWith("SH-");

        JsonNode view = api.get("/api/cases/" + caseId + "?minVersion=" + created.version(), "supervisor").body();
        assertThat(view.path("jurisdiction").path("grid").asText()).isEqualTo("SH-FL-G03");
        assertThat(view.path("category").asText()).isEqualTo("PROPERTY");
        assertThat(view.path("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(Instant.parse(view.at("/deadlines/HOTLINE").asText())).as("24:00 of the due date in the city")
                .isEqualTo(due.plusDays(1).atStartOfDay(MockHotline.CITY).toInstant().truncatedTo(ChronoUnit.MILLIS));
        JsonNode items = api.get("/api/cases/" + caseId + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("PetitionReceived", "DeadlineSet",
                "DeadlineSet", "PetitionAccepted", "DeadlineMet", "DeadlineSet", "CaseDispatched");
        assertThat(items.findValuesAsText("actor")).containsOnly("hotline");

        Reply again = MockHotline.post(api, order);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.text("caseId")).isEqualTo(caseId);
        assertThat(again.version()).isEqualTo(created.version());
        assertThat(api.get("/api/cases/" + caseId + "/history", "supervisor").body().path("items"))
                .hasSize(items.size());

        ObjectNode changed = order.deepCopy();
        changed.put("标题", "Heating off");
        assertProblem(MockHotline.post(api, changed), 409, "EXTERNAL_REF_CONFLICT");
    }

    @Test
    void an_unknown_area_code_is_422_naming_it_and_records_nothing_so_the_corrected_order_registers() {
        ApiClient api = new ApiClient(port);
        String orderNo = orderNo();
        Reply unknown = MockHotline.post(api, MockHotline.order(orderNo, "150105999999", dueDate()));
        assertProblem(unknown, 422, "UNKNOWN_AREA_CODE");
        assertThat(unknown.text("detail")).contains("150105999999");
        assertThat(unknown.text("field")).isEqualTo("区划代码");
        assertThat(unknown.body().toString()).doesNotContain("王芳", "13800001111");

        ObjectNode unknownUnit = MockHotline.order(orderNo, "150105006001", dueDate());
        unknownUnit.put("主办单位", "NOBODY");
        assertProblem(MockHotline.post(api, unknownUnit), 422, "UNKNOWN_HOTLINE_UNIT");

        Reply corrected = MockHotline.post(api, MockHotline.order(orderNo, "150105006001", dueDate()));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(201);
    }

    @Test
    void only_the_hotline_client_posts_orders_and_a_missing_field_is_named() {
        ApiClient api = new ApiClient(port);
        ObjectNode order = MockHotline.order(orderNo(), "150105006001", dueDate());
        assertProblem(MockHotline.post(api, order, "intake"), 403, null);
        order.remove("办结时限");
        Reply missing = MockHotline.post(api, order);
        assertProblem(missing, 400, "INVALID_VALUE");
        assertThat(missing.text("field")).isEqualTo("办结时限");
    }

    @Test
    void signing_for_progress_the_reply_and_closure_go_back_as_signed_callbacks_retried_after_two_500s_in_order() {
        ApiClient api = new ApiClient(port);
        MockHotline hotline = MockHotline.get();
        String orderNo = orderNo();
        hotline.refuseFirst(orderNo, 2);
        Reply created = MockHotline.post(api, MockHotline.order(orderNo, "150105006002", dueDate()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/petitions/" + created.text("caseId");

        for (String unit : List.of("SHQ-HOUSING", "SH-FL-PROPERTY")) {
            Reply signed = api.post(path + "/dispatch/sign", json("{'unit':'%s'}".formatted(unit)), "officer");
            assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
        }
        assertThat(api.post(path + "/notes", json("{'text':'Visited the flat with the lift company'}"), "officer")
                .status()).isEqualTo(200);
        assertThat(api.post(path + "/dispatch/contribution",
                json("{'unit':'SH-FL-PROPERTY','text':'The lift company was called out'}"), "officer").status())
                .isEqualTo(200);
        Reply replied = api.post(path + "/reply", json("{'opinion':'SUPPORT','text':'The lift is repaired.','servedAt':'%s'}"
                .formatted(Instant.now().minusSeconds(1))),
                "officer");
        assertThat(replied.status()).as(replied.body().toString()).isEqualTo(200);
        Reply closed = api.post(path + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                hotline.callbacksOf(orderNo).stream().anyMatch(c -> c.accepted()
                        && c.json().path("action").asText().equals("CLOSED")));
        List<Callback> received = hotline.callbacksOf(orderNo);
        assertThat(received.subList(0, 2)).allMatch(c -> c.answered() == 500);
        assertThat(received.get(2).id()).as("the refused callback is retried").isEqualTo(received.get(0).id());
        List<Callback> accepted = received.stream().filter(Callback::accepted).toList();
        assertThat(accepted.stream().map(Callback::id).distinct()).hasSize(accepted.size());
        assertThat(accepted.stream().map(c -> c.json().path("action").asText())).containsExactly("SIGNED", "SIGNED",
                "PROGRESS", "PROGRESS", "REPLIED", "CLOSED");
        assertThat(accepted.stream().map(c -> c.json().path("unit").asText(""))).startsWith("ZJJ", "FLWY");
        assertThat(accepted.get(4).json().path("opinion").asText()).isEqualTo("SUPPORT");
        assertThat(accepted.get(5).json().path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(accepted.stream().map(c -> c.json().path("sequence").asLong())).isSorted();
        for (Callback callback : received) {
            assertThat(WebhookSigner.verifies(MockHotline.SECRET, callback.id(), Long.parseLong(callback.timestamp()),
                    callback.body(), callback.signature())).as("signature of " + callback.id()).isTrue();
            assertThat(callback.json().path("eventId").asText()).isEqualTo(callback.id());
            assertThat(callback.json().path("caseId").asText()).isEqualTo(created.text("caseId"));
            assertThat(callback.body()).doesNotContain("王芳", "13800001111", "富力城", "lift company", "repaired");
        }
        JsonNode log = api.get("/api/subscriptions/hotline-hohhot/deliveries", "admin").body();
        assertThat(log.findValuesAsText("outcome")).contains("RETRY", "DELIVERED");
    }

    @Test
    void a_return_as_not_our_area_closes_the_order_as_referred_and_the_hotline_hears_it_signed() {
        ApiClient api = new ApiClient(port);
        MockHotline hotline = MockHotline.get();
        String orderNo = orderNo();
        Reply created = MockHotline.post(api, MockHotline.order(orderNo, "150105004001", dueDate()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String caseId = created.text("caseId");

        Reply returned = api.post("/api/petitions/" + caseId + "/dispatch/return", json(
                "{'unit':'SHQ-HOUSING','reasonCode':'NOT_OUR_AREA','text':'Building 5 is in the next sub-district'}"),
                "officer");
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        JsonNode view = api.get("/api/cases/" + caseId + "?minVersion=" + returned.version(), "supervisor").body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("outcome").asText()).isEqualTo("REFERRED");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                hotline.callbacksOf(orderNo).stream().anyMatch(c -> c.accepted()
                        && c.json().path("action").asText().equals("CLOSED")));
        List<Callback> accepted = hotline.callbacksOf(orderNo).stream().filter(Callback::accepted).toList();
        assertThat(accepted.stream().map(c -> c.json().path("action").asText())).containsExactly(
                "RETURN_REQUESTED", "RETURN_APPROVED", "CLOSED");
        assertThat(accepted.get(0).json().path("reasonCode").asText()).as("属地不符 in the city's code").isEqualTo("01");
        assertThat(accepted.get(0).json().path("unit").asText()).isEqualTo("ZJJ");
        assertThat(accepted.get(2).json().path("outcome").asText()).isEqualTo("REFERRED");
        for (Callback callback : accepted) {
            assertThat(WebhookSigner.verifies(MockHotline.SECRET, callback.id(), Long.parseLong(callback.timestamp()),
                    callback.body(), callback.signature())).as("signature of " + callback.id()).isTrue();
            assertThat(callback.body()).doesNotContain("next sub-district");
        }
    }

    @Test
    void the_hotlines_urge_extension_decision_and_unsatisfied_follow_up_come_in_once_each_and_send_the_order_back_once() {
        ApiClient api = new ApiClient(port);
        String orderNo = orderNo();
        LocalDate due = dueDate();
        Reply created = MockHotline.post(api, MockHotline.order(orderNo, "150105006002", due));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String caseId = created.text("caseId");
        String path = "/api/petitions/" + caseId;

        // the hotline's urge (催办) is its supervision order (督办) with the feedback due it names; sent again, it
        // records nothing more; a second urge is a second order, though the first waits for its feedback
        LocalDate feedbackDue = LocalDate.now(MockHotline.CITY).plusDays(3);
        assertProblem(MockHotline.callback(api, "urgings", MockHotline.urge(orderNo, Instant.now(),
                LocalDate.now(MockHotline.CITY).minusDays(1))), 400, "INVALID_VALUE");
        ObjectNode urge = MockHotline.urge(orderNo, Instant.now(), feedbackDue);
        Reply urged = MockHotline.callback(api, "urgings", urge);
        assertThat(urged.status()).as(urged.body().toString()).isEqualTo(200);
        assertThat(urged.text("caseId")).isEqualTo(caseId);
        assertThat(urged.version()).isEqualTo(created.version() + 1);
        assertThat(MockHotline.callback(api, "urgings", urge).version()).isEqualTo(urged.version());
        Reply urgedAgain = MockHotline.callback(api, "urgings", MockHotline.urge(orderNo, Instant.now()));
        assertThat(urgedAgain.status()).as(urgedAgain.body().toString()).isEqualTo(200);
        assertThat(urgedAgain.version()).isEqualTo(urged.version() + 1);
        JsonNode orders = api.get("/api/cases/" + caseId + "/history?size=100&minVersion=" + urgedAgain.version(),
                "supervisor").body().path("items");
        assertThat(orders.findValuesAsText("summary")).anyMatch(line -> line.startsWith(
                "Supervision ORDER-1 ordered by hotline-12345") && line.endsWith("feedback due "
                + cityMidnightAfter(feedbackDue)));
        assertThat(orders.findValuesAsText("summary").stream().filter(line -> line.startsWith(
                "Supervision ORDER-2 ordered by hotline-12345"))).hasSize(1);

        // the lead unit signs for the order and asks for an extension (延期申请) a week later: the request goes out
        // to the hotline as a signed callback, without its reasons, before the hotline's decision comes in
        MockHotline hotline = MockHotline.get();
        LocalDate extended = due.plusDays(7);
        assertThat(api.post(path + "/dispatch/sign", json("{'unit':'SHQ-HOUSING'}"), "officer").status())
                .isEqualTo(200);
        assertProblem(api.post(path + "/hotline-extension", json("{'dueDate':'%s','reason':'%s'}".formatted(due,
                EXTENSION_REASON)), "officer"), 400, "EXTENSION_NOT_LATER");
        Reply asked = api.post(path + "/hotline-extension", json("{'dueDate':'%s','reason':'%s'}".formatted(extended,
                EXTENSION_REASON)), "officer");
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                hotline.callbacksOf(orderNo).stream().anyMatch(c -> c.accepted()
                        && c.json().path("action").asText().equals("EXTENSION_REQUESTED")));
        Callback request = hotline.callbacksOf(orderNo).stream().filter(c -> c.accepted()
                && c.json().path("action").asText().equals("EXTENSION_REQUESTED")).findFirst().orElseThrow();
        assertThat(WebhookSigner.verifies(MockHotline.SECRET, request.id(), Long.parseLong(request.timestamp()),
                request.body(), request.signature())).as("signature of the extension request").isTrue();
        assertThat(request.json().path("requestedDueDate").asText()).isEqualTo(extended.toString());
        assertThat(request.json().path("unit").asText()).as("the city's code of the lead unit").isEqualTo("ZJJ");
        assertThat(request.json().path("sequence").asLong()).isEqualTo(asked.version());
        assertThat(request.body()).doesNotContain(EXTENSION_REASON);
        JsonNode waiting = api.get("/api/cases/" + caseId + "?minVersion=" + asked.version(), "supervisor").body();
        assertThat(Instant.parse(waiting.at("/deadlines/HOTLINE").asText())).as("the limit runs on until the decision")
                .isEqualTo(cityMidnightAfter(due));

        // the hotline's decisions on the extension: refused, then approved to the date asked
        Reply refused = MockHotline.callback(api, "extensions", MockHotline.extension(orderNo, "0", null,
                Instant.now()));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(200);
        assertProblem(MockHotline.callback(api, "extensions", MockHotline.extension(orderNo, "1", due,
                Instant.now())), 400, "EXTENSION_NOT_LATER");
        Reply missingDate = MockHotline.callback(api, "extensions", MockHotline.extension(orderNo, "1", null,
                Instant.now()));
        assertProblem(missingDate, 400, "INVALID_VALUE");
        assertThat(missingDate.text("field")).isEqualTo("延期后办结时限");
        Reply approved = MockHotline.callback(api, "extensions", MockHotline.extension(orderNo, "1", extended,
                Instant.now()));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        JsonNode view = api.get("/api/cases/" + caseId + "?minVersion=" + approved.version(), "supervisor").body();
        assertThat(Instant.parse(view.at("/deadlines/HOTLINE").asText())).as("24:00 of the extended due date")
                .isEqualTo(cityMidnightAfter(extended));

        // a follow-up comes after the closure
        assertProblem(MockHotline.callback(api, "follow-up-results", MockHotline.followUp(orderNo, "3", "否",
                Instant.now(), extended)), 409, "FOLLOW_UP_NOT_DUE");
        close(api, path, List.of("SH-FL-PROPERTY"));

        // unsatisfied (不满意, 未解决): the order goes back for rework with a working-day limit to the hotline's date
        Reply noDate = MockHotline.callback(api, "follow-up-results", MockHotline.followUp(orderNo, "3", "否",
                Instant.now(), null));
        assertProblem(noDate, 400, "INVALID_VALUE");
        assertThat(noDate.text("field")).isEqualTo("重办时限");
        ObjectNode unsatisfied = MockHotline.followUp(orderNo, "3", "否", Instant.now(), extended);
        Reply sentBack = MockHotline.callback(api, "follow-up-results", unsatisfied);
        assertThat(sentBack.status()).as(sentBack.body().toString()).isEqualTo(200);
        assertThat(sentBack.text("rework")).isEqualTo("REOPENED");
        Reply again = MockHotline.callback(api, "follow-up-results", unsatisfied);
        assertThat(again.version()).isEqualTo(sentBack.version());
        assertThat(again.text("rework")).isEqualTo("REOPENED");
        JsonNode reworked = api.get("/api/cases/" + caseId + "?minVersion=" + sentBack.version(), "supervisor")
                .body();
        assertThat(reworked.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reworked.at("/aftercare/reworked").asBoolean()).isTrue();
        assertThat(reworked.at("/aftercare/followUpSatisfaction").asText()).isEqualTo("DISSATISFIED");
        assertThat(Instant.parse(reworked.at("/deadlines/HOTLINE").asText())).isEqualTo(cityMidnightAfter(extended));

        // closed again, a second unsatisfied follow-up is recorded and the case stays closed: rework is once
        Reply closedAgain = api.post(path + "/closure", json("{'outcome':'RESOLVED'}"), "officer");
        assertThat(closedAgain.status()).as(closedAgain.body().toString()).isEqualTo(200);
        Reply second = MockHotline.callback(api, "follow-up-results", MockHotline.followUp(orderNo, "DISSATISFIED", "0",
                Instant.now(), null));
        assertThat(second.status()).as(second.body().toString()).isEqualTo(200);
        assertThat(second.text("rework")).isEqualTo("ALREADY_USED");
        assertThat(api.get("/api/cases/" + caseId + "?minVersion=" + second.version(), "supervisor").body()
                .path("status").asText()).isEqualTo("CLOSED");

        JsonNode items = api.get(path.replace("/petitions/", "/cases/") + "/history?size=100&minVersion="
                + second.version(), "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("SupervisionOrdered",
                "SupervisionOrdered", "HotlineExtensionRequested", "HotlineExtensionDecided", "HotlineExtensionDecided",
                "DeadlineSet", "CaseClosed", "FollowUpRecorded", "CaseReopenedForRework", "DeadlineSet", "CaseClosed",
                "FollowUpRecorded");
        assertThat(items.findValuesAsText("eventType").stream().filter("SupervisionOrdered"::equals)).hasSize(2);
        assertThat(items.findValuesAsText("eventType")).doesNotContain("UrgingIssued");
        assertThat(items.findValuesAsText("eventType").stream().filter("FollowUpRecorded"::equals)).hasSize(2);
        assertThat(items.findValuesAsText("summary")).contains("Extension of the 12345 order to " + extended
                + " asked of the hotline by SHQ-HOUSING", "12345 hotline refused the extension",
                "12345 hotline approved the extension to " + extended);
        assertThat(items.findValuesAsText("summary").toString()).doesNotContain("still no lift");

        // an order number with no case, and any caller but the city's client
        assertProblem(MockHotline.callback(api, "urgings", MockHotline.urge(orderNo(), Instant.now())), 404,
                "UNKNOWN_WORK_ORDER");
        assertProblem(api.post("/api/integrations/hotline/urgings", urge.toString(), "intake"), 403, null);
    }

    private static Instant cityMidnightAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(MockHotline.CITY).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The units sign, the assisting unit reports its part, the reply is served and the order closes resolved. */
    private static void close(ApiClient api, String path, List<String> signing) {
        for (String unit : signing) {
            assertThat(api.post(path + "/dispatch/sign", json("{'unit':'%s'}".formatted(unit)), "officer").status())
                    .isEqualTo(200);
        }
        assertThat(api.post(path + "/dispatch/contribution",
                json("{'unit':'SH-FL-PROPERTY','text':'The lift company was called out'}"), "officer").status())
                .isEqualTo(200);
        Reply replied = api.post(path + "/reply", json("{'opinion':'SUPPORT','text':'The lift is repaired.','servedAt':'%s'}"
                .formatted(Instant.now().minusSeconds(1))), "officer");
        assertThat(replied.status()).as(replied.body().toString()).isEqualTo(200);
        Reply closed = api.post(path + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
    }
}
