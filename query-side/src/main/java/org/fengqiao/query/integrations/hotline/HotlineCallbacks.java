package org.fengqiao.query.integrations.hotline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.timelimits.HotlineExtensionRequested;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.query.webhooks.DeliveryFormat;

/**
 * A city's hotline callbacks ({@code hotline:<city>}): for each of its work orders (a case registered under the
 * city's external system), what the hotline's process needs to hear, as one JSON object per event: {@code orderNo}
 * (its 工单编号), {@code caseId}, {@code eventId} (the dedupe key, also {@code webhook-id}), {@code sequence} (the
 * case's version after the event), {@code action}, {@code occurredAt} (business time), {@code recordedAt} and the
 * action's codes: SIGNED and RETURN_REQUESTED with the city's {@code unit} code (a return with the city's
 * {@code reasonCode}), RETURN_APPROVED / RETURN_REFUSED, PROGRESS (a note, or an assisting unit's report), REPLIED
 * (the reply's {@code opinion}), EXTENSION_REQUESTED (the unit's {@code requestedDueDate}, its {@code unit}; the
 * hotline answers with its decision, an inbound callback), CLOSED ({@code outcome}, {@code satisfaction}). No free text and no name: callbacks,
 * like every delivery, carry no personal values; the hotline reads the case through the API under its grants.
 */
final class HotlineCallbacks implements DeliveryFormat {

    static final String FORMAT_PREFIX = "hotline:";

    private final HotlineCallbackProperties properties;
    private final ObjectMapper json;

    HotlineCallbacks(HotlineCallbackProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    static String formatOf(String city) {
        return FORMAT_PREFIX + city;
    }

    @Override
    public boolean renders(String format) {
        return format != null && format.startsWith(FORMAT_PREFIX)
                && properties.cities().containsKey(format.substring(FORMAT_PREFIX.length()));
    }

    @Override
    public Optional<String> render(String format, DomainEventMessage<?> event, ExternalRef externalRef) {
        HotlineCallbackProperties.City city = properties.cities().get(format.substring(FORMAT_PREFIX.length()));
        if (city == null || externalRef == null || !externalRef.system().equals(city.system())
                || !(event.getPayload() instanceof CaseEvent payload)) {
            return Optional.empty();
        }
        ObjectNode callback = json.createObjectNode();
        callback.put("orderNo", externalRef.id());
        callback.put("caseId", payload.caseId().toString());
        callback.put("eventId", event.getIdentifier());
        callback.put("sequence", event.getSequenceNumber() + 1);
        if (!describe(payload, callback, city)) {
            return Optional.empty();
        }
        callback.put("recordedAt", event.getTimestamp().toString());
        try {
            return Optional.of(json.writeValueAsString(callback));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The action and its codes; false for an event the hotline does not hear of. */
    private static boolean describe(CaseEvent event, ObjectNode callback, HotlineCallbackProperties.City city) {
        if (event instanceof DispatchSigned e) {
            action(callback, "SIGNED", e.occurredAt()).put("unit", cityUnit(city, e.unit()));
        } else if (event instanceof DispatchReturnRequested e) {
            action(callback, "RETURN_REQUESTED", e.occurredAt()).put("unit", cityUnit(city, e.unit()))
                    .put("reasonCode", city.returnReasons().getOrDefault(e.reasonCode().name(), e.reasonCode().name()));
        } else if (event instanceof DispatchReturnDecided e) {
            action(callback, e.decision() == ReturnDecision.APPROVE ? "RETURN_APPROVED" : "RETURN_REFUSED",
                    e.occurredAt()).put("unit", cityUnit(city, e.unit()));
        } else if (event instanceof NoteAdded e) {
            action(callback, "PROGRESS", e.occurredAt());
        } else if (event instanceof ContributionReported e) {
            action(callback, "PROGRESS", e.occurredAt()).put("unit", cityUnit(city, e.unit()));
        } else if (event instanceof ReplyServed e) {
            action(callback, "REPLIED", e.occurredAt()).put("opinion", String.valueOf(e.opinion()));
        } else if (event instanceof HotlineExtensionRequested e) {
            ObjectNode requested = action(callback, "EXTENSION_REQUESTED", e.occurredAt())
                    .put("requestedDueDate", e.dueDate().toString());
            if (e.unit() != null) {
                requested.put("unit", cityUnit(city, e.unit()));
            }
        } else if (event instanceof CaseClosed e) {
            ObjectNode closed = action(callback, "CLOSED", e.occurredAt()).put("outcome", String.valueOf(e.outcome()));
            if (e.satisfaction() != null) {
                closed.put("satisfaction", e.satisfaction().name());
            }
        } else {
            return false;
        }
        return true;
    }

    private static ObjectNode action(ObjectNode callback, String action, java.time.Instant occurredAt) {
        callback.put("action", action);
        callback.put("occurredAt", String.valueOf(occurredAt));
        return callback;
    }

    /** The city's code of one of our units (its unit table read backwards), or ours when it has none. */
    private static String cityUnit(HotlineCallbackProperties.City city, UnitCode unit) {
        Map<String, String> back = city.units().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
        return back.getOrDefault(unit.value(), unit.value());
    }
}
