package org.fengqiao.query.boardhistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.fengqiao.boards.BoardView;
import org.fengqiao.cases.value.BusinessTime;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boards in time, over HTTP. Times are ISO-8601 instants, date-times with offset, or dates (the start of that day in
 * the boards' time zone), as for {@code /api/boards/overview}:
 * <ul>
 *     <li>{@code GET /api/boards/overview?asOf=...} (plus {@code node}, {@code from}, {@code to}): the board as it
 *     stood at {@code asOf}, computed from the events;</li>
 *     <li>{@code GET /api/boards/overview/changes?from=...&to=...} (plus {@code node}, {@code windowFrom},
 *     {@code windowTo}): every figure that changed between the two instants;</li>
 *     <li>{@code GET /api/boards/overview/cases?figure=...} (plus {@code node}, {@code asOf}, {@code from},
 *     {@code to}): the cases behind one figure and, for each, the events that put it there; confidential cases the
 *     caller may not see are left out and counted as {@code withheld}.</li>
 * </ul>
 */
@RestController
public class BoardHistoryController {

    private final BoardTimeTravel timeTravel;
    private final ZoneId zone;
    private final JurisdictionScope scope;

    BoardHistoryController(BoardTimeTravel timeTravel, @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone,
                           JurisdictionScope scope) {
        this.timeTravel = timeTravel;
        this.zone = ZoneId.of(zone);
        this.scope = scope;
    }

    @GetMapping(path = "/api/boards/overview", params = "asOf")
    public BoardView asOf(@RequestParam(required = false) String node, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam String asOf) {
        Instant at = required("asOf", asOf);
        return timeTravel.boardAsOf(node(node), time("from", from), time("to", to), at);
    }

    @GetMapping("/api/boards/overview/changes")
    public BoardChangesView changes(@RequestParam(required = false) String node,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String windowFrom, @RequestParam(required = false) String windowTo) {
        Instant start = required("from", from);
        Instant end = required("to", to);
        if (!start.isBefore(end)) {
            throw QueryRejection.invalidValue("from", "must be before to");
        }
        return timeTravel.changes(node(node), start, end, time("windowFrom", windowFrom), time("windowTo", windowTo));
    }

    @GetMapping("/api/boards/overview/cases")
    public FigureCasesView cases(@RequestParam(required = false) String node,
            @RequestParam(required = false) String figure, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (figure == null || figure.isBlank()) {
            throw QueryRejection.invalidValue("figure", "is required, e.g. open.byStatus.ASSIGNED");
        }
        Instant at = asOf == null || asOf.isBlank() ? Instant.now() : required("asOf", asOf);
        JurisdictionScope.Visible visible = scope.current();
        return timeTravel.cases(node(node), figure, time("from", from), time("to", to), at, visible::admits);
    }

    /** The requested node, or the caller's own; a node outside the caller's subtree is unknown to it (404). */
    private NodeCode node(String node) {
        JurisdictionScope.Visible visible = scope.current();
        if (node == null || node.isBlank()) {
            return visible.all() ? null : visible.node();
        }
        NodeCode code;
        try {
            code = new NodeCode(node);
        } catch (IllegalArgumentException e) {
            throw QueryRejection.invalidValue("node", "must be a node code such as SH-FL");
        }
        if (!visible.covers(code)) {
            throw QueryRejection.notFound("UNKNOWN_NODE", "No node with this code is in the jurisdiction tree.");
        }
        return code;
    }

    private Instant required(String field, String text) {
        Instant time = time(field, text);
        if (time == null) {
            throw QueryRejection.invalidValue(field, "is required");
        }
        return time;
    }

    private Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant time;
        try {
            time = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw QueryRejection.invalidValue(field,
                    "must be an ISO-8601 instant (2026-07-01T00:00:00Z), date-time with offset or date");
        }
        if (!BusinessTime.within(time)) {
            throw QueryRejection.invalidValue(field, BusinessTime.RANGE);
        }
        return time;
    }
}
