package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.HistoryEntryView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.audittrail.CaseHistoryQueries;
import org.fengqiao.query.audittrail.HistoryLine;
import org.fengqiao.query.audittrail.HistoryText;
import org.fengqiao.query.caseview.CaseReads;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.dossier.DossierController;
import org.fengqiao.query.integrity.ChainVerification;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page, {@code /ui/cases/{id}}: status, running limits with the time left, the parties as the caller may see
 * them (read through {@link CaseReads}, the API's own reading: masked unless the caller is the handling officer, a
 * supervisor or an auditor, and every value shown in full logged), the timeline (business time, recording time,
 * actor, summary), the chain verification badge, an "as of" date, and for auditors the case's personal-data access
 * log. A case outside the caller's jurisdiction, or confidential to others, is the same not-found page as an unknown
 * one.
 */
@Controller
@Hidden
class CasePage {

    private final CaseReads reads;
    private final ChainVerification verification;
    private final PersonalDataDisclosure disclosure;
    private final ZoneId zone;
    private final DossierController dossiers;
    private final JurisdictionScope scope;
    private final CaseHistoryQueries lines;

    CasePage(CaseReads reads, ChainVerification verification, PersonalDataDisclosure disclosure,
            DossierController dossiers, JurisdictionScope scope, CaseHistoryQueries lines,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        this.dossiers = dossiers;
        this.scope = scope;
        this.lines = lines;
        this.reads = reads;
        this.verification = verification;
        this.disclosure = disclosure;
        this.zone = ZoneId.of(zone);
    }

    /** One party or petitioner of the intake event, with its values as disclosed (masked or in full). */
    record PartyLine(@PersonalData(PersonalData.Kind.NAME) String name,
            @PersonalData(PersonalData.Kind.PHONE) String phone, String role) {

        /** Leaves out the values: they are personal data, shown only on the page. */
        @Override
        public String toString() {
            return "PartyLine[]";
        }
    }

    /** One event of the timeline with its summary in the page's language. */
    record TimelineRow(HistoryEntryView event,
            @NotPersonalData("codes, counts, dates and unit names only (HistoryLine)") String summary) {
    }

    @GetMapping("/ui/cases/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(required = false) String asOf, Model model) {
        HistoryText text = (HistoryText) model.getAttribute("text");
        ConsoleAccess.CASE.require();
        if (!CaseId.isValid(caseId)) {
            throw ConsoleProblem.notFound();
        }
        CaseId id = new CaseId(caseId);
        Instant at = instant(asOf);
        CaseView view = ConsoleForms.await(reads.view(id, 0, at));
        model.addAttribute("view", view);
        model.addAttribute("asOf", asOf == null || asOf.isBlank() ? null : asOf.strip());
        model.addAttribute("times", new ConsoleTimes(zone));
        Caller caller = Caller.current().orElse(null);
        if (ConsoleAccess.HISTORY.allows(caller)) {
            CaseHistoryView history = ConsoleForms.await(reads.history(new FindCaseHistory(id, at, 0,
                    FindCaseHistory.MAX_PAGE_SIZE), 0));
            model.addAttribute("history", history);
            // read once the case is known to be visible to the caller
            Map<Long, HistoryLine> summaries = lines.lines(id, at);
            model.addAttribute("timeline", history.items().stream().map(entry -> new TimelineRow(entry,
                    text.render(summaries.getOrDefault(entry.sequence(), HistoryLine.of(null))))).toList());
            model.addAttribute("parties", parties(history));
            model.addAttribute("verification", verification.verify(id.value()).orElse(null));
        }
        model.addAttribute("dossier", ConsoleAccess.DOSSIER.allows(caller));
        if (ConsoleAccess.ACCESS_LOG.allows(caller)) {
            model.addAttribute("accessLog", AccessLogRows.of(disclosure.log().find(scope.current().node(),
                    id.value(), null, null, null, 0, 100), text));
        }
        return "console/case";
    }

    /**
     * The printable dossier for a signed-in user: the API's own ({@code GET /api/cases/{id}/dossier?format=html}, which
     * records the export and masks as it does), reached through the console's session rather than API credentials.
     */
    @GetMapping("/ui/cases/{caseId}/dossier")
    ResponseEntity<?> dossier(@PathVariable String caseId, Locale locale) {
        ConsoleAccess.DOSSIER.require();
        return ConsoleForms.page(() -> dossiers.dossier(caseId, "html", null, locale));
    }

    /** The parties (dispute) or petitioners (petition) of the intake event, the history's first entry. */
    @SuppressWarnings("unchecked")
    private static List<PartyLine> parties(CaseHistoryView history) {
        List<PartyLine> lines = new ArrayList<>();
        if (history.items().isEmpty()) {
            return lines;
        }
        HistoryEntryView intake = history.items().get(0);
        Object listed = intake.fields().containsKey("parties") ? intake.fields().get("parties")
                : intake.fields().get("petitioners");
        if (listed instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> party) {
                    Map<String, Object> values = (Map<String, Object>) party;
                    lines.add(new PartyLine(Objects.toString(values.get("name"), null),
                            Objects.toString(values.get("phone"), null), Objects.toString(values.get("role"), null)));
                }
            }
        }
        return lines;
    }


    /**
     * A date (the case as it stood at the end of that day) or a local date-time (as the date-time picker sends it), in
     * the deployment's zone.
     */
    private Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ConsoleProblem.badRequest();
        }
    }
}
