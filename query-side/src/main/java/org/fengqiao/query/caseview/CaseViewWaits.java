package org.fengqiao.query.caseview;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.query.common.QueryRejection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes for the case view: waits, bounded, until the projection has stored a given version of a case. It
 * subscribes to {@link FindCase} (the projection emits each stored view as an update after its batch commits), so it
 * reacts as soon as the view moves instead of polling the read model.
 *
 * <p>When the wait times out, the read model is asked once more. Updates reach only subscribers in the JVM whose
 * processor stored the view (unless Axon Server distributes them), so with several query-side instances sharing the
 * processor's segments the view may have arrived without a word to this one.
 */
class CaseViewWaits {

    private final QueryGateway queries;
    private final Duration timeout;

    CaseViewWaits(QueryGateway queries, Duration timeout) {
        this.queries = queries;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** A read-your-writes request that the read model could not satisfy in time; the caller should retry. */
    QueryRejection notYetVisible(long minVersion) {
        return new QueryRejection(QueryRejection.Reason.UNAVAILABLE, "VERSION_NOT_YET_VISIBLE",
                "Version not yet visible", "The case did not reach version " + minVersion + " here within "
                        + timeout.toMillis() + " ms; retry later.", null)
                .with("minVersion", minVersion)
                .retryAfter(Duration.ofSeconds(1));
    }

    /**
     * The first view of the case at {@code minVersion} or later; completes with {@code null} when none arrived within
     * the timeout.
     */
    CompletableFuture<CaseView> atLeast(CaseId caseId, long minVersion) {
        return atLeast(caseId, minVersion, view -> true);
    }

    /**
     * The first view at {@code minVersion} or later that {@code visible} admits. A view the caller may not see is
     * waited past as if it had not arrived, so that a hidden case ends as an unknown one does: {@code null} after the
     * whole timeout, not a quick refusal that would tell it exists.
     */
    CompletableFuture<CaseView> atLeast(CaseId caseId, long minVersion, Predicate<CaseView> visible) {
        SubscriptionQueryResult<CaseView, CaseView> result = queries.subscriptionQuery(new FindCase(caseId),
                ResponseTypes.instanceOf(CaseView.class), ResponseTypes.instanceOf(CaseView.class));
        // Updates are buffered from the moment of subscription, so none is lost while the initial result is read.
        return Flux.concat(result.initialResult(), result.updates())
                .filter(view -> view.version() >= minVersion && visible.test(view))
                .next()
                .timeout(timeout, Mono.defer(() -> Mono.fromFuture(
                                queries.query(new FindCase(caseId), ResponseTypes.instanceOf(CaseView.class)))
                        .filter(view -> view.version() >= minVersion && visible.test(view))))
                .doFinally(signal -> result.close())
                .toFuture();
    }
}
