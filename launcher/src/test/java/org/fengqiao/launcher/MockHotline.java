package org.fengqiao.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.fengqiao.launcher.ApiClient.Reply;

/**
 * The 12345 platform in the tests (issue 21, part 3): it posts work orders in the sample city's format (the field
 * names of {@code application.yml}) as the {@code hotline} client, and receives the application's callbacks on an HTTP
 * server of its own, answering 204, or 500 to the first deliveries of an order it was told to refuse. One server for
 * the test JVM, started with the shared application context, whose configuration names its url and secret
 * ({@link TemporaryDataFolder}).
 */
final class MockHotline {

    /** The secret the application signs callbacks with: {@code whsec_} and 32 bytes in base64. */
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "mock-12345-hotline-callback-key!".getBytes(StandardCharsets.US_ASCII));
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MockHotline instance;

    /** A callback as received: its Standard Webhooks headers, its body and the status answered. */
    record Callback(String id, String timestamp, String signature, String body, int answered) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean accepted() {
            return answered < 300;
        }
    }

    private final HttpServer server;
    private final List<Callback> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    private MockHotline() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/12345/callbacks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String orderNo = new Callback(null, null, null, body, 0).json().path("orderNo").asText();
            AtomicInteger left = refusals.get(orderNo);
            int status = left != null && left.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Callback(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static synchronized MockHotline get() {
        if (instance == null) {
            instance = new MockHotline();
        }
        return instance;
    }

    /** The configuration that sends the sample city's callbacks here. */
    Map<String, String> properties() {
        return Map.of("fengqiao.integrations.hotline.cities.hohhot.callback.url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/12345/callbacks",
                "fengqiao.integrations.hotline.cities.hohhot.callback.secret", SECRET);
    }

    /** The first {@code times} callbacks of the order are answered 500. */
    void refuseFirst(String orderNo, int times) {
        refusals.put(orderNo, new AtomicInteger(times));
    }

    /** Every callback of the order received so far, refused ones included, in order of arrival. */
    List<Callback> callbacksOf(String orderNo) {
        return received.stream().filter(callback -> callback.json().path("orderNo").asText().equals(orderNo))
                .toList();
    }

    /**
     * An order dispatched a minute ago, due on {@code dueDate}, urgent (2), to the housing bureau (ZJJ) with the
     * property office (FLWY) assisting.
     */
    static ObjectNode order(String orderNo, String areaCode, LocalDate dueDate) {
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

    static Reply post(ApiClient api, JsonNode order) {
        return post(api, order, "hotline");
    }

    static Reply post(ApiClient api, JsonNode order, String account) {
        return api.post("/api/integrations/hotline/orders", order.toString(), account);
    }

    /** The hotline's follow-up (回访) of an order: its result code (1 satisfied, 2 basically, 3 not), resolved or not. */
    static ObjectNode followUp(String orderNo, String result, String resolved, Instant at, LocalDate reworkDue) {
        ObjectNode followUp = JSON.createObjectNode();
        followUp.put("工单编号", orderNo);
        followUp.put("回访结果", result);
        followUp.put("是否解决", resolved);
        followUp.put("回访时间", at.toString());
        if (reworkDue != null) {
            followUp.put("重办时限", reworkDue.toString());
        }
        return followUp;
    }

    /** The hotline's urge (催办) of an order. */
    static ObjectNode urge(String orderNo, Instant at) {
        return urge(orderNo, at, null);
    }

    /** The hotline's urge (催办) of an order, its feedback due on {@code feedbackDue} (反馈时限) when one is named. */
    static ObjectNode urge(String orderNo, Instant at, LocalDate feedbackDue) {
        ObjectNode urge = JSON.createObjectNode();
        urge.put("工单编号", orderNo);
        urge.put("催办内容", "The caller rang again: still no lift");
        urge.put("催办时间", at.toString());
        if (feedbackDue != null) {
            urge.put("反馈时限", feedbackDue.toString());
        }
        return urge;
    }

    /** The hotline's decision (1 approved, 0 refused) on an extension of an order, with its new due date. */
    static ObjectNode extension(String orderNo, String result, LocalDate dueDate, Instant at) {
        ObjectNode extension = JSON.createObjectNode();
        extension.put("工单编号", orderNo);
        extension.put("延期审核结果", result);
        if (dueDate != null) {
            extension.put("延期后办结时限", dueDate.toString());
        }
        extension.put("审核时间", at.toString());
        return extension;
    }

    /** Posts one of the hotline's callbacks ({@code follow-up-results}, {@code urgings}, {@code extensions}). */
    static Reply callback(ApiClient api, String kind, JsonNode body) {
        return api.post("/api/integrations/hotline/" + kind, body.toString(), "hotline");
    }
}
