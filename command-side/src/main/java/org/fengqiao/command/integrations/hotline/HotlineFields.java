package org.fengqiao.command.integrations.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.fengqiao.command.integrations.hotline.HotlineProperties.City;

/**
 * Reads the fields of what a city's hotline sends (a work order, a callback) under the city's JSON keys, refusing a
 * missing or unreadable one with 400 naming the city's key. Times are ISO-8601 instants or the city's local
 * {@code yyyy-MM-dd HH:mm[:ss]}; a date is a date or such a time (its day counts).
 */
final class HotlineFields {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]",
            Locale.ROOT);

    private final City city;
    private final ZoneId zone;
    private final JsonNode json;

    HotlineFields(City city, ZoneId zone, JsonNode json, String what) {
        if (json == null || !json.isObject()) {
            throw HotlineOrderRejected.invalid(null, what + " is a JSON object.");
        }
        this.city = city;
        this.zone = zone;
        this.json = json;
    }

    /** A field's text, stripped; none when absent or blank; within the limits of every request's texts. */
    String text(String field) {
        JsonNode value = json.get(city.key(field));
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw unreadable(field, "a text");
        }
        String text = value.asText().strip();
        int limit = field.equals("content") ? 10_000 : 200;
        if (text.length() > limit) {
            throw HotlineOrderRejected.invalid(city.key(field), city.key(field) + " must be at most " + limit
                    + " characters.");
        }
        return text.isEmpty() ? null : text;
    }

    String required(String field) {
        String value = text(field);
        if (value == null) {
            throw HotlineOrderRejected.invalid(city.key(field), city.key(field) + " is required.");
        }
        return value;
    }

    /** A time, or none when absent. */
    Instant time(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Instant time = parseTime(text);
        if (time == null) {
            throw unreadable(field, "an ISO-8601 time or yyyy-MM-dd HH:mm:ss in the city's time");
        }
        return time;
    }

    Instant requiredTime(String field) {
        required(field);
        return time(field);
    }

    /** A date, or the day of a time; none when absent. */
    LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            Instant time = parseTime(text);
            if (time == null) {
                throw unreadable(field, "a date (2026-10-12) or a time");
            }
            return LocalDate.ofInstant(time, zone);
        }
    }

    /** The city's code in {@code field} read through {@code table}, or our own name of the value, as an enum value. */
    <E extends Enum<E>> E code(String field, Map<String, String> table, Class<E> type) {
        String code = text(field);
        if (code == null) {
            return null;
        }
        String ours = table.getOrDefault(code, code);
        try {
            return Enum.valueOf(type, ours.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unreadable(field, "one of the codes of the city's table " + table.keySet() + " or "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    HotlineOrderRejected unreadable(String field, String expected) {
        return HotlineOrderRejected.invalid(city.key(field), city.key(field) + " must be " + expected + ".");
    }

    JsonNode value(String field) {
        return json.get(city.key(field));
    }

    private Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, LOCAL_TIME).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
