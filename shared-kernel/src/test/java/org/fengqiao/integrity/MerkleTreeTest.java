package org.fengqiao.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Merkle roots over chain heads and the inclusion proofs that lead from a head to its root. */
class MerkleTreeTest {

    private static List<ChainHead> heads(int count) {
        List<ChainHead> heads = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            heads.add(new ChainHead("case-" + String.format("%03d", i), i,
                    Hex.of(Sha256.digest(new byte[] {(byte) i}))));
        }
        return heads;
    }

    @Test
    void two_leaves_hash_to_the_inner_node_of_their_leaf_hashes_in_id_order() {
        List<ChainHead> heads = heads(2);
        byte[] expected = Sha256.digest(new byte[] {1}, heads.get(1).leafHash(), heads.get(0).leafHash());
        assertThat(new MerkleTree(heads).rootHex()).isEqualTo(Hex.of(expected));
    }

    @Test
    void the_root_does_not_depend_on_input_order_but_on_every_head() {
        List<ChainHead> heads = heads(5);
        List<ChainHead> reversed = new ArrayList<>(heads);
        java.util.Collections.reverse(reversed);
        assertThat(new MerkleTree(heads).sameRoot(new MerkleTree(reversed))).isTrue();
        List<ChainHead> changed = new ArrayList<>(heads);
        changed.set(2, new ChainHead(heads.get(2).aggregateId(), heads.get(2).sequence() + 1, heads.get(2).hash()));
        assertThat(new MerkleTree(changed).sameRoot(new MerkleTree(heads))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 13})
    void every_leaf_has_a_proof_that_leads_to_the_root(int count) {
        MerkleTree tree = new MerkleTree(heads(count));
        for (ChainHead head : tree.leaves()) {
            InclusionProof proof = tree.proof(head.aggregateId()).orElseThrow();
            assertThat(proof.provesInclusionIn(tree.rootHex())).isTrue();
            assertThat(proof.leafCount()).isEqualTo(count);
        }
    }

    @Test
    void a_proof_for_another_head_does_not_lead_to_the_root() {
        MerkleTree tree = new MerkleTree(heads(6));
        InclusionProof proof = tree.proof("case-002").orElseThrow();
        ChainHead forged = new ChainHead("case-002", 99, proof.head().hash());
        InclusionProof forgedProof = new InclusionProof(forged, proof.leafIndex(), proof.leafCount(), proof.steps(),
                proof.root());
        assertThat(forgedProof.provesInclusionIn(tree.rootHex())).isFalse();
        assertThat(tree.proof("case-999")).isEmpty();
    }

    @Test
    void an_empty_tree_has_the_hash_of_nothing_as_root_and_duplicates_are_refused() {
        assertThat(new MerkleTree(List.of()).rootHex()).isEqualTo(Hex.of(Sha256.digest()));
        ChainHead head = heads(1).get(0);
        assertThatThrownBy(() -> new MerkleTree(List.of(head, head))).isInstanceOf(IllegalArgumentException.class);
    }
}
