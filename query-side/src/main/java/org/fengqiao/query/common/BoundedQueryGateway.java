package org.fengqiao.query.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.fengqiao.platform.bus.BusFailures;

/**
 * Axon's query gateway with every query bounded by {@code fengqiao.bus.timeout} (5 s) and a bus that cannot answer
 * turned into a problem: 503 {@value BusFailures#QUERY_TIMEOUT} or {@value BusFailures#BUS_UNAVAILABLE} with
 * {@code Retry-After}, never a 500. The query side's own queries do not depend on the bus at all in production: Axon
 * Server's query bus answers a query whose handler is in this JVM locally
 * ({@code axon.axonserver.shortcut-queries-to-local-handlers}), so case views, lists and histories keep answering from
 * MongoDB while Axon Server is away.
 */
public class BoundedQueryGateway extends DefaultQueryGateway implements AutoCloseable {

    private static final int MAX_DISPATCHING = 64;

    private final Duration timeout;
    private final ThreadPoolExecutor dispatching;

    /**
     * @param remote whether the bus is Axon Server's, whose dispatch of a query for a handler elsewhere blocks while
     *               the connection is being made again; there the query is sent from a small pool of its own
     */
    BoundedQueryGateway(DefaultQueryGateway.Builder builder, Duration timeout, boolean remote) {
        super(builder);
        this.timeout = timeout;
        this.dispatching = remote ? new ThreadPoolExecutor(0, MAX_DISPATCHING, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "query-dispatch");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
    }

    @Override
    public <R, Q> CompletableFuture<R> query(String queryName, Q query, ResponseType<R> responseType) {
        CompletableFuture<R> sent;
        try {
            sent = dispatching == null ? super.query(queryName, query, responseType)
                    : CompletableFuture.supplyAsync(() -> super.query(queryName, query, responseType), dispatching)
                                       .thenCompose(answer -> answer);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<R> answer = new CompletableFuture<>();
        sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((result, failure) -> {
            if (failure == null) {
                answer.complete(result);
            } else {
                answer.completeExceptionally(translate(failure));
            }
        });
        return answer;
    }

    @Override
    public void close() {
        if (dispatching != null) {
            dispatching.shutdownNow();
        }
    }

    /** The failure as the problem it is, when it is the bus's; a handler's own failure unchanged. */
    static Throwable translate(Throwable failure) {
        Throwable cause = failure instanceof CompletionException || failure instanceof ExecutionException
                ? failure.getCause() : failure;
        if (cause instanceof RejectedExecutionException) {
            return unavailable(BusFailures.BUS_UNAVAILABLE, "Bus unavailable",
                    "Every dispatching thread waits for the query bus; retry later.");
        }
        if (cause instanceof TimeoutException) {
            return unavailable(BusFailures.QUERY_TIMEOUT, "Query timed out",
                    "The query was not answered in time; retry later.");
        }
        if (BusFailures.unavailable(failure)) {
            return unavailable(BusFailures.BUS_UNAVAILABLE, "Bus unavailable",
                    "The query could not be delivered now; retry later.");
        }
        return failure;
    }

    private static QueryRejection unavailable(String code, String title, String detail) {
        return new QueryRejection(QueryRejection.Reason.UNAVAILABLE, code, title, detail, null)
                .retryAfter(Duration.ofSeconds(BusFailures.RETRY_AFTER_SECONDS));
    }
}
