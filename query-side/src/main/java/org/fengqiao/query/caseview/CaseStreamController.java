package org.fengqiao.query.caseview;

import static org.fengqiao.query.common.QueryParameters.caseId;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * A case view as Server-Sent Events ({@code GET /api/cases/{caseId}/stream}): the current view first, then every view
 * the projection stores, each as an event named {@code case} whose id is the version. The stream ends after
 * {@code fengqiao.case-stream.timeout}; clients reconnect as EventSource does. It also ends, without sending it, at a
 * view the caller may no longer see (the case was marked confidential to others).
 */
@RestController
public class CaseStreamController {

    /** How long the stream waits for its first view; a read-model lookup, so generous. */
    private static final Duration INITIAL_VIEW_TIMEOUT = Duration.ofSeconds(10);

    private final QueryGateway queries;
    private final JurisdictionScope scope;
    private final Duration streamTimeout;

    /** @param streamTimeout how long one SSE connection of a case stream lasts */
    CaseStreamController(QueryGateway queries, JurisdictionScope scope,
            @Value("${fengqiao.case-stream.timeout:30m}") Duration streamTimeout) {
        this.queries = queries;
        this.scope = scope;
        this.streamTimeout = streamTimeout;
    }

    @GetMapping(path = "/api/cases/{caseId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
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
}
