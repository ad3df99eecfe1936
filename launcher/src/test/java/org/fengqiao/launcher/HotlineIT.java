package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 12345 work-order adapter on the real application (issue 21, parts 2 and 3), driven by a mock hotline that
 * posts the city's orders in the city's format (the sample city's field map of {@code application.yml}): a work order
 * becomes a HOTLINE petition in the grid of its area code, accepted and dispatched to its units, with the hotline's
 * limit; posted twice it makes one case; an unknown area code is 422 naming it.
 */
@EmbeddedApplicationTest
class HotlineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @LocalServerPort
    int port;

    /** The hotline's side: the orders it posts, in its own field names. */
    static final class MockHotline {

        private final ApiClient api;

        MockHotline(int port) {
            this.api = new ApiClient(port);
        }

        /** An order dispatched a minute ago, due on {@code dueDate}, to the housing bureau with the property office. */
        ObjectNode order(String orderNo, String areaCode, LocalDate dueDate) {
            ObjectNode order = JSON.createObjectNode();
            order.put("工单编号", orderNo);
            order.put("标题", "Lift out of order in building 5");
            order.put("诉求内容", "The lift has been out since Monday; my mother cannot leave the flat.");
            order.put("来电人", "王芳");
            order.put("联系电话", "13800001111");
            order.put("事发地址", "富力城5号楼2单元");
            order.put("区划代码", areaCode);
            order.put("诉求类型", "0301");
            order.put("紧急程度", "2");
            order.put("派单时间", CITY_TIME.format(Instant.now().minusSeconds(60).atZone(CITY)));
            order.put("办结时限", dueDate.toString());
            order.put("主办单位", "ZJJ");
            order.putArray("协办单位").add("FLWY");
            return order;
        }

        Reply post(JsonNode order) {
            return post(order, "hotline");
        }

        Reply post(JsonNode order, String account) {
            return api.post("/api/integrations/hotline/orders", order.toString(), account);
        }
    }

    private static String orderNo() {
        return "HH" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    /** A week ahead, moved to a Wednesday so that no weekend decides the last day. */
    private static LocalDate dueDate() {
        LocalDate day = LocalDate.now(CITY).plusDays(7);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void a_work_order_becomes_a_dispatched_hotline_petition_in_its_grid_with_the_hotlines_limit_and_posted_twice_one_case() {
        MockHotline hotline = new MockHotline(port);
        ApiClient api = new ApiClient(port);
        String orderNo = orderNo();
        LocalDate due = dueDate();
        ObjectNode order = hotline.order(orderNo, "150105006003", due);

        Reply created = hotline.post(order);
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
                .isEqualTo(due.plusDays(1).atStartOfDay(CITY).toInstant().truncatedTo(ChronoUnit.MILLIS));
        JsonNode items = api.get("/api/cases/" + caseId + "/history", "supervisor").body().path("items");
        assertThat(items.findValuesAsText("eventType")).containsSubsequence("PetitionReceived", "DeadlineSet",
                "DeadlineSet", "PetitionAccepted", "DeadlineMet", "DeadlineSet", "CaseDispatched");
        assertThat(items.findValuesAsText("actor")).containsOnly("hotline");

        Reply again = hotline.post(order);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.text("caseId")).isEqualTo(caseId);
        assertThat(again.version()).isEqualTo(created.version());
        assertThat(api.get("/api/cases/" + caseId + "/history", "supervisor").body().path("items"))
                .hasSize(items.size());

        ObjectNode changed = order.deepCopy();
        changed.put("标题", "Heating off");
        assertProblem(hotline.post(changed), 409, "EXTERNAL_REF_CONFLICT");
    }

    @Test
    void an_unknown_area_code_is_422_naming_it_and_records_nothing_so_the_corrected_order_registers() {
        MockHotline hotline = new MockHotline(port);
        String orderNo = orderNo();
        Reply unknown = hotline.post(hotline.order(orderNo, "150105999999", dueDate()));
        assertProblem(unknown, 422, "UNKNOWN_AREA_CODE");
        assertThat(unknown.text("detail")).contains("150105999999");
        assertThat(unknown.text("field")).isEqualTo("区划代码");
        assertThat(unknown.body().toString()).doesNotContain("王芳", "13800001111");

        ObjectNode unknownUnit = hotline.order(orderNo, "150105006001", dueDate());
        unknownUnit.put("主办单位", "NOBODY");
        assertProblem(hotline.post(unknownUnit), 422, "UNKNOWN_HOTLINE_UNIT");

        Reply corrected = hotline.post(hotline.order(orderNo, "150105006001", dueDate()));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(201);
    }

    @Test
    void only_the_hotline_client_posts_orders_and_a_missing_field_is_named() {
        MockHotline hotline = new MockHotline(port);
        ObjectNode order = hotline.order(orderNo(), "150105006001", dueDate());
        assertProblem(hotline.post(order, "intake"), 403, null);
        order.remove("办结时限");
        Reply missing = hotline.post(order);
        assertProblem(missing, 400, "INVALID_VALUE");
        assertThat(missing.text("field")).isEqualTo("办结时限");
    }
}
