package org.fengqiao.query.personaldata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fengqiao.personaldata.Masking;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.PersonalDataCipher;

/**
 * What one caller may see of one case's personal values, for one answer: each personal value of the answer becomes its
 * plain text ({@link Sight#FULL}), its mask (张*, 138****1234; free text {@value Masking#HIDDEN_TEXT}), {@value
 * #RESTRICTED} for a restricted subject (auditors aside) or {@value #ERASED} once the subject's key is gone. Every
 * value shown in full is noted, with its path in the answer, for the access log.
 */
public final class Disclosure {

    public static final String RESTRICTED = "[restricted]";
    public static final String ERASED = "[erased]";

    /** How much of the case's personal data the caller sees. */
    public enum Sight {
        /** Plain text: the handling officer of the case's unit, a supervisor of its node, an auditor in scope. */
        FULL,
        /** Masked: everyone else. */
        MASKED
    }

    private final PersonalDataCipher cipher;
    private final Sight sight;
    private final boolean auditor;
    private final Set<Integer> restricted;
    private final Set<Integer> erased;
    private final List<String> disclosed = new ArrayList<>();
    private final Set<Integer> disclosedSubjects = new TreeSet<>();

    Disclosure(PersonalDataCipher cipher, Sight sight, boolean auditor, Set<Integer> restricted, Set<Integer> erased) {
        this.cipher = cipher;
        this.sight = sight;
        this.auditor = auditor;
        this.restricted = Set.copyOf(restricted);
        this.erased = Set.copyOf(erased);
    }

    public Sight sight() {
        return sight;
    }

    /**
     * A copy of {@code fields} (an event's payload as a map) with every personal value disclosed or masked: each
     * sealed value, and each plain one at a place that {@code personal} names (an event stored before sealing
     * existed). {@code prefix} names the event in the paths the access log records.
     */
    public Map<String, Object> fields(String prefix, Map<String, ?> fields, Map<String, PersonalField> personal) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.put(name, value(prefix, name, value, personal)));
        return out;
    }

    private Object value(String prefix, String path, Object value, Map<String, PersonalField> personal) {
        if (value instanceof String text) {
            Optional<SealedValue> sealed = SealedValue.parse(text);
            if (sealed.isPresent()) {
                SealedValue found = sealed.get();
                return show(prefix + "." + path, found.kind(), found.subjectNumber(),
                        () -> cipher.open(found.subject(), found.kind().name(), found.data()));
            }
            PersonalField place = personal.get(path);
            return place == null ? text : show(prefix + "." + path, place.kind(), place.subject(),
                    () -> Optional.of(text));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((name, item) -> out.put(String.valueOf(name), value(prefix, path + "." + name, item,
                    personal)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(value(prefix, path + "[" + i + "]", list.get(i), personal));
            }
            return out;
        }
        return value;
    }

    private String show(String path, PersonalData.Kind kind, int subject, Supplier<Optional<String>> open) {
        if (erased.contains(subject)) {
            return ERASED;
        }
        if (restricted.contains(subject) && !auditor) {
            return RESTRICTED;
        }
        Optional<String> plain = open.get();
        if (plain.isEmpty()) {
            return ERASED;
        }
        if (sight == Sight.FULL) {
            disclosed.add(path);
            disclosedSubjects.add(subject);
            return plain.get();
        }
        return Masking.of(kind, plain.get());
    }

    /** The paths of the values shown in full so far. */
    public List<String> disclosed() {
        return List.copyOf(disclosed);
    }

    /** The data subjects whose values were shown in full so far, in order. */
    public List<Integer> disclosedSubjects() {
        return List.copyOf(disclosedSubjects);
    }
}
