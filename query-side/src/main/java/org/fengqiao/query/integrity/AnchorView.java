package org.fengqiao.query.integrity;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * One recorded anchor: the Merkle root over the heads of {@code chains} case chains as they stood at store position
 * {@code upToPosition}, and where it sits in the anchor ledger ({@code ledgerSequence}, {@code ledgerHash}: the anchor
 * event's own chain hash).
 */
public record AnchorView(
        String anchorId,
        String root,
        long chains,
        long upToPosition,
        String trigger,
        Instant anchoredAt,
        @NotPersonalData("a staff account or system client") String actor,
        long ledgerSequence,
        String ledgerHash) {
}
