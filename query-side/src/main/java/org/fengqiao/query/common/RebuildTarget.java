package org.fengqiao.query.common;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A read model that {@link ProjectionRebuild} can rebuild: each projection offers one as a bean. Its {@link #name()}
 * is both its event processor's name and its key in {@link Generations}.
 *
 * <p>{@link #fold} must run the projection's own batch code, with the collections of the given generation instead of
 * the active ones, so that a rebuild stores exactly the documents the live projection does.
 */
public interface RebuildTarget {

    String name();

    /** Empties the collections of {@code generation} (what a failed rebuild left) and creates their indexes. */
    void prepare(long generation);

    /** Folds one batch of events, in the order of the event store, into the collections of {@code generation}. */
    void fold(List<? extends DomainEventMessage<?>> events, long generation);

    /** Drops the collections of {@code generation}. */
    void drop(long generation);
}
