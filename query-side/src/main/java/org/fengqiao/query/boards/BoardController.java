package org.fengqiao.query.boards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.DispatchBoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.boards.HighRiskBoardView;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.query.ListDispatchedCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.BusinessTime;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.fengqiao.query.common.ServerSentEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The status boards over HTTP: {@code GET /api/boards/overview} answers a {@link BoardView} once, and
 * {@code GET /api/boards/overview/stream} streams one as Server-Sent Events (event name {@code board}) and then a
 * fresh one each time the node's figures change, at most one per push interval, with a comment line as keep-alive.
 *
 * <p>Parameters, all optional: {@code node} (a node code; the root by default), {@code from} and {@code to} (an
 * ISO-8601 instant such as {@code 2026-07-01T00:00:00Z}, a date-time with offset, or a date, meaning the start of that
 * day in the boards' time zone). An unknown node is answered 404, a malformed time or an unservable window 400, each
 * with a problem document of the same shape as the rest of the API.
 */
@RestController
@RequestMapping("/api/boards")
public class BoardController {

    private static final long QUERY_TIMEOUT_SECONDS = 10;

    private final QueryGateway queries;
    private final JurisdictionTree tree;
    private final BoardSettings settings;
    private final Duration streamTimeout;
    private final Duration keepAlive;
    private final Duration highRiskRefresh;
    private final JurisdictionScope scope;

    BoardController(QueryGateway queries, JurisdictionTree tree, BoardSettings settings,
            @Value("${fengqiao.boards.stream-timeout:30m}") Duration streamTimeout,
            @Value("${fengqiao.boards.keep-alive:15s}") Duration keepAlive,
            @Value("${fengqiao.boards.high-risk-refresh:2s}") Duration highRiskRefresh, JurisdictionScope scope) {
        this.scope = scope;
        this.queries = queries;
        this.tree = tree;
        this.settings = settings;
        this.streamTimeout = streamTimeout;
        this.keepAlive = keepAlive;
        this.highRiskRefresh = highRiskRefresh;
    }

    @GetMapping("/overview")
    public BoardView overview(@RequestParam(required = false) String node,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return ask(query(node, from, to), BoardView.class);
    }

    @GetMapping(path = "/overview/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String node,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        FindBoard query = query(node, from, to);
        SubscriptionQueryResult<BoardView, BoardView> result = queries.subscriptionQuery(query,
                ResponseTypes.instanceOf(BoardView.class), ResponseTypes.instanceOf(BoardView.class));
        return stream(result.initialResult().concatWith(result.updates())
                      .map(view -> SseEmitter.event().name("board").data(view, MediaType.APPLICATION_JSON)),
                result::cancel);
    }

    /**
     * The high-risk board: the node's open cases at HIGH or CRITICAL risk (at most {@value ListCases#MAX_PAGE_SIZE}
     * of each), read from the case views. Confidential cases the caller may not see are left out and counted in
     * {@code withheld}.
     */
    @GetMapping("/high-risk")
    public HighRiskBoardView highRisk(@RequestParam(required = false) String node) {
        return highRiskOf(query(node, null, null).node(), scope.current());
    }

    /**
     * The high-risk board as Server-Sent Events (event name {@code high-risk}): the list now, then again whenever the
     * node's board changes, and at least every {@code fengqiao.boards.high-risk-refresh} (the case views may follow the
     * board by a moment), each time only when the list differs from the last one sent.
     */
    @GetMapping(path = "/high-risk/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter highRiskStream(@RequestParam(required = false) String node) {
        FindBoard query = query(node, null, null);
        // taken on the request's thread: the list is computed on others, which know no caller
        JurisdictionScope.Visible visible = scope.current();
        SubscriptionQueryResult<BoardView, BoardView> result = queries.subscriptionQuery(query,
                ResponseTypes.instanceOf(BoardView.class), ResponseTypes.instanceOf(BoardView.class));
        Flux<Object> triggers = Flux.merge(result.initialResult().concatWith(result.updates()).map(Object.class::cast),
                Flux.interval(highRiskRefresh, highRiskRefresh).map(Object.class::cast));
        return stream(triggers.publishOn(Schedulers.boundedElastic())
                      .map(trigger -> highRiskOf(query.node(), visible))
                      .distinctUntilChanged()
                      .map(view -> SseEmitter.event().name("high-risk").data(view, MediaType.APPLICATION_JSON)),
                result::cancel);
    }

    /**
     * The dispatch board ({@link DispatchBoardView}): per unit, the node's open dispatched cases it has not signed for
     * (and of them past the time to sign by), awaiting the decision on its return, returned, and awaiting its report;
     * the cases handed back and not yet dispatched again; the cases. Read from the case views.
     */
    @GetMapping("/dispatch")
    public DispatchBoardView dispatch(@RequestParam(required = false) String node) {
        NodeCode code = query(node, null, null).node();
        CasePage page = ask(new ListDispatchedCases(code, null, scope.current().viewer()), CasePage.class);
        return DispatchBoardView.of(code, page.items(), page.withheld());
    }

    /**
     * Read as the system (every case), then filtered by the one rule of who sees a case ({@link
     * JurisdictionScope.Visible#covers(CaseView)}), so that {@code withheld} counts open cases only.
     */
    private HighRiskBoardView highRiskOf(NodeCode node, JurisdictionScope.Visible visible) {
        List<CaseView> cases = new ArrayList<>();
        int withheld = 0;
        for (RiskLevel level : new RiskLevel[] {RiskLevel.CRITICAL, RiskLevel.HIGH}) {
            ListCases list = new ListCases(null, null, null, node, null, null, level, null, null, null, 0,
                    ListCases.MAX_PAGE_SIZE, null);
            CasePage page = ask(list, CasePage.class);
            for (CaseView view : page.items()) {
                if (view.status() == CaseStatus.CLOSED) {
                    continue;
                }
                if (visible.covers(view)) {
                    cases.add(view);
                } else {
                    withheld++;
                }
            }
        }
        return new HighRiskBoardView(node, cases, withheld);
    }

    private <R> R ask(Object query, Class<R> type) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(type)).get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout();
        } catch (TimeoutException e) {
            throw timeout();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** Sends {@code data} as Server-Sent Events with keep-alive comments until the client leaves or time is up. */
    private SseEmitter stream(Flux<SseEmitter.SseEventBuilder> data, Runnable cancelQuery) {
        return ServerSentEvents.stream(data, keepAlive, streamTimeout, cancelQuery);
    }

    /** Validates a request into the query it asks for; the window is checked here so that a bad one is a 400. */
    private FindBoard query(String node, String from, String to) {
        JurisdictionScope.Visible visible = scope.current();
        NodeCode code;
        if (node == null || node.isBlank()) {
            // a caller bound to a node gets its own board by default
            code = visible.all() ? tree.root().code() : visible.node();
        } else {
            code = nodeCode(node);
        }
        if (!visible.covers(code) || tree.node(code).isEmpty()) {
            throw QueryRejection.unknownNode();
        }
        Instant start = time(from, "from");
        Instant end = time(to, "to");
        try {
            BoardWindow.of(start, end, settings);
        } catch (BoardWindow.InvalidWindowException e) {
            throw new QueryRejection(QueryRejection.Reason.INVALID, "INVALID_WINDOW", "Invalid window",
                    e.getMessage(), e.field());
        }
        return new FindBoard(code, start, end);
    }

    private NodeCode nodeCode(String node) {
        try {
            NodeCode code = new NodeCode(node);
            if (tree.node(code).isPresent()) {
                return code;
            }
        } catch (IllegalArgumentException malformed) {
            // a code that cannot exist is as unknown as one that does not
        }
        throw QueryRejection.unknownNode();
    }

    private Instant time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Instant time;
        try {
            time = value.length() == 10 ? settings.startOf(LocalDate.parse(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw QueryRejection.invalidValue(field, "must be an ISO-8601 instant such as 2026-07-01T00:00:00Z or a"
                    + " date such as 2026-07-01");
        }
        if (!BusinessTime.within(time)) {
            throw QueryRejection.invalidValue(field, BusinessTime.RANGE);
        }
        return time;
    }

    private static QueryRejection timeout() {
        return new QueryRejection(QueryRejection.Reason.UNAVAILABLE, "QUERY_TIMEOUT", "Query timed out",
                "The board was not computed in time; try again.", null);
    }
}
