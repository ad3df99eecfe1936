package org.fengqiao.personaldata;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a personal value sits in a message and whose it is: its {@link PersonalData.Kind} and the number of its data
 * subject in the case. The rule lives here once, for the sealing of events and the masking of histories: every
 * {@code @PersonalData} text (or list of texts) of a record is personal, a marked record (or list of records) has its
 * own marked components, and so has an unmarked one that carries any; the n-th record of a list of records is data
 * subject n, everything else belongs to the subject of the record it is in. At the top that is the case record
 * ({@link SealedValue#CASE_RECORD}, subject 0: the body's official texts, which erasing a person leaves readable),
 * or, for a message marked {@link PersonalData.SubjectsOwn}, subject 1, the person who brought the case. Records of a
 * type marked {@link PersonalData.OfTheCase} (an agreement's terms) are no persons: in a list they keep the subject
 * of the record they are in.
 */
public record PersonalField(PersonalData.Kind kind, int subject) {

    /** What becomes of one personal text at {@code path} (as in the record's JSON form: {@code parties[0].name}). */
    @FunctionalInterface
    public interface Rewrite {
        String apply(String path, PersonalField field, String text);
    }

    private static final Map<Class<?>, Boolean> CARRIERS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    /** The personal texts of {@code record} by their path; empty ones left out. */
    public static Map<String, PersonalField> paths(Object record) {
        Map<String, PersonalField> found = new LinkedHashMap<>();
        rewrite(record, (path, field, text) -> {
            if (!text.isEmpty()) {
                found.put(path, field);
            }
            return text;
        });
        return found;
    }

    /**
     * {@code record} with each of its personal texts replaced by what {@code rewrite} makes of it; the same instance
     * when nothing changed (or it is not a record that carries personal data). Records are rebuilt through their
     * canonical constructors.
     */
    @SuppressWarnings("unchecked")
    public static <T> T rewrite(T record, Rewrite rewrite) {
        if (record == null || !carriesPersonalData(record.getClass())) {
            return record;
        }
        int top = record.getClass().isAnnotationPresent(PersonalData.SubjectsOwn.class) ? 1 : SealedValue.CASE_RECORD;
        return (T) rewriteRecord(record, "", top, rewrite);
    }

    /** Whether records of {@code type} have a marked component, directly or in a nested record or list of records. */
    public static boolean carriesPersonalData(Class<?> type) {
        return type.isRecord() && CARRIERS.computeIfAbsent(type, PersonalField::marks);
    }

    private static Object rewriteRecord(Object record, String prefix, int subject, Rewrite rewrite) {
        Class<?> type = record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], record);
            String path = prefix.isEmpty() ? components[i].getName() : prefix + "." + components[i].getName();
            PersonalData marked = components[i].getAnnotation(PersonalData.class);
            Object rewritten = value;
            if (marked != null) {
                rewritten = rewriteValue(value, path, marked.value(), subject, true, rewrite);
            } else if (value != null && carriesPersonalData(value.getClass())) {
                rewritten = rewriteRecord(value, path, subject, rewrite);
            } else if (value instanceof List<?> list && list.stream().anyMatch(
                    item -> item != null && carriesPersonalData(item.getClass()))) {
                rewritten = rewriteValue(value, path, PersonalData.Kind.TEXT, subject, true, rewrite);
            }
            changed |= rewritten != value;
            values[i] = rewritten;
        }
        return changed ? construct(type, components, values) : record;
    }

    private static Object rewriteValue(Object value, String path, PersonalData.Kind kind, int subject, boolean top,
            Rewrite rewrite) {
        if (value instanceof String text) {
            return rewrite.apply(path, new PersonalField(kind, subject), text);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                // the n-th person of a list of records is subject n; the texts of a list stay with the subject
                int owner = top && item != null && item.getClass().isRecord()
                        && !item.getClass().isAnnotationPresent(PersonalData.OfTheCase.class) ? i + 1 : subject;
                Object rewritten = item == null ? null
                        : rewriteValue(item, path + "[" + i + "]", kind, owner, false, rewrite);
                changed |= rewritten != item;
                out.add(rewritten);
            }
            return changed ? out : list;
        }
        if (value != null && value.getClass().isRecord()) {
            return rewriteRecord(value, path, subject, rewrite);
        }
        return value;
    }

    private static boolean marks(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                return true;
            }
            // straight recursion, not through the cache: a cache entry may not be computed inside another
            Class<?> nested = component.getType();
            if (nested.isRecord() && nested != type && marks(nested)) {
                return true;
            }
            if (List.class.isAssignableFrom(nested) && component.getGenericType() instanceof ParameterizedType list) {
                Type item = list.getActualTypeArguments()[0];
                if (item instanceof Class<?> itemType && itemType.isRecord() && itemType != type && marks(itemType)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            return CONSTRUCTORS.computeIfAbsent(type, record -> canonical(record, components)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " with its personal data", e);
        }
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }
}
