package org.fengqiao.query.integrity;

import org.fengqiao.integrity.InclusionProof;

/**
 * A case's inclusion in an anchor: the proof from the case's head at the anchor's position to the root recomputed from
 * the store now ({@code recomputedRoot}), and whether that equals the recorded root. A recorded root that the store
 * no longer reproduces means events up to the anchor's position were changed, removed or added since.
 */
public record AnchorProofView(
        AnchorView anchor,
        InclusionProof proof,
        String recomputedRoot,
        boolean rootMatches,
        boolean proofValid) {
}
