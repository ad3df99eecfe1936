package org.fengqiao.query.dossier;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.audittrail.CaseHistoryQueries;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.fengqiao.query.integrity.IntegrityController;
import org.fengqiao.query.personaldata.Disclosure;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;

/**
 * {@code GET /api/cases/{caseId}/dossier}: the case file as a JSON bundle ({@code format=json}, or an Accept header
 * without {@code text/html}) or as a printable HTML page in Chinese ({@code format=html}, or {@code Accept: text/html},
 * as a browser sends; {@link DossierPage}, the console's template and bundle). Every export is recorded in the case's history as {@code DossierExported}. Personal values
 * are shown as the caller may see them ({@link PersonalDataDisclosure}), and what is shown in full is logged.
 */
@RestController
public class DossierController {

    private final Dossiers dossiers;
    private final DossierPage html;
    private final JurisdictionScope scope;
    private final PersonalDataDisclosure disclosure;

    DossierController(Dossiers dossiers, @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone,
                      JurisdictionScope scope, PersonalDataDisclosure disclosure, ITemplateEngine templates,
                      MessageSource messages, JurisdictionTree tree, CaseHistoryQueries history) {
        this.dossiers = dossiers;
        this.disclosure = disclosure;
        this.scope = scope;
        this.html = new DossierPage(templates, messages, tree, history, ZoneId.of(zone));
    }

    // declared, so that an Accept header neither type satisfies is refused before anything is recorded
    @GetMapping(path = "/api/cases/{caseId}/dossier", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_HTML_VALUE})
    public ResponseEntity<?> dossier(@PathVariable String caseId,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return dossier(caseId, format, accept, Locale.SIMPLIFIED_CHINESE);
    }

    /** The same for the console, whose printable page is in the signed-in user's language. */
    public ResponseEntity<?> dossier(String caseId, String format, String accept, Locale language) {
        String chosen = format(format, accept);
        Actor actor = IntegrityController.actor();
        CaseId id = new CaseId(IntegrityController.validCaseId(caseId));
        Dossier dossier = dossiers.assemble(id, actor).orElseThrow(QueryRejection::caseNotFound);
        if (!scope.current().covers(dossier.view())) {
            // outside the caller's subtree, or confidential to others, the case is unknown, and nothing is recorded
            throw QueryRejection.caseNotFound();
        }
        dossiers.recordExport(dossier, chosen, actor);
        Caller caller = Caller.current().orElse(null);
        // the printable page shows no event's fields, only their summaries: nothing of it is disclosed in full
        Disclosure shown = "html".equals(chosen)
                ? disclosure.masked(dossier.restrictedSubjects(), dossier.erasedSubjects())
                : disclosure.forCase(caller, dossier.view(), dossier.restrictedSubjects(), dossier.erasedSubjects());
        dossier = dossier.withEvents(dossier.events().stream()
                .map(entry -> entry.withFields(shown.fields(entry.sequence() + ":" + entry.eventType(),
                        entry.fields(), entry.personal())))
                .toList());
        disclosure.record(shown, caller, PersonalDataDisclosure.currentRequestId(), dossier.view(),
                "dossier:" + chosen);
        if ("html".equals(chosen)) {
            return ResponseEntity.ok()
                                 .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                                 .body(html.render(dossier, language));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(dossier);
    }

    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String lower = format.toLowerCase(Locale.ROOT);
            if (!lower.equals("json") && !lower.equals("html")) {
                throw QueryRejection.invalidValue("format", "must be json or html");
            }
            return lower;
        }
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) ? "html" : "json";
    }
}
