package org.fengqiao.integrity;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;

/**
 * An anchor was recorded in the anchor ledger: {@code root} is the Merkle root ({@link MerkleTree}) over the chain heads
 * of {@code chains} case streams as they stood at store position {@code upToPosition}. The ledger's own events are
 * hash-chained like a case's, so the sequence of anchors is tamper-evident too; a copy of each goes to the anchor log.
 */
public record AnchorRecorded(
        String ledgerId,
        String anchorId,
        String root,
        long chains,
        long upToPosition,
        String trigger,
        Instant occurredAt,
        Actor actor) {
}
