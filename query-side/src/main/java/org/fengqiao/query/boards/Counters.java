package org.fengqiao.query.boards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * Counter documents as nested BSON documents of longs, addressed by dotted paths ({@code byStatus.ASSIGNED},
 * {@code daysToClose.12}). Keys are enum names, category codes, ISO dates and numbers, none of which
 * holds a dot or starts with a dollar. A counter that falls to zero is removed, and so is a nested document left
 * empty, so that documents do not grow with keys that no longer count.
 */
final class Counters {

    private Counters() {
    }

    /** Adds every delta of {@code deltas} (path to amount) to {@code document}, in place. */
    static void add(Document document, Map<String, Long> deltas) {
        deltas.forEach((path, delta) -> add(document, path.split("\\."), 0, delta));
    }

    private static void add(Document document, String[] path, int index, long delta) {
        String key = path[index];
        if (index == path.length - 1) {
            long value = number(document.get(key)) + delta;
            if (value == 0) {
                document.remove(key);
            } else {
                document.put(key, value);
            }
            return;
        }
        Document nested = document.get(key) instanceof Document existing ? existing : new Document();
        add(nested, path, index + 1, delta);
        if (nested.isEmpty()) {
            document.remove(key);
        } else {
            document.put(key, nested);
        }
    }

    /** A copy of a counter document that shares no nested document with it (its leaves are immutable). */
    static Document copy(Document document) {
        Document copy = new Document();
        document.forEach((key, value) -> copy.put(key, value instanceof Document nested ? copy(nested) : value));
        return copy;
    }

    static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0L;
    }

    /** The counters of a nested document as a map, in stored order; empty when there is none. */
    static Map<String, Long> map(Document document, String key) {
        if (!(document.get(key) instanceof Document nested)) {
            return Map.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        nested.forEach((name, value) -> counts.put(name, number(value)));
        return Collections.unmodifiableMap(counts);
    }
}
