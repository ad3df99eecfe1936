package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.personaldata.PersonalField;

/**
 * One event of a case's history as the event store holds it.
 *
 * @param sequence   the event's position in the case's stream, from 0; the case's version after it is
 *                   {@code sequence + 1}
 * @param eventType  the event's simple type name, e.g. {@code CaseAssigned}
 * @param occurredAt when it happened in business terms (the event's own {@code occurredAt})
 * @param recordedAt when the event store recorded it (the event message's timestamp)
 * @param actor      who caused it
 * @param summary    one line in English that names no person and repeats no free text, safe to show and to log
 * @param fields     the event's payload as a map; it may hold personal data (names, phone numbers, free text), so it
 *                   never goes to a log
 * @param personal   where {@code fields} holds personal values ({@code parties[0].name}), with their kind and data
 *                   subject: what the HTTP API masks or discloses by the caller's role
 */
public record HistoryEntryView(
        long sequence,
        String eventType,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor,
        @NotPersonalData("codes, counts, levels and dates only (HistorySummary)") String summary,
        @PersonalData Map<String, Object> fields,
        @NotPersonalData("the places of personal values, not the values") Map<String, PersonalField> personal) {

    public HistoryEntryView {
        // a copy that keeps the payload's field order and, unlike Map.copyOf, its null values
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        personal = personal == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(personal));
    }

    /** Without the places of personal values. */
    public HistoryEntryView(long sequence, String eventType, Instant occurredAt, Instant recordedAt, Actor actor,
            String summary, Map<String, Object> fields) {
        this(sequence, eventType, occurredAt, recordedAt, actor, summary, fields, Map.of());
    }

    /** The same entry with {@code shown} as its fields (personal values disclosed or masked). */
    public HistoryEntryView withFields(Map<String, Object> shown) {
        return new HistoryEntryView(sequence, eventType, occurredAt, recordedAt, actor, summary, shown, personal);
    }

    /** Leaves out {@code fields}, which may hold personal data. */
    @Override
    public String toString() {
        return "HistoryEntryView[sequence=" + sequence + ", eventType=" + eventType + ", recordedAt=" + recordedAt + "]";
    }
}
