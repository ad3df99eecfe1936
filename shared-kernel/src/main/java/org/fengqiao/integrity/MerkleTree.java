package org.fengqiao.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Merkle tree over chain heads, sorted by aggregate id (each id once). Inner node = SHA-256(0x01, left, right); a
 * level with an odd number of nodes carries its last node up unchanged. The root of no leaves is SHA-256 of nothing.
 */
public final class MerkleTree {

    private static final byte[] INNER = {0x01};

    private final List<ChainHead> leaves;
    private final List<byte[][]> levels = new ArrayList<>();

    public MerkleTree(List<ChainHead> heads) {
        List<ChainHead> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparing(ChainHead::aggregateId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).aggregateId().equals(sorted.get(i - 1).aggregateId())) {
                throw new IllegalArgumentException("two heads for " + sorted.get(i).aggregateId());
            }
        }
        this.leaves = List.copyOf(sorted);
        byte[][] level = new byte[leaves.size()][];
        for (int i = 0; i < level.length; i++) {
            level[i] = leaves.get(i).leafHash();
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] up = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < up.length; i++) {
                int left = 2 * i;
                up[i] = left + 1 < level.length ? inner(level[left], level[left + 1]) : level[left];
            }
            levels.add(up);
            level = up;
        }
    }

    static byte[] inner(byte[] left, byte[] right) {
        return Sha256.digest(INNER, left, right);
    }

    public byte[] root() {
        byte[][] top = levels.get(levels.size() - 1);
        return top.length == 0 ? Sha256.digest() : top[0].clone();
    }

    public String rootHex() {
        return Hex.of(root());
    }

    public List<ChainHead> leaves() {
        return leaves;
    }

    /** The proof that the head of {@code aggregateId} is a leaf of this tree, or empty when it is not. */
    public Optional<InclusionProof> proof(String aggregateId) {
        int index = -1;
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).aggregateId().equals(aggregateId)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        List<InclusionProof.Step> steps = new ArrayList<>();
        int position = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            byte[][] level = levels.get(l);
            int sibling = position ^ 1;
            if (sibling < level.length) {
                steps.add(new InclusionProof.Step(
                        sibling < position ? InclusionProof.Side.LEFT : InclusionProof.Side.RIGHT,
                        Hex.of(level[sibling])));
            }
            position /= 2;
        }
        return Optional.of(new InclusionProof(leaves.get(index), index, leaves.size(), steps, rootHex()));
    }

    @Override
    public String toString() {
        return "MerkleTree[" + leaves.size() + " leaves, root " + rootHex() + "]";
    }

    /** For tests: whether two trees have the same root. */
    boolean sameRoot(MerkleTree other) {
        return Arrays.equals(root(), other.root());
    }
}
