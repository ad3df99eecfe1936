package org.fengqiao.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.query.audittrail.HistoryText;
import org.fengqiao.query.common.PlaceNames;
import org.fengqiao.query.personaldata.PersonalDataAccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The access log on the case page reads in words: roles, purposes, events and the fields of personal values by their
 * labels, in both languages, and every name a logged path can hold has a label.
 */
class AccessLogRowsTest {

    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    @Test
    void an_entry_reads_as_labels_of_its_roles_purpose_event_and_fields() {
        PersonalDataAccessLog.Entry entry = new PersonalDataAccessLog.Entry(AT, "auditor", List.of("AUDITOR",
                "SUPERVISOR"), "c1", "history", List.of(1, 2), List.of("0:DisputeReceived.parties[0].name",
                "0:DisputeReceived.parties[1].phone", "4:MeetingHeld.participants[2]"), "r1");
        AccessLogRows.Row chinese = AccessLogRows.of(List.of(entry), text(Locale.SIMPLIFIED_CHINESE)).get(0);
        assertThat(chinese.actor()).isEqualTo("auditor");
        assertThat(chinese.roles()).isEqualTo("审计员、主管");
        assertThat(chinese.purpose()).isEqualTo("查阅案件经过");
        assertThat(chinese.values()).containsExactly("矛盾纠纷登记 · 当事人 1 · 姓名",
                "矛盾纠纷登记 · 当事人 2 · 联系电话", "召开会议 · 参加人 3");
        AccessLogRows.Row english = AccessLogRows.of(List.of(entry), text(Locale.ENGLISH)).get(0);
        assertThat(english.roles()).isEqualTo("auditor, supervisor");
        assertThat(english.purpose()).isEqualTo("case history read");
        assertThat(english.values()).containsExactly("dispute received · party 1 · name",
                "dispute received · party 2 · phone", "meeting held · participant 3");
        assertThat(String.join(" ", chinese.values()) + chinese.roles() + chinese.purpose())
                .doesNotContain("DisputeReceived", "parties", "AUDITOR", "history");
    }

    @Test
    void the_dossier_s_exports_read_as_their_purpose_and_an_unknown_code_as_it_is() {
        HistoryText chinese = text(Locale.SIMPLIFIED_CHINESE);
        assertThat(AccessLogRows.purpose("dossier:json", chinese)).isEqualTo("导出案件档案（数据）");
        assertThat(AccessLogRows.purpose("dossier:html", chinese)).isEqualTo("打印案件档案");
        assertThat(AccessLogRows.purpose("something-new", chinese)).isEqualTo("something-new");
        assertThat(AccessLogRows.value("not a path", chinese)).isEqualTo("not a path");
    }

    @Test
    void every_name_a_logged_path_can_hold_has_a_label_in_both_languages() throws Exception {
        Properties chinese = bundle("/i18n/console.properties");
        Properties english = bundle("/i18n/console_en.properties");
        List<JavaClass> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fengqiao")
                .stream().filter(type -> type.isAssignableTo(CaseEvent.class) && !type.isInterface()).toList();
        assertThat(events).hasSizeGreaterThan(50);
        Set<String> names = new TreeSet<>();
        for (JavaClass event : events) {
            names(Class.forName(event.getName()), names);
        }
        assertThat(names).contains("parties", "name", "phone", "participants", "minutes");
        TreeSet<String> missing = new TreeSet<>();
        for (String name : names) {
            if (!chinese.containsKey("personalField." + name)) {
                missing.add("zh " + name);
            }
            if (!english.containsKey("personalField." + name)) {
                missing.add("en " + name);
            }
        }
        assertThat(missing).isEmpty();
        for (String purpose : List.of("history", "dossier.json", "dossier.html")) {
            assertThat(chinese).containsKey("accessPurpose." + purpose);
            assertThat(english).containsKey("accessPurpose." + purpose);
        }
    }

    /**
     * The names of {@code type}'s components that a path of a personal value can hold: the marked texts, and the
     * records (or lists of records) that carry any, with theirs (as {@code PersonalField} walks them).
     */
    private static boolean names(Class<?> type, Set<String> names) {
        boolean carries = false;
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> element = element(component);
            if (element.isRecord()) {
                if (names(element, names)) {
                    names.add(component.getName());
                    carries = true;
                }
            } else if (component.isAnnotationPresent(PersonalData.class)) {
                names.add(component.getName());
                carries = true;
            }
        }
        return carries;
    }

    private static Class<?> element(RecordComponent component) {
        Type generic = component.getGenericType();
        if (List.class.isAssignableFrom(component.getType()) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return component.getType();
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AccessLogRowsTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static HistoryText text(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HistoryText(messages, new PlaceNames(tree(), locale), ZoneId.of("Asia/Shanghai"), locale);
    }

    private static JurisdictionTree tree() {
        try (InputStream data = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(data, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
