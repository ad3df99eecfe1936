package org.fengqiao.cases.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a personal value sits in a message and whose it is: its {@link PersonalData.Kind} and the number of its data
 * subject in the case, by the rule that seals it (the n-th record of a list of persons is subject n, everything
 * else belongs to subject 1). {@link #paths} finds them from the {@code @PersonalData} marks, so a history can mask a
 * value by its place even where it is not sealed (an event stored before sealing existed).
 */
public record PersonalField(PersonalData.Kind kind, int subject) {

    /**
     * The personal values of {@code record} by their path in its JSON form ({@code content},
     * {@code parties[0].name}, {@code signatories[1]}); texts only, empty ones left out.
     */
    public static Map<String, PersonalField> paths(Object record) {
        Map<String, PersonalField> found = new LinkedHashMap<>();
        if (record != null && record.getClass().isRecord()) {
            walk(record, "", 1, found);
        }
        return found;
    }

    private static void walk(Object record, String prefix, int subject, Map<String, PersonalField> found) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(component, record);
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            PersonalData marked = component.getAnnotation(PersonalData.class);
            if (marked != null) {
                place(value, path, marked.value(), subject, true, found);
            } else if (value != null && value.getClass().isRecord()) {
                walk(value, path, subject, found);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null && list.get(i).getClass().isRecord()) {
                        walk(list.get(i), path + "[" + i + "]", i + 1, found);
                    }
                }
            }
        }
    }

    private static void place(Object value, String path, PersonalData.Kind kind, int subject, boolean top,
            Map<String, PersonalField> found) {
        if (value instanceof String text) {
            if (!text.isEmpty()) {
                found.put(path, new PersonalField(kind, subject));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                int owner = top && item != null && item.getClass().isRecord() ? i + 1 : subject;
                place(item, path + "[" + i + "]", kind, owner, false, found);
            }
        } else if (value != null && value.getClass().isRecord()) {
            walk(value, path, subject, found);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
