package org.fengqiao.query.boards;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.query.common.ProjectionBatch;
import org.fengqiao.query.common.RebuildTarget;

/** Rebuilds the board collections into another generation with the projection's own fold and journaled write. */
final class BoardRebuildTarget implements RebuildTarget {

    private final BoardStore store;
    private final BoardSettings settings;

    BoardRebuildTarget(BoardStore store, BoardSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public String name() {
        return BoardProjection.PROCESSING_GROUP;
    }

    @Override
    public void prepare(long generation) {
        store.at(generation).clear();
    }

    @Override
    public void fold(List<? extends DomainEventMessage<?>> events, long generation) {
        ProjectionBatch.replay(events, BoardProjection.rebuilding(store.at(generation), settings.zone()));
    }

    @Override
    public void drop(long generation) {
        store.at(generation).clear();
    }
}
