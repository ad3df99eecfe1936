package org.fengqiao.query.caseview;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.query.ListDispatchedCases;
import org.fengqiao.query.common.ProjectionBatch;

/**
 * Projects every case event into the case's {@link CaseView} in MongoDB and answers {@link FindCase},
 * {@link ListCases} and {@link ListDispatchedCases} from there.
 *
 * <p>Idempotent by construction: an event changes a view only when its sequence number equals the view's version
 * (see {@link CaseViewFold}), so a redelivered batch or a replay over existing views changes
 * nothing. Work is batched per unit of work ({@link ProjectionBatch}, {@link CaseViewBatch}): one read and one bulk
 * write per batch.
 */
@ProcessingGroup(CaseViewProjection.PROCESSING_GROUP)
public class CaseViewProjection {

    public static final String PROCESSING_GROUP = "case-views";

    private final CaseViewStore store;
    private final ProjectionBatch batch;

    CaseViewProjection(CaseViewStore store, QueryUpdateEmitter updates) {
        this.store = store;
        this.batch = new ProjectionBatch(PROCESSING_GROUP, new CaseViewBatch(store, updates));
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        batch.add(event, sequence, recordedAt);
    }

    /**
     * A token reset rebuilds every view from the case's first event, so the old ones go first: those of the active
     * generation only, the one this processor writes; a {@code ProjectionRebuild} never resets tokens.
     */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CaseView handle(FindCase query) {
        return store.find(query.caseId()).orElse(null);
    }

    @QueryHandler
    CasePage handle(ListCases query) {
        return store.list(query);
    }

    @QueryHandler
    CasePage handle(ListDispatchedCases query) {
        return store.listDispatched(query);
    }
}
