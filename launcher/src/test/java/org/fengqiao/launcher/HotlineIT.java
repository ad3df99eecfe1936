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
 * to the hotline as signed callbacks, retried after the hotline answered 500 twice, in order, without personal values.
 */
@EmbeddedApplicationTest
class HotlineIT {

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
}
