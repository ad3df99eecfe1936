package org.fengqiao.query.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.query.common.JurisdictionScope;

/**
 * The filters of the case list as the page's form sends them (the same as {@code GET /api/cases}; dates rather than
 * instants), checked into a {@link ListCases}. A value that cannot be read is a bad-request page; a node outside the
 * caller's jurisdiction is the not-found page, as for the API.
 */
record CaseFilter(String kind, String status, String category, String node, String unit,
        @NotPersonalData("a staff account: the handling officer") String officer, String risk,
        String overdue, String receivedFrom, String receivedTo, String sort, Integer page, Integer size) {

    static final int PAGE_SIZE = 20;

    CaseFilter {
        page = page == null ? 0 : Math.max(0, page);
        size = size == null || size <= 0 ? PAGE_SIZE : Math.min(size, ListCases.MAX_PAGE_SIZE);
    }

    /** The query for one page, seen by {@code visible}. */
    ListCases query(JurisdictionScope.Visible visible, ZoneId zone, int queryPage, int querySize) {
        NodeCode requested = value(node, NodeCode::new);
        if (!visible.all()) {
            if (requested == null) {
                requested = visible.node();
            } else if (!visible.covers(requested)) {
                throw ConsoleProblem.notFound();
            }
        }
        LocalDate from = value(receivedFrom, LocalDate::parse);
        LocalDate to = value(receivedTo, LocalDate::parse);
        CaseViewer viewer = visible.viewer();
        return new ListCases(value(kind, CaseKind::valueOf), value(status, CaseStatus::valueOf),
                value(category, Category::new), requested, value(unit, UnitCode::new), blank(officer) ? null
                : officer.strip(), value(risk, RiskLevel::valueOf), value(overdue, Boolean::valueOf),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), queryPage, querySize,
                value(sort, CaseSort::parse), viewer);
    }

    /** The filters as query parameters, for links to other pages and to the export. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "kind", kind);
        put(parameters, "status", status);
        put(parameters, "category", category);
        put(parameters, "node", node);
        put(parameters, "unit", unit);
        put(parameters, "officer", officer);
        put(parameters, "risk", risk);
        put(parameters, "overdue", overdue);
        put(parameters, "receivedFrom", receivedFrom);
        put(parameters, "receivedTo", receivedTo);
        put(parameters, "sort", sort);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (!blank(value)) {
            parameters.put(name, value.strip());
        }
    }

    private static <T> T value(String text, Function<String, T> parse) {
        if (blank(text)) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) {
            throw ConsoleProblem.badRequest();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
