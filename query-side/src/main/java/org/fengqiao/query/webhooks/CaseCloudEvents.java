package org.fengqiao.query.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Locale;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case event as a CloudEvents 1.0 JSON document: {@code id} the event's id (the receiver's dedupe key),
 * {@code source}, {@code type} ({@code cn.fengqiao.case.closed.v1}), {@code subject} the case id, {@code time} the
 * recording time, and the extensions {@code sequence} (the case's version after the event) and {@code chainhash} (the
 * event's hash in the case's chain). {@code data} summarises the event without personal values: by construction it
 * holds only the event's enumerations, numbers, flags, times and codes (never free text, names or lists).
 */
final class CaseCloudEvents {

    static final String TYPE_PREFIX = "cn.fengqiao.";
    static final String TYPE_SUFFIX = ".v1";

    private final ObjectMapper json;
    private final String source;

    CaseCloudEvents(ObjectMapper json, String source) {
        this.json = json;
        this.source = source;
    }

    /** {@code CaseClosed} is {@code cn.fengqiao.case.closed.v1}, {@code DisputeReceived} {@code ...case.dispute-received.v1}. */
    static String typeOf(Class<?> eventType) {
        String[] words = eventType.getSimpleName().split("(?<=[a-z0-9])(?=[A-Z])");
        StringBuilder name = new StringBuilder();
        for (int i = words[0].equals("Case") && words.length > 1 ? 1 : 0; i < words.length; i++) {
            name.append(name.length() == 0 ? "" : "-").append(words[i].toLowerCase(Locale.ROOT));
        }
        return TYPE_PREFIX + "case." + name + TYPE_SUFFIX;
    }

    /** A type as a subscription may name it: {@code case.closed} or the full {@code cn.fengqiao.case.closed.v1}. */
    static String fullType(String type) {
        return type.startsWith(TYPE_PREFIX) ? type : TYPE_PREFIX + type + TYPE_SUFFIX;
    }

    String body(DomainEventMessage<?> event) {
        CaseEvent payload = (CaseEvent) event.getPayload();
        ObjectNode cloudEvent = json.createObjectNode();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.getIdentifier());
        cloudEvent.put("source", source);
        cloudEvent.put("type", typeOf(payload.getClass()));
        cloudEvent.put("subject", payload.caseId().toString());
        cloudEvent.put("time", event.getTimestamp().toString());
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("sequence", event.getSequenceNumber() + 1);
        Object hash = event.getMetaData().get("hash");
        if (hash != null) {
            cloudEvent.put("chainhash", hash.toString());
        }
        cloudEvent.set("data", summary(payload));
        try {
            return json.writeValueAsString(cloudEvent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode summary(CaseEvent payload) {
        ObjectNode data = json.createObjectNode();
        data.put("caseId", payload.caseId().toString());
        data.put("event", payload.getClass().getSimpleName());
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class) || component.getName().equals("caseId")) {
                continue;
            }
            Class<?> type = component.getType();
            Object value;
            try {
                value = component.getAccessor().invoke(payload);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            if (type.isEnum() || type == CaseNumber.class || type == NodeCode.class || type == UnitCode.class
                    || type == CaseId.class) {
                data.put(component.getName(), value.toString());
            } else if (type == Instant.class || type == java.time.LocalDate.class) {
                data.put(component.getName(), value.toString());
            } else if (type == boolean.class || type == Boolean.class) {
                data.put(component.getName(), (Boolean) value);
            } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
                data.put(component.getName(), ((Number) value).longValue());
            }
        }
        return data;
    }
}
