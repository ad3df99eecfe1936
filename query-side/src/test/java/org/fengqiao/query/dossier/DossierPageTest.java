package org.fengqiao.query.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.query.audittrail.CaseHistoryQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The printable dossier from its template: every value escaped, events named and summarised from the bundle in the
 * page's language (units by name, not code), times in the sub-district's zone with the zone named, hashes as stored.
 */
class DossierPageTest {

    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseId id = CaseId.generate();

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void escapes_values_and_shows_the_timeline_in_chinese_in_local_time() {
        eventStore.publish(recorded(resolvedDispute(id, 1, AT), AT));
        Dossier.Entry received = new Dossier.Entry(0, "DisputeReceived", AT, AT, "officer.zhao",
                "the API's summary", Map.of(), Map.of(), "ab".repeat(32));
        Dossier.Entry assigned = new Dossier.Entry(1, "CaseAssigned", AT, AT.plusSeconds(1),
                "<script>alert(1)</script> & \"quotes\"", "the API's summary", Map.of(), Map.of(), "cd".repeat(32));
        String html = page().render(new Dossier(id.value(), AT, "auditor.wu", null, List.of(received, assigned), null,
                null, Set.of(), Set.of()), Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script>", "the API's summary", "SH-FL-MEDIATION")
                .contains("lang=\"zh-CN\"", "案件档案（一案一档）", "矛盾纠纷登记", "交办富力社区人民调解委员会（社区层级）",
                        "2026-07-01 10:00 +08:00 Asia/Shanghai", "auditor.wu", "ab".repeat(32), "未能校验",
                        "尚未纳入锚定", "@media print");
    }

    @Test
    void the_same_dossier_reads_in_english_through_the_same_bundle() {
        eventStore.publish(recorded(resolvedDispute(id, 1, AT), AT));
        Dossier.Entry closed = new Dossier.Entry(4, "CaseClosed", AT, AT, "li.mediator", "the API's summary",
                Map.of(), Map.of(), "ef".repeat(32));
        String html = page().render(new Dossier(id.value(), AT, "auditor.wu", null, List.of(closed), null, null,
                Set.of(), Set.of()), Locale.ENGLISH);
        assertThat(html).contains("lang=\"en\"", "Case file (one case, one file)",
                "Closed as resolved at community level, resident satisfied", "ef".repeat(32))
                .doesNotContain("案件档案", "办结");
    }

    private DossierPage page() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new DossierPage(engine, messages, tree(), new CaseHistoryQueries(eventStore, JsonMapper.builder()
                .findAndAddModules().build()), ZoneId.of("Asia/Shanghai"));
    }

    private static JurisdictionTree tree() {
        try (InputStream data = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(data, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
