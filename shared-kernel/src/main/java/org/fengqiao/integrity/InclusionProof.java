package org.fengqiao.integrity;

import java.util.Arrays;
import java.util.List;

/**
 * Proof that one chain head is a leaf of a Merkle tree with a given root: starting from the leaf's hash, combine with
 * each step's sibling in order (sibling on the LEFT: SHA-256(0x01, sibling, current); on the RIGHT: SHA-256(0x01,
 * current, sibling)); the result must equal the root. Anyone holding the root can check it without the other leaves.
 */
public record InclusionProof(ChainHead head, int leafIndex, int leafCount, List<Step> steps, String root) {

    public InclusionProof {
        steps = List.copyOf(steps);
    }

    /** Where the sibling sits relative to the running hash. */
    public enum Side { LEFT, RIGHT }

    /** One level of the path from the leaf to the root. */
    public record Step(Side side, String sibling) {
    }

    /** The root this proof leads to from its head. */
    public String computedRoot() {
        byte[] current = head.leafHash();
        for (Step step : steps) {
            byte[] sibling = Hex.parse(step.sibling());
            current = step.side() == Side.LEFT ? MerkleTree.inner(sibling, current) : MerkleTree.inner(current, sibling);
        }
        return Hex.of(current);
    }

    /** Whether the proof leads from its head to {@code expectedRoot}. */
    public boolean provesInclusionIn(String expectedRoot) {
        return expectedRoot != null && Arrays.equals(Hex.parse(computedRoot()), Hex.parse(expectedRoot));
    }
}
