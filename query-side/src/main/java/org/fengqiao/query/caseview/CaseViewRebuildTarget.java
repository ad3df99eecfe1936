package org.fengqiao.query.caseview;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.query.common.ProjectionBatch;
import org.fengqiao.query.common.RebuildTarget;

/** Rebuilds the case views into another generation of {@code case_views} with the projection's own batch code. */
final class CaseViewRebuildTarget implements RebuildTarget {

    private final CaseViewStore store;

    CaseViewRebuildTarget(CaseViewStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return CaseViewProjection.PROCESSING_GROUP;
    }

    @Override
    public void prepare(long generation) {
        CaseViewStore target = store.at(generation);
        target.drop();
        target.createIndexes();
    }

    @Override
    public void fold(List<? extends DomainEventMessage<?>> events, long generation) {
        ProjectionBatch.replay(events, new CaseViewBatch(store.at(generation), null));
    }

    @Override
    public void drop(long generation) {
        store.at(generation).drop();
    }
}
