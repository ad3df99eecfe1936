package org.fengqiao.query.dossier;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.query.audittrail.CaseHistoryQueries;
import org.fengqiao.query.audittrail.HistoryLine;
import org.fengqiao.query.audittrail.HistoryText;
import org.fengqiao.query.common.PlaceNames;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The dossier as one self-contained page laid out for printing (a browser's "print to PDF"), from the template
 * {@code templates/dossier/dossier.html} and the console's message bundle: the case's particulars with labels for its
 * codes and names for its units, a timeline of every event (business and recording time in the deployment's zone,
 * actor, event name, the one-line summary of {@link HistoryLine}, hash), the verification and the anchor. The template
 * escapes every value; the page loads nothing from elsewhere. Only the words change with the language: the events,
 * hashes and the export recorded ({@code DossierExported}: format, version, head hash) are the same.
 */
final class DossierPage {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final JurisdictionTree tree;
    private final CaseHistoryQueries history;
    private final ZoneId zone;

    DossierPage(ITemplateEngine templates, MessageSource messages, JurisdictionTree tree, CaseHistoryQueries history,
            ZoneId zone) {
        this.templates = templates;
        this.messages = messages;
        this.tree = tree;
        this.history = history;
        this.zone = zone;
    }

    /** One event of the timeline with its summary in the page's language. */
    record Row(Dossier.Entry entry,
            @NotPersonalData("codes, counts, dates and unit names only (HistoryLine)") String summary) {
    }

    String render(Dossier dossier, Locale locale) {
        PlaceNames names = new PlaceNames(tree, locale);
        HistoryText text = new HistoryText(messages, names, zone, locale);
        // by sequence: the export this request recorded comes after the dossier's last event and is not shown
        Map<Long, HistoryLine> lines = history.lines(new CaseId(dossier.caseId()), null);
        List<Row> rows = dossier.events().stream().map(entry -> new Row(entry,
                text.render(lines.getOrDefault(entry.sequence(), HistoryLine.of(null))))).toList();
        Context context = new Context(locale);
        context.setVariable("dossier", dossier);
        context.setVariable("view", dossier.view());
        context.setVariable("rows", rows);
        context.setVariable("names", names);
        context.setVariable("text", text);
        return templates.process("dossier/dossier", context);
    }
}
