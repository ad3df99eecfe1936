package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.query.HistoryEntryView;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every component of every message and document that looks personal is classified: marked {@link PersonalData}, or
 * {@link NotPersonalData} with the reviewed reason. Scanned: the kernel's records and classes (commands, events,
 * queries, views, reference data), the command side's request and response bodies, and the query side's records
 * (documents and views). A component looks personal when a word of its name is on {@link #PERSONAL_WORDS} (who
 * someone is or how to reach them) or {@link #TEXT_WORDS} (free text, which can mention anyone) and its type can
 * hold text: a String, a record, a map, or a collection of those. A marked component must be of a type the sealing
 * and the masking understand: text, a list of texts, a record with marked components, a list of such records, or a
 * map of an event's fields.
 */
class PersonalDataClassificationTest {

    /** The kernel's packages: the published language. */
    static final List<String> KERNEL = List.of("org.fengqiao.cases", "org.fengqiao.boards", "org.fengqiao.integrity",
            "org.fengqiao.jurisdiction", "org.fengqiao.personaldata");
    /** The command side's HTTP bodies ({@code *Request}, {@code *Response}). */
    static final String COMMAND_WEB = "org.fengqiao.command.web";
    /** The query side: its records are its documents and views; its classes are Spring beans that hold no data. */
    static final String QUERY = "org.fengqiao.query";

    /** Words that name a person or a way to find or reach one. */
    static final Set<String> PERSONAL_WORDS = Set.of("name", "names", "phone", "phones", "mobile", "tel",
            "telephone", "cellphone", "fax", "identity", "idcard", "idnumber", "passport", "address", "addresses",
            "addr", "contact", "contacts", "participant", "participants", "signatory", "signatories", "party",
            "parties", "petitioner", "petitioners", "applicant", "applicants", "respondent", "respondents",
            "mediator", "mediators", "witness", "witnesses", "resident", "residents", "person", "persons", "people",
            "citizen", "owner", "owners", "household", "family", "relative", "guardian", "spouse", "email", "mail",
            "wechat", "birth", "birthday", "birthdate", "dob", "age", "gender", "sex", "ethnicity", "nationality",
            "religion", "health", "medical", "diagnosis", "whereabouts", "location", "officer", "officers",
            "leader", "approver", "actor", "user", "author", "signer", "reporter", "whistleblower", "victim");
    /** Words that name free text: whatever a person writes can name or describe a resident. */
    static final Set<String> TEXT_WORDS = Set.of("text", "note", "notes", "minutes", "content", "reason", "reasons",
            "terms", "remark", "remarks", "comment", "comments", "description", "detail", "details", "message",
            "summary", "performance", "route", "subject", "statement", "complaint", "story");
    /** Written together in one word of a name ({@code homeaddress}), still personal. */
    static final List<String> PERSONAL_PARTS = List.of("phone", "mobile", "email", "address", "idnumber", "idcard",
            "birth", "petitioner", "signator", "participant", "mediator");

    @Test
    void every_message_and_document_component_that_looks_personal_is_classified() {
        List<String> problems = messagesAndDocuments().stream()
                .flatMap(type -> problems(type).stream())
                .sorted()
                .toList();

        assertThat(problems)
                .as("Components that look personal but are neither @PersonalData nor @NotPersonalData(reason), and "
                        + "@PersonalData components of a type the sealing cannot handle:%n  %s",
                        String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void every_record_that_carries_personal_data_masks_its_to_string() {
        List<String> unmasked = messagesAndDocuments().stream()
                .filter(type -> !masksToString(type))
                .map(PersonalDataClassificationTest::displayName)
                .toList();

        assertThat(unmasked)
                .as("Records with @PersonalData components that keep the generated toString(), which prints every "
                        + "value (Spring and Axon log messages and request bodies by it)")
                .isEmpty();
    }

    @Test
    void the_scan_reaches_kernel_messages_request_bodies_and_query_documents() {
        Set<String> scanned = messagesAndDocuments().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(scanned).contains(PetitionReceived.class.getName(), NoteAdded.class.getName(),
                Party.class.getName(), HistoryEntryView.class.getName(),
                "org.fengqiao.command.web.ReceivePetitionRequest", "org.fengqiao.command.web.NoteRequest",
                "org.fengqiao.query.caseview.CaseViewDocument", "org.fengqiao.query.dossier.Dossier$Entry",
                "org.fengqiao.query.boards.BoardCase");
        assertThat(scanned).noneMatch(name -> name.startsWith("org.fengqiao.command.web.")
                && name.endsWith("Controller"));
    }

    @Test
    void an_unmarked_phone_number_is_reported() {
        record Resident(String phone, int visits) {
        }

        assertThat(problems(Resident.class)).containsExactly(
                "PersonalDataClassificationTest.Resident.phone: looks personal, not classified");
    }

    @Test
    void unmarked_names_in_lists_nested_records_and_fields_are_reported() {
        assertThat(problems(Leaky.class)).containsExactly(
                "PersonalDataClassificationTest.Leaky.witnessNames: looks personal, not classified",
                "PersonalDataClassificationTest.Leaky.contact: looks personal, not classified",
                "PersonalDataClassificationTest.Leaky.homeaddress: looks personal, not classified");
        assertThat(problems(LeakyClass.class)).containsExactly(
                "PersonalDataClassificationTest.LeakyClass.mobile: looks personal, not classified");
    }

    @Test
    void classified_components_and_harmless_types_are_accepted() {
        assertThat(problems(Classified.class)).isEmpty();
    }

    @Test
    void personal_data_of_a_type_the_sealing_cannot_hold_is_reported() {
        assertThat(problems(BadlyTyped.class)).containsExactly(
                "PersonalDataClassificationTest.BadlyTyped.birth: @PersonalData on java.time.Instant, which is "
                        + "neither text, a list of texts, a record with @PersonalData components, a list of such "
                        + "records, nor a map",
                "PersonalDataClassificationTest.BadlyTyped.visitor: @PersonalData on "
                        + "org.fengqiao.launcher.PersonalDataClassificationTest$Unmarked, which is neither text, "
                        + "a list of texts, a record with @PersonalData components, a list of such records, nor a map",
                "PersonalDataClassificationTest.BadlyTyped.phone: both @PersonalData and @NotPersonalData");
    }

    @Test
    void a_record_with_personal_data_and_the_generated_to_string_is_reported() {
        assertThat(masksToString(Contact.class)).isFalse();
        assertThat(masksToString(Classified.class)).isTrue();
        assertThat(masksToString(Unmarked.class)).isTrue();
    }

    record Leaky(List<String> witnessNames, Contact contact, String homeaddress, long sizeBytes, Instant occurredAt) {
    }

    record Contact(@PersonalData(PersonalData.Kind.PHONE) String number) {
    }

    static class LeakyClass {
        private static final String PHONE_PATTERN = "[0-9]{11}";
        private String mobile;
        private String caseId;
    }

    record Classified(@PersonalData(PersonalData.Kind.NAME) List<String> participants,
            @PersonalData List<Contact> contacts, @PersonalData(PersonalData.Kind.PHONE) String phone,
            @PersonalData Map<String, Object> fields, @NotPersonalData("a staff account") String officer,
            Staff approver, Instant birthIgnoredBecauseNotText, int parties) {

        @Override
        public String toString() {
            return "Classified[]";
        }
    }

    @NotPersonalData("a staff account")
    record Staff(String value) {
    }

    record Unmarked(String value) {
    }

    record BadlyTyped(@PersonalData Instant birth, @PersonalData Unmarked visitor,
            @PersonalData @NotPersonalData("contradiction") String phone) {
    }

    /** Every record and class of the messages and documents, found on the test classpath (all modules). */
    static List<Class<?>> messagesAndDocuments() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<?>> found = new ArrayList<>();
        for (String base : concat(KERNEL, List.of(COMMAND_WEB, QUERY))) {
            for (BeanDefinition definition : scanner.findCandidateComponents(base)) {
                Class<?> type = load(definition.getBeanClassName());
                if (isData(type) && belongs(type)) {
                    found.add(type);
                }
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    private static boolean belongs(Class<?> type) {
        String name = type.getName();
        if (name.startsWith(COMMAND_WEB + ".")) {
            return type.isRecord() && (name.endsWith("Request") || name.endsWith("Response"));
        }
        if (name.startsWith(QUERY + ".")) {
            return type.isRecord();
        }
        return KERNEL.stream().anyMatch(base -> name.startsWith(base + "."));
    }

    private static boolean isData(Class<?> type) {
        return !type.isInterface() && !type.isEnum() && !type.isAnnotation() && !type.isAnonymousClass()
                && !type.isSynthetic() && !Throwable.class.isAssignableFrom(type);
    }

    private static final String SECRET = "SECRET-4711";

    /**
     * Whether {@code toString()} of {@code type} keeps its personal data to itself: a record is built with a marked
     * value in every @PersonalData component (nested records and lists too) and nulls or zeros elsewhere, and its
     * {@code toString()} must not show them. Types without @PersonalData components pass as they are.
     */
    static boolean masksToString(Class<?> type) {
        if (!type.isRecord() || Arrays.stream(type.getRecordComponents())
                .noneMatch(component -> component.isAnnotationPresent(PersonalData.class))) {
            return true;
        }
        return !String.valueOf(build(type)).contains(SECRET);
    }

    private static Object build(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].isAnnotationPresent(PersonalData.class)
                    ? secretOf(components[i].getGenericType())
                    : emptyOf(types[i]);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + " to check its toString()", e);
        }
    }

    private static Object secretOf(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return SECRET;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of("text", SECRET);
        }
        if (raw.isRecord()) {
            return build(raw);
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of(secretOf(element(type)));
        }
        throw new IllegalStateException("no secret value for " + type.getTypeName());
    }

    private static Object emptyOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return ' ';
        }
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }

    /** What is wrong with the classification of {@code type}'s components (a record's) or instance fields. */
    static List<String> problems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        String owner = displayName(type);
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(owner, component.getName(), component.getGenericType(), component, problems);
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    check(owner, field.getName(), field.getGenericType(), field, problems);
                }
            }
        }
        return problems;
    }

    private static void check(String owner, String name, Type type, AnnotatedElement element, List<String> problems) {
        PersonalData personal = element.getAnnotation(PersonalData.class);
        NotPersonalData notPersonal = element.getAnnotation(NotPersonalData.class);
        String where = owner + "." + name;
        if (personal != null && notPersonal != null) {
            problems.add(where + ": both @PersonalData and @NotPersonalData");
        } else if (personal != null) {
            if (!canHoldPersonalData(type)) {
                problems.add(where + ": @PersonalData on " + type.getTypeName() + ", which is neither text, a list of "
                        + "texts, a record with @PersonalData components, a list of such records, nor a map");
            }
        } else if (notPersonal == null && looksPersonal(name) && canHoldText(type)) {
            problems.add(where + ": looks personal, not classified");
        }
    }

    /** Whether a word of {@code name} (split at camel case, digits and underscores) names personal data. */
    static boolean looksPersonal(String name) {
        List<String> words = Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])|_|(?<=[A-Za-z])(?=[0-9])"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PERSONAL_WORDS.contains(word) || TEXT_WORDS.contains(word)) {
                return true;
            }
            if (word.equals("id") && i + 1 < words.size()
                    && Set.of("number", "card", "no").contains(words.get(i + 1))) {
                return true;
            }
        }
        String flat = name.toLowerCase(Locale.ROOT);
        return PERSONAL_PARTS.stream().anyMatch(flat::contains);
    }

    /** Text, a record (other than one reviewed as a whole), a map, or a collection, array or optional of those. */
    private static boolean canHoldText(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return true;
        }
        if (CharSequence.class.isAssignableFrom(raw) || raw == Object.class || Map.class.isAssignableFrom(raw)) {
            return true;
        }
        if (raw.isRecord()) {
            return !raw.isAnnotationPresent(NotPersonalData.class);
        }
        Type element = element(type);
        return element != null && canHoldText(element);
    }

    /** Text, a list of texts, a record with marked components, a list of such records, or a map. */
    private static boolean canHoldPersonalData(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return false;
        }
        if (raw == String.class || Map.class.isAssignableFrom(raw) || hasMarkedComponents(raw)) {
            return true;
        }
        if (!List.class.isAssignableFrom(raw)) {
            return false;
        }
        Class<?> element = raw(element(type));
        return element != null && (element == String.class || hasMarkedComponents(element));
    }

    private static boolean hasMarkedComponents(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> component.isAnnotationPresent(PersonalData.class));
    }

    /** The element type of a collection, array or optional, or null. */
    private static Type element(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> plain && plain.isArray()) {
            return plain.getComponentType().isPrimitive() ? null : plain.getComponentType();
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (Collection.class.isAssignableFrom(raw) || raw == Optional.class) {
                return generic.getActualTypeArguments()[0];
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return null;
    }

    private static String displayName(Class<?> type) {
        String name = type.getName();
        String simple = name.substring(type.getPackageName().length() + 1);
        // a local class's binary name has a number after the $: PersonalDataClassificationTest$1Resident
        return simple.replaceAll("\\$[0-9]+", ".").replace('$', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PersonalDataClassificationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
