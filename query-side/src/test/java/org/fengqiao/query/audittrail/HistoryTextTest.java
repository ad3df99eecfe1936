package org.fengqiao.query.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.query.CaseStories;
import org.fengqiao.query.common.PlaceNames;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The history's lines for people: in Chinese first and in English through the same bundle, with labels for codes,
 * names for units and grids, and times in the deployment's zone with the zone named; every event has its line and its
 * name in both languages.
 */
class HistoryTextTest {

    private static final CaseId ID = new CaseId("00000000-0000-4000-8000-000000000017");
    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void an_intake_reads_in_chinese_with_labels_and_names_and_in_english_from_the_same_bundle() {
        HistoryLine line = HistoryLine.of(CaseStories.disputeReceived(ID, 1, CaseStories.grid("SH-FL", "SH-FL-G03"),
                AT));
        assertThat(text(Locale.SIMPLIFIED_CHINESE).render(line))
                .isEqualTo("矛盾纠纷 SH-2026-000001 由当事人申请登记，网格：富力社区 第3网格，类别：物业纠纷，当事人 2 人");
        assertThat(text(Locale.ENGLISH).render(line))
                .isEqualTo("Dispute SH-2026-000001 received (application) in grid 3, category property, 2 parties");
    }

    @Test
    void units_show_their_names_levels_their_labels_and_times_their_zone() {
        HistoryLine assigned = HistoryLine.of(new CaseAssigned(ID, CaseStories.FULI_MEDIATION, Level.COMMUNITY,
                "li.mediator", null, AT, CaseStories.ACTOR));
        assertThat(text(Locale.SIMPLIFIED_CHINESE).render(assigned))
                .isEqualTo("交办富力社区人民调解委员会（社区层级），并指定承办人").doesNotContain("SH-FL-MEDIATION");
        assertThat(text(Locale.ENGLISH).render(HistoryLine.of(new CaseAssigned(ID, CaseStories.FULI_MEDIATION,
                Level.COMMUNITY, null, null, AT, CaseStories.ACTOR))))
                .isEqualTo("Assigned to people's mediation committee at community level");
        HistoryLine deadline = HistoryLine.of(new DeadlineSet(ID, "d1", TimeLimit.HANDLING, AT, null, null, AT,
                CaseStories.ACTOR, false));
        assertThat(text(Locale.SIMPLIFIED_CHINESE).render(deadline))
                .isEqualTo("办理时限设定，截止 2026-07-01 10:00 +08:00 Asia/Shanghai");
        HistoryLine dispatched = HistoryLine.of(new CaseDispatched(ID, CaseStories.FULI_MEDIATION,
                List.of(new UnitCode("SH-FL-PROPERTY"), CaseStories.TASKFORCE), "secret instructions", AT, false, AT,
                CaseStories.ACTOR));
        assertThat(text(Locale.SIMPLIFIED_CHINESE).render(dispatched)).startsWith("分流交办富力社区人民调解委员会，协办：")
                .contains("、").doesNotContain("SH-FL-MEDIATION", "secret");
    }

    @Test
    void a_board_figure_reads_as_its_labels() {
        assertThat(text(Locale.SIMPLIFIED_CHINESE).figure("open.byStatus.RECEIVED")).isEqualTo("在办 · 已登记");
        assertThat(text(Locale.SIMPLIFIED_CHINESE).figure("open.total")).isEqualTo("在办");
        assertThat(text(Locale.ENGLISH).figure("closedByOutcome.RESOLVED")).isEqualTo("closed · resolved");
        assertThat(text(Locale.SIMPLIFIED_CHINESE).figure("open.supervisionOrdersByUnit.SH-FL-MEDIATION"))
                .isEqualTo("在办 · 督办单 · 富力社区人民调解委员会");
    }

    @Test
    void a_typed_meeting_counts_its_sides_and_names_its_units_without_naming_a_person() {
        MeetingHeld meeting = new MeetingHeld(ID, MeetingType.THREE_PARTY_MEETING, List.of("王芳", "李物业", "张主任"),
                "minutes", AT, CaseStories.ACTOR,
                List.of(new ParticipantRole(ParticipantSide.PARTY, null),
                        new ParticipantRole(ParticipantSide.UNIT, new UnitCode("SH-FL-PROPERTY")),
                        new ParticipantRole(ParticipantSide.UNIT, CaseStories.FULI_MEDIATION)),
                CaseStories.FULI_MEDIATION, List.of());
        String chinese = text(Locale.SIMPLIFIED_CHINESE).render(HistoryLine.of(meeting));
        assertThat(chinese).startsWith("召开三方会谈，参加 3 人：当事人方 1 人、单位 2 个（")
                .contains("富力社区人民调解委员会", "召集单位：富力社区人民调解委员会")
                .doesNotContain("王芳", "minutes", "SH-FL-");
        assertThat(text(Locale.ENGLISH).render(HistoryLine.of(meeting)))
                .startsWith("three-party meeting held with 3 participants: 1 party, 2 units (");
    }

    @Test
    void every_case_event_has_a_line_and_a_name_in_both_languages() throws IOException {
        Properties chinese = bundle("/i18n/console.properties");
        Properties english = bundle("/i18n/console_en.properties");
        TreeSet<String> missing = new TreeSet<>();
        List<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fengqiao").stream()
                .filter(type -> type.isAssignableTo(CaseEvent.class) && !type.isInterface())
                .map(JavaClass::getSimpleName).toList();
        assertThat(events).hasSizeGreaterThan(50);
        for (String event : events) {
            for (String key : List.of("summary." + event, "event." + event)) {
                if (!chinese.containsKey(key)) {
                    missing.add("zh " + key);
                }
                if (!english.containsKey(key)) {
                    missing.add("en " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(chinese.keySet()).isEqualTo(english.keySet());
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistoryTextTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static HistoryText text(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(true);
        return new HistoryText(messages, new PlaceNames(tree(), locale), SHANGHAI, locale);
    }

    private static JurisdictionTree tree() {
        try (InputStream data = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(data, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
