package org.fengqiao.query.web;

import static org.fengqiao.query.web.QueryParameters.blank;
import static org.fengqiao.query.web.QueryParameters.bool;
import static org.fengqiao.query.web.QueryParameters.caseId;
import static org.fengqiao.query.web.QueryParameters.code;
import static org.fengqiao.query.web.QueryParameters.enumValue;
import static org.fengqiao.query.web.QueryParameters.instant;
import static org.fengqiao.query.web.QueryParameters.number;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.common.Category;
import org.fengqiao.cases.common.NodeCode;
import org.fengqiao.cases.common.RiskLevel;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.query.FindCaseAsOf;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.common.QueryRejection;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * The case queries over HTTP. Every answer comes through Axon's query gateway, so the query side can run apart from
 * the command side. Parameters arrive as text and are checked here, so that a bad value is a 400 problem naming the
 * parameter, never an echo of what was sent.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseQueryController {

    /** How long the SSE stream waits for its first view; a read-model lookup, so generous. */
    private static final Duration INITIAL_VIEW_TIMEOUT = Duration.ofSeconds(10);

    private final QueryGateway queries;
    private final CaseViewWaits waits;
    private final Duration streamTimeout;
    private final JurisdictionScope scope;
    private final PersonalDataDisclosure disclosure;

    /** @param streamTimeout how long one SSE connection of a case stream lasts */
    CaseQueryController(QueryGateway queries, CaseViewWaits waits,
                        @Value("${fengqiao.case-stream.timeout:30m}") Duration streamTimeout,
                        JurisdictionScope scope, PersonalDataDisclosure disclosure) {
        this.queries = queries;
        this.disclosure = disclosure;
        this.waits = waits;
        this.streamTimeout = streamTimeout;
        this.scope = scope;
    }

    /**
     * The case view. With {@code asOf}, the case as the event store knew it at that instant (and {@code minVersion}
     * is moot: the store is the record itself). With {@code minVersion}, waits until the read model shows at least
     * that version, or answers 503 with {@code Retry-After}. The answer's {@code ETag} is the view's version, quoted,
     * for a command's {@code If-Match}. A case outside the caller's jurisdiction is not found, nor is a confidential
     * case the caller may not see; for {@code asOf} that is decided on the case as it is now, so a case marked
     * confidential later is hidden in its past too, and one whose confidentiality was lifted is shown.
     */
    @GetMapping("/{caseId}")
    public CompletableFuture<ResponseEntity<CaseView>> find(@PathVariable String caseId,
                                                            @RequestParam(required = false) String minVersion,
                                                            @RequestParam(required = false) String asOf) {
        JurisdictionScope.Visible visible = scope.current();
        CompletableFuture<CaseView> view;
        if (instant("asOf", asOf) != null) {
            // parameters are checked before the case is looked up, so a bad one is a 400 for any case
            number("minVersion", minVersion, 0, Long.MAX_VALUE, 0);
            CaseId id = caseId(caseId);
            view = current(id).thenApply(visible::check).thenCompose(now -> view(caseId, minVersion, asOf));
        } else {
            view = view(caseId, minVersion, asOf).thenApply(visible::check);
        }
        return view.thenApply(found -> ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found));
    }

    /** The case as it is now, from the event store itself (the read model may not have it yet); 404 if none. */
    private CompletableFuture<CaseView> current(CaseId id) {
        return queries.query(new FindCaseAsOf(id, Instant.now()), ResponseTypes.instanceOf(CaseView.class))
                .thenApply(CaseQueryController::found);
    }

    private CompletableFuture<CaseView> view(String caseId, String minVersion, String asOf) {
        CaseId id = caseId(caseId);
        Instant at = instant("asOf", asOf);
        long min = number("minVersion", minVersion, 0, Long.MAX_VALUE, 0);
        if (at != null) {
            return queries.query(new FindCaseAsOf(id, at), ResponseTypes.instanceOf(CaseView.class))
                    .thenApply(CaseQueryController::found);
        }
        if (min > 0) {
            return waits.atLeast(id, min).thenApply(view -> {
                if (view == null) {
                    throw waits.notYetVisible(min);
                }
                return view;
            });
        }
        return queries.query(new FindCase(id), ResponseTypes.instanceOf(CaseView.class))
                .thenApply(CaseQueryController::found);
    }

    /**
     * The case's history from the event store, oldest first. {@code minVersion} is checked against the store's own
     * count of the case's events; if the store is behind, the read model's progress is awaited as the signal to read
     * it once more. Whether the caller may see the case (jurisdiction, confidentiality) is decided on the case as the
     * event store has it now; its personal values are shown as the caller may see them ({@link PersonalDataDisclosure}):
     * in full (and logged) or masked.
     */
    @GetMapping("/{caseId}/history")
    public CompletableFuture<CaseHistoryView> history(@PathVariable String caseId,
                                                      @RequestParam(required = false) String asOf,
                                                      @RequestParam(required = false) String page,
                                                      @RequestParam(required = false) String size,
                                                      @RequestParam(required = false) String minVersion) {
        CaseId id = caseId(caseId);
        FindCaseHistory query = historyQuery(id, asOf, page, size);
        long min = number("minVersion", minVersion, 0, Long.MAX_VALUE, 0);
        JurisdictionScope.Visible visible = scope.current();
        Caller caller = Caller.current().orElse(null);
        String requestId = PersonalDataDisclosure.currentRequestId();
        // the case now, from the event store like the history itself (the read model may lag behind): any case may be
        // confidential, so every caller's access is checked, and its unit decides who sees personal data in full
        return current(id).thenApply(visible::check)
                .thenCompose(view -> history(id, query, min)
                        .thenApply(history -> disclosure.history(history, view, caller, requestId)));
    }

    private static FindCaseHistory historyQuery(CaseId id, String asOf, String page, String size) {
        return new FindCaseHistory(id, instant("asOf", asOf),
                (int) number("page", page, 0, Integer.MAX_VALUE, 0),
                (int) number("size", size, 1, FindCaseHistory.MAX_PAGE_SIZE, ListCases.DEFAULT_PAGE_SIZE));
    }

    private CompletableFuture<CaseHistoryView> history(CaseId id, FindCaseHistory query, long min) {
        CompletableFuture<CaseHistoryView> first = queryHistory(query);
        if (min == 0) {
            return first.thenApply(CaseQueryController::found);
        }
        return first.thenCompose(answer -> {
            if (reached(answer, min)) {
                return CompletableFuture.completedFuture(answer);
            }
            return waits.atLeast(id, min).thenCompose(ignored -> queryHistory(query)).thenApply(again -> {
                if (!reached(again, min)) {
                    throw waits.notYetVisible(min);
                }
                return again;
            });
        });
    }

    /**
     * One page of cases matching every filter given. Confidential cases the caller may not see are left out, and
     * counted in the page's {@code withheld}; {@code total} counts the cases the caller sees.
     */
    @GetMapping
    public CompletableFuture<CasePage> list(@RequestParam(required = false) String kind,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String category,
                                            @RequestParam(required = false) String node,
                                            @RequestParam(required = false) String unit,
                                            @RequestParam(required = false) String officer,
                                            @RequestParam(required = false) String risk,
                                            @RequestParam(required = false) String overdue,
                                            @RequestParam(required = false) String receivedFrom,
                                            @RequestParam(required = false) String receivedTo,
                                            @RequestParam(required = false) String page,
                                            @RequestParam(required = false) String size,
                                            @RequestParam(required = false) String sort) {
        NodeCode requested = code("node", node, NodeCode::new);
        JurisdictionScope.Visible visible = scope.current();
        if (!visible.all()) {
            if (requested == null) {
                requested = visible.node();
            } else if (!visible.covers(requested)) {
                throw QueryRejection.unknownNode();
            }
        }
        ListCases query = new ListCases(
                enumValue("kind", kind, CaseKind.class),
                enumValue("status", status, CaseStatus.class),
                code("category", category, Category::new),
                requested,
                code("unit", unit, UnitCode::new),
                blank(officer) ? null : officer.strip(),
                enumValue("risk", risk, RiskLevel.class),
                bool("overdue", overdue),
                instant("receivedFrom", receivedFrom),
                instant("receivedTo", receivedTo),
                (int) number("page", page, 0, Integer.MAX_VALUE / ListCases.MAX_PAGE_SIZE, 0),
                (int) number("size", size, 1, ListCases.MAX_PAGE_SIZE, ListCases.DEFAULT_PAGE_SIZE),
                sort(sort),
                visible.viewer());
        return queries.query(query, ResponseTypes.instanceOf(CasePage.class));
    }

    /**
     * The case view as Server-Sent Events: the current view first, then every view the projection stores, each as an
     * event named {@code case} whose id is the version. The stream ends after {@code fengqiao.case-stream.timeout};
     * clients reconnect as EventSource does. It also ends, without sending it, at a view the caller may no longer see
     * (the case was marked confidential to others).
     */
    @GetMapping(path = "/{caseId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@PathVariable String caseId) {
        CaseId id = caseId(caseId);
        JurisdictionScope.Visible visible = scope.current();
        SubscriptionQueryResult<CaseView, CaseView> result = queries.subscriptionQuery(new FindCase(id),
                ResponseTypes.instanceOf(CaseView.class), ResponseTypes.instanceOf(CaseView.class));
        CaseView initial;
        try {
            initial = result.initialResult().block(INITIAL_VIEW_TIMEOUT);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
        if (initial == null || !visible.covers(initial)) {
            result.close();
            throw QueryRejection.caseNotFound();
        }
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        AtomicLong sent = new AtomicLong(-1);
        send(emitter, initial, sent);
        // Off the projection's thread: the emitter hands updates over while its batch commits, and a slow client must
        // not hold the projection up.
        Disposable updates = result.updates()
                .publishOn(Schedulers.boundedElastic())
                .subscribe(view -> {
                    if (visible.covers(view)) {
                        send(emitter, view, sent);
                    } else {
                        emitter.complete();
                    }
                }, emitter::completeWithError, emitter::complete);
        Runnable close = () -> {
            updates.dispose();
            result.close();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        return emitter;
    }

    private CompletableFuture<CaseHistoryView> queryHistory(FindCaseHistory query) {
        return queries.query(query, ResponseTypes.instanceOf(CaseHistoryView.class));
    }

    private static boolean reached(CaseHistoryView history, long minVersion) {
        return history != null && history.version() >= minVersion;
    }

    /** Sends views in version order only; an update older than what the client has is dropped. */
    private static void send(SseEmitter emitter, CaseView view, AtomicLong sent) {
        if (view.version() <= sent.get()) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name("case").id(Long.toString(view.version()))
                    .data(view, MediaType.APPLICATION_JSON));
            sent.set(view.version());
        } catch (IOException e) {
            // the client has gone; the container reports it and onError closes the subscription
        }
    }

    private static CaseSort sort(String text) {
        try {
            return CaseSort.parse(text);
        } catch (IllegalArgumentException e) {
            throw QueryRejection.invalidValue("sort",
                    "must be receivedAt, lastActivityAt or caseNumber, optionally followed by ,asc or ,desc");
        }
    }

    private static <T> T found(T answer) {
        if (answer == null) {
            throw QueryRejection.caseNotFound();
        }
        return answer;
    }
}
