package org.fengqiao.query.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The printable page escapes every value and names events in Chinese, in the sub-district's local time. */
class DossierHtmlTest {

    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    @Test
    void escapes_values_and_shows_the_timeline_in_local_time() {
        Dossier.Entry note = new Dossier.Entry(0, "NoteAdded", AT, AT, "officer.zhao",
                "<script>alert(1)</script> & \"quotes\"", Map.of(), Map.of(), "ab".repeat(32));
        String html = new DossierHtml(ZoneId.of("Asia/Shanghai")).render(new Dossier("c1", AT, "auditor.wu", null,
                List.of(note), null, null, Set.of(), Set.of()));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                        .doesNotContain("<script>")
                        .contains("添加备注", "2026-07-01 10:00:00", "auditor.wu", "ab".repeat(32), "未能校验",
                                "尚未纳入锚定");
    }
}
