package org.fengqiao.query.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.query.audittrail.HistoryText;
import org.fengqiao.query.personaldata.PersonalDataAccessLog;

/**
 * The personal-data access log of a case as an auditor reads it on the case page: the roles, the purpose and the
 * values read in the page's language, where the log keeps codes and paths ({@code AUDITOR}, {@code dossier:json},
 * {@code 0:DisputeReceived.parties[1].phone}). A path reads as the event's name and its fields' labels
 * ({@code personalField.<name>}), the n-th person of a list counted from 1: 矛盾纠纷登记 · 当事人 2 · 联系电话. A code
 * without a label is shown as it is.
 */
final class AccessLogRows {

    /** One part of a path: a field's name and, in a list, the index. */
    private static final Pattern PART = Pattern.compile("([^\\[\\]]+)(?:\\[(\\d+)])?");

    private AccessLogRows() {
    }

    /** One entry of the log in words. */
    record Row(Instant at, @NotPersonalData("the staff account or client that read") String actor, String roles,
            String purpose, @NotPersonalData("labels of events and fields, never a value") List<String> values) {
    }

    static List<Row> of(List<PersonalDataAccessLog.Entry> entries, HistoryText text) {
        List<Row> rows = new ArrayList<>(entries.size());
        for (PersonalDataAccessLog.Entry entry : entries) {
            List<String> roles = entry.roles() == null ? List.of() : entry.roles();
            String separator = word(text, "summary.separator", "、");
            rows.add(new Row(entry.at(), entry.actor(),
                    String.join(separator, roles.stream().map(role -> word(text, "role." + role, role)).toList()),
                    purpose(entry.purpose(), text),
                    entry.fields() == null ? List.of() : entry.fields().stream().map(path -> value(path, text))
                            .toList()));
        }
        return rows;
    }

    /** {@code history} or {@code dossier:<format>}: the request that read the values. */
    static String purpose(String purpose, HistoryText text) {
        return purpose == null ? "" : word(text, "accessPurpose." + purpose.replace(':', '.'), purpose);
    }

    /** {@code <sequence>:<event type>.<field>[<n>].<field>...}, as {@code Disclosure} writes it, in words. */
    static String value(String path, HistoryText text) {
        int dot = path.indexOf('.');
        int colon = path.indexOf(':');
        if (dot < 0 || colon < 0 || colon > dot) {
            return path;
        }
        List<String> words = new ArrayList<>();
        words.add(text.event(path.substring(colon + 1, dot)));
        for (String part : path.substring(dot + 1).split("\\.")) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                words.add(part);
                continue;
            }
            String label = word(text, "personalField." + matcher.group(1), matcher.group(1));
            words.add(matcher.group(2) == null ? label : label + " " + (Integer.parseInt(matcher.group(2)) + 1));
        }
        return String.join(" · ", words);
    }

    private static String word(HistoryText text, String key, String fallback) {
        return text.messages().getMessage(key, null, fallback, text.locale());
    }
}
