package org.fengqiao.integrity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;

/**
 * Records one anchor: a Merkle root over the heads of all case chains, computed by the query side over the events up
 * to {@code upToPosition} (the store's global index). Addressed to the one anchor ledger, {@link #LEDGER}.
 *
 * @param trigger {@code DAILY} or {@code ON_DEMAND}
 */
public record RecordAnchor(
        @TargetAggregateIdentifier String ledgerId,
        String anchorId,
        String root,
        long chains,
        long upToPosition,
        String trigger,
        Instant occurredAt,
        Actor actor) {

    /** The id of the anchor ledger's stream. */
    public static final String LEDGER = "integrity-anchor-ledger";

    public RecordAnchor {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.SYSTEM : actor;
    }
}
