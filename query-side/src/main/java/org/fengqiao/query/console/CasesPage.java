package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.query.common.JurisdictionScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The case list, {@code /ui/cases}: the filters of {@code GET /api/cases}, paging and sorting, and
 * {@code /ui/cases/export.csv}, the whole filtered list as CSV (up to {@value #EXPORT_LIMIT} rows). Both read the case
 * views through the query bus with the caller's jurisdiction and confidentiality, exactly like the API; a case view
 * holds no resident's personal data, so neither does the export.
 */
@Controller
@Hidden
class CasesPage {

    static final int EXPORT_LIMIT = 10_000;
    private static final long TIMEOUT_SECONDS = 10;

    private final QueryGateway queries;
    private final JurisdictionScope scope;
    private final ZoneId zone;

    CasesPage(QueryGateway queries, JurisdictionScope scope, @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        this.queries = queries;
        this.scope = scope;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/ui/cases")
    String list(@ModelAttribute("filter") CaseFilter filter, Model model) {
        ConsoleAccess.CASES.require();
        CasePage page = ask(filter.query(scope.current(), zone, filter.page(), filter.size()));
        model.addAttribute("cases", page);
        model.addAttribute("pages", (page.total() + filter.size() - 1) / filter.size());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("times", new ConsoleTimes(zone));
        return "console/cases";
    }

    @GetMapping("/ui/cases/export.csv")
    void export(@ModelAttribute("filter") CaseFilter filter, HttpServletResponse response) throws IOException {
        ConsoleAccess.CASES.require();
        JurisdictionScope.Visible visible = scope.current();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        // a byte order mark, so that spreadsheet programs read the Chinese subjects as UTF-8
        out.write('\uFEFF');
        out.write("caseNumber,kind,status,category,subject,grid,unit,officer,risk,overdue,receivedAt,closedAt\r\n");
        int written = 0;
        for (int number = 0; written < EXPORT_LIMIT; number++) {
            CasePage page = ask(filter.query(visible, zone, number, ListCases.MAX_PAGE_SIZE));
            for (CaseView view : page.items()) {
                out.write(String.join(",", csv(view.caseNumber()), csv(view.kind()), csv(view.status()),
                        csv(view.category()), csv(view.subject()),
                        csv(view.jurisdiction() == null ? null : view.jurisdiction().grid()), csv(view.unit()),
                        csv(view.officer()), csv(view.riskLevel()), csv(view.overdue()), time(view.receivedAt()),
                        time(view.closedAt())));
                out.write("\r\n");
                written++;
            }
            if (page.items().size() < ListCases.MAX_PAGE_SIZE) {
                break;
            }
        }
        out.flush();
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** One CSV field (RFC 4180), with a leading formula character defused for spreadsheet programs. */
    private static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private CasePage ask(ListCases query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(CasePage.class)).get(TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the case list could not be read", e);
        }
    }
}
