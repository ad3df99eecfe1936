package org.fengqiao.query.boards;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a fresh {@link BoardView} to every {@link FindBoard} subscription whose node changed, at most once per push
 * interval: changes are collected, and a push runs at once when the last one is at least an interval ago, otherwise
 * when the interval is over. A burst of batches (a replay, a bulk import) thus costs one board computation per
 * subscribed query and interval, on a thread of its own rather than the projection's.
 *
 * <p>Each update is computed for the query as subscribed, so subscriptions with different windows get different
 * views, and identical queries share one computation. An open window slides: it is computed again for "now".
 */
class BoardUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoardUpdates.class);

    private final QueryUpdateEmitter emitter;
    private final BoardReader reader;
    private final long intervalNanos;
    private final ScheduledExecutorService scheduler;
    private final Set<String> dirty = new HashSet<>();
    private boolean scheduled;
    private long lastPush;

    BoardUpdates(QueryUpdateEmitter emitter, BoardReader reader, BoardSettings settings) {
        this.emitter = emitter;
        this.reader = reader;
        this.intervalNanos = settings.pushInterval().toNanos();
        this.lastPush = System.nanoTime() - intervalNanos;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "board-updates");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Called after a batch was committed with the codes of the nodes whose figures may have changed. */
    void changed(Set<String> nodes) {
        long delay;
        synchronized (dirty) {
            dirty.addAll(nodes);
            if (scheduled) {
                return;
            }
            scheduled = true;
            delay = Math.max(0, lastPush + intervalNanos - System.nanoTime());
        }
        scheduler.schedule(this::push, delay, TimeUnit.NANOSECONDS);
    }

    private void push() {
        Set<String> nodes;
        synchronized (dirty) {
            nodes = new HashSet<>(dirty);
            dirty.clear();
            scheduled = false;
            lastPush = System.nanoTime();
        }
        Set<FindBoard> queries = new LinkedHashSet<>();
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            if (subscription.getPayload() instanceof FindBoard query
                    && nodes.contains(reader.nodeOf(query).value())) {
                queries.add(query);
            }
        }
        for (FindBoard query : queries) {
            try {
                BoardView view = reader.read(query);
                emitter.emit(FindBoard.class, query::equals, view);
            } catch (RuntimeException e) {
                log.warn("Could not push the board of {}", query, e);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
