package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewFold;
import org.fengqiao.cases.query.FindCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case views one unit of work (one batch of the event processor) reads and changes. It loads the views of all
 * cases in the batch with one query when the first event is handled, folds each event in memory, and writes the changed
 * views with one bulk write when the batch is done ({@link #flush}); the views' updates go to subscription queries
 * after the unit of work commits. A rebuild runs the same batches outside any unit of work ({@link #fold}).
 */
final class CaseViewBatch {

    private static final Logger log = LoggerFactory.getLogger(CaseViewBatch.class);
    private static final String RESOURCE = CaseViewBatch.class.getName();

    private final CaseViewStore store;
    private final QueryUpdateEmitter updates; // null in a rebuild's batch
    private final Map<String, CaseView> views = new LinkedHashMap<>();
    private final Set<String> loaded = new HashSet<>();
    private final Set<String> changed = new LinkedHashSet<>();

    private CaseViewBatch(CaseViewStore store, QueryUpdateEmitter updates) {
        this.store = store;
        this.updates = updates;
    }

    /**
     * The batch of the current unit of work, created on first use. A {@link #flush} is also registered for the
     * prepare-commit phase, in case no {@link CaseViewBatchFlush} interceptor runs around the handlers.
     */
    static CaseViewBatch current(CaseViewStore store, QueryUpdateEmitter updates) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        CaseViewBatch existing = unitOfWork.getResource(RESOURCE);
        if (existing != null) {
            return existing;
        }
        CaseViewBatch batch = new CaseViewBatch(store, updates);
        batch.load(caseIdsOf(unitOfWork));
        unitOfWork.resources().put(RESOURCE, batch);
        unitOfWork.onPrepareCommit(CaseViewBatch::flush);
        return batch;
    }

    /**
     * Writes what the batch of this unit of work changed, if anything, and queues the updates for its subscribers.
     * Runs once per batch: afterwards the unit of work has no batch any more.
     */
    static void flush(UnitOfWork<?> unitOfWork) {
        CaseViewBatch batch = (CaseViewBatch) unitOfWork.resources().remove(RESOURCE);
        if (batch != null) {
            batch.write();
        }
    }

    /**
     * Folds a rebuild's batch into the views of {@code store} as a live batch would, but without a unit of work and
     * without updates to subscribers, who are watching the active generation.
     */
    static void fold(CaseViewStore store, List<? extends DomainEventMessage<?>> events) {
        CaseViewBatch batch = new CaseViewBatch(store, null);
        batch.load(caseIdsOf(events));
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof CaseEvent caseEvent) {
                batch.apply(caseEvent, event.getSequenceNumber(), event.getTimestamp());
            }
        }
        batch.write();
    }

    /** Folds the event into its case's view; an event the view does not expect next changes nothing. */
    void apply(CaseEvent event, long sequence, Instant recordedAt) {
        String caseId = event.caseId().value();
        if (!loaded.contains(caseId)) {
            load(List.of(caseId));
        }
        CaseView before = views.get(caseId);
        CaseView after = CaseViewFold.apply(before, event, sequence, recordedAt);
        if (after == before) {
            long expected = before == null ? 0 : before.version();
            if (sequence > expected) {
                // A gap means events of this case were lost to this view; it stays at its version until a rebuild.
                log.warn("case-views: event {} of case {} skipped, the view expects event {}", sequence, caseId,
                        expected);
            }
            return;
        }
        views.put(caseId, after);
        changed.add(caseId);
    }

    private void load(List<String> caseIds) {
        List<String> missing = caseIds.stream().filter(id -> !loaded.contains(id)).toList();
        views.putAll(store.findAll(missing));
        loaded.addAll(missing);
    }

    private void write() {
        if (changed.isEmpty()) {
            return;
        }
        List<CaseView> written = new ArrayList<>(changed.size());
        for (String caseId : changed) {
            written.add(views.get(caseId));
        }
        changed.clear();
        store.saveAll(written);
        if (updates == null) {
            return;
        }
        for (CaseView view : written) {
            // the emitter holds the update back until the unit of work has committed
            updates.emit(FindCase.class, query -> query.caseId().equals(view.caseId()), view);
        }
    }

    /** The ids of all cases whose events are in this unit of work: the whole batch for a batching one. */
    private static List<String> caseIdsOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages()
                : List.of(unitOfWork.getMessage());
        return caseIdsOf(messages);
    }

    private static List<String> caseIdsOf(List<? extends Message<?>> messages) {
        Set<String> ids = new LinkedHashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof CaseEvent) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return new ArrayList<>(ids);
    }
}
