package org.fengqiao.query.audittrail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.query.common.LocalTimes;
import org.fengqiao.query.common.PlaceNames;
import org.springframework.context.MessageSource;

/**
 * Words for people from the console's message bundle, in one language: a {@link HistoryLine} as a sentence, and the
 * labels of the codes it carries (statuses, categories, outcomes, levels, limits... as {@code <prefix>.<CODE>}), unit
 * and node codes as their names in the jurisdiction tree, times in the deployment's zone with the zone named. A code
 * without a label is shown as it is.
 */
public record HistoryText(MessageSource messages,
        @NotPersonalData("the names of units and nodes in the jurisdiction tree") PlaceNames names, ZoneId zone,
        Locale locale) {

    /** Bundle prefixes that differ from the enumeration's name with a lower-case first letter. */
    private static final Map<String, String> PREFIXES = Map.of("CaseStatus", "status", "RiskLevel", "risk",
            "TimeLimit", "limit", "MeetingType", "meeting", "CaseKind", "kind", "DisputeSource", "source");

    /** Where the codes of a board's figures find their labels, in this order. */
    private static final List<String> CODE_PREFIXES = List.of("status", "kind", "category", "risk", "outcome",
            "meeting", "satisfaction", "level");

    public String render(HistoryLine line) {
        if (line == HistoryLine.NONE || HistoryLine.NONE.equals(line)) {
            return "";
        }
        Object[] args = line.args().stream().map(this::argument).toArray();
        return messages.getMessage(line.key(), args, line.key(), locale);
    }

    /** The label of a code: {@code outcome.RESOLVED} → 化解; the code itself when the bundle has none. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        String prefix = PREFIXES.getOrDefault(type, Character.toLowerCase(type.charAt(0)) + type.substring(1));
        return messages.getMessage(prefix + "." + value.name(), null, value.name(), locale);
    }

    public String category(Category category) {
        return category == null ? "" : messages.getMessage("category." + category.code(), null, category.code(), locale);
    }

    public String status(CaseStatus status) {
        return label(status);
    }

    public String time(Instant instant) {
        return LocalTimes.format(instant, zone);
    }

    /** An event type's name: {@code event.CaseClosed} → 办结. */
    public String event(String eventType) {
        return eventType == null ? "" : messages.getMessage("event." + eventType, null, eventType, locale);
    }

    /**
     * A board figure's path as the changes between two boards name it ({@code open.byStatus.RECEIVED}), in words:
     * each part's label ({@code figure.open}, then the code's: 在办 · 已登记), {@code total} and the {@code by...}
     * groupings left out, a unit code as its name, a part without a label as it is.
     */
    public String figure(String path) {
        List<String> words = new java.util.ArrayList<>();
        for (String part : path.split("\\.")) {
            if (part.equals("total") || part.matches("by[A-Z].*")) {
                continue;
            }
            // "" when there is no label (the console's bundle otherwise answers the key itself)
            String word = messages.getMessage("figure." + part, null, "", locale);
            for (int i = 0; word.isEmpty() && part.matches("[A-Z][A-Z0-9_]*") && i < CODE_PREFIXES.size(); i++) {
                word = messages.getMessage(CODE_PREFIXES.get(i) + "." + part, null, "", locale);
            }
            words.add(word.isEmpty() ? names.unit(part) : word);
        }
        return String.join(" · ", words);
    }

    private Object argument(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Number) {
            return value;
        } else if (value instanceof HistoryLine line) {
            return render(line);
        } else if (value instanceof Enum<?> code) {
            return label(code);
        } else if (value instanceof Category category) {
            return category(category);
        } else if (value instanceof UnitCode unit) {
            return names.unit(unit);
        } else if (value instanceof NodeCode node) {
            return names.node(node);
        } else if (value instanceof Instant instant) {
            return time(instant);
        } else if (value instanceof LocalDate date) {
            return date.toString();
        } else if (value instanceof List<?> list) {
            String separator = messages.getMessage("summary.separator", null, ", ", locale);
            return list.stream().map(this::argument).map(String::valueOf).collect(Collectors.joining(separator));
        }
        return value.toString();
    }
}
