package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.query.boardhistory.BoardTimeTravel;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.ServerSentEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The board page, {@code /ui/boards/{node}}: the node's figures and matrix, live through Server-Sent Events
 * ({@code /ui/boards/{node}/live}, event {@code board}: the rendered fragment, swapped in by htmx's SSE extension) each
 * time the board projection pushes a change; with {@code asOf} (a date) the board as it stood at the start of that
 * day, not live; with {@code changesFrom} and {@code changesTo} the figures that changed between two dates.
 */
@Controller
@Hidden
class BoardPage {

    private final BoardScreen screens;
    private final BoardTimeTravel timeTravel;
    private final QueryGateway queries;
    private final JurisdictionScope scope;
    private final JurisdictionTree tree;
    private final ConsoleFragments fragments;
    private final ZoneId zone;
    private final Duration streamTimeout;
    private final Duration keepAlive;

    BoardPage(BoardScreen screens, BoardTimeTravel timeTravel, QueryGateway queries, JurisdictionScope scope,
            JurisdictionTree tree, ConsoleFragments fragments,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone,
            @Value("${fengqiao.boards.stream-timeout:30m}") Duration streamTimeout,
            @Value("${fengqiao.boards.keep-alive:15s}") Duration keepAlive) {
        this.screens = screens;
        this.timeTravel = timeTravel;
        this.queries = queries;
        this.scope = scope;
        this.tree = tree;
        this.fragments = fragments;
        this.zone = ZoneId.of(zone);
        this.streamTimeout = streamTimeout;
        this.keepAlive = keepAlive;
    }

    /** The caller's own board: its node, or the whole sub-district. */
    @GetMapping("/ui/boards")
    String own() {
        ConsoleAccess.BOARD.require();
        JurisdictionScope.Visible visible = scope.current();
        return "redirect:/ui/boards/" + (visible.all() ? tree.root().code() : visible.node()).value();
    }

    @GetMapping("/ui/boards/{node}")
    String board(@PathVariable String node, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String changesFrom, @RequestParam(required = false) String changesTo,
            Model model, Locale locale) {
        ConsoleAccess.BOARD.require();
        NodeCode code = visibleNode(node);
        LocalDate asOfDate = date(asOf);
        model.addAttribute("board", screens.of(code, asOfDate == null ? null : start(asOfDate), locale));
        model.addAttribute("asOf", asOfDate);
        LocalDate from = date(changesFrom);
        LocalDate to = date(changesTo);
        if (from != null && to != null) {
            if (!from.isBefore(to)) {
                throw ConsoleProblem.badRequest();
            }
            model.addAttribute("changes", ConsoleForms.page(() -> timeTravel.changes(code, start(from), start(to),
                    null, null)));
        }
        model.addAttribute("changesFrom", from);
        model.addAttribute("changesTo", to);
        return "console/board";
    }

    @GetMapping(path = "/ui/boards/{node}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String node, Locale locale) {
        ConsoleAccess.BOARD.require();
        NodeCode code = visibleNode(node);
        SubscriptionQueryResult<BoardView, BoardView> result = queries.subscriptionQuery(new FindBoard(code, null,
                null), ResponseTypes.instanceOf(BoardView.class), ResponseTypes.instanceOf(BoardView.class));
        Flux<SseEmitter.SseEventBuilder> boards = result.initialResult().concatWith(result.updates())
                .publishOn(Schedulers.boundedElastic())
                .map(view -> SseEmitter.event().name("board").data(fragments.render("console/board", "live", locale,
                        Map.of("board", screens.of(code, null, locale)))));
        return ServerSentEvents.stream(boards, keepAlive, streamTimeout, result::cancel);
    }

    /** A node the caller may see, or the not-found page (unknown and out of scope look the same). */
    private NodeCode visibleNode(String node) {
        NodeCode code;
        try {
            code = new NodeCode(node);
        } catch (IllegalArgumentException e) {
            throw ConsoleProblem.notFound();
        }
        if (tree.node(code).isEmpty() || !scope.current().covers(code)) {
            throw ConsoleProblem.notFound();
        }
        return code;
    }

    private Instant start(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ConsoleProblem.badRequest();
        }
    }
}
