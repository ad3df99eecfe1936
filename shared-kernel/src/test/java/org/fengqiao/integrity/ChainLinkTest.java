package org.fengqiao.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The canonical encoding is fixed byte for byte, so that anyone can re-implement it from the README. */
class ChainLinkTest {

    private static final byte[] PAYLOAD = "{\"caseId\":\"c1\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private static ChainLink link(byte[] previous, long sequence, byte[] payload, String revision) {
        return new ChainLink(previous, "c1", sequence, "org.example.Noted", revision, payload,
                "2026-07-01T02:00:00Z", "officer.zhao");
    }

    @Test
    void encodes_tag_previous_hash_and_length_prefixed_fields_in_order() {
        byte[] encoded = link(ChainLink.GENESIS, 1, PAYLOAD, null).encode();
        String expected = Hex.of("fengqiao-chain-v1".getBytes(StandardCharsets.US_ASCII))
                + "00".repeat(32)
                + "00000002" + Hex.of("c1".getBytes(StandardCharsets.UTF_8))
                + "00000011" + Hex.of("org.example.Noted".getBytes(StandardCharsets.UTF_8))
                + "00000000"
                + "0000000000000001"
                + String.format("%08x", PAYLOAD.length) + Hex.of(PAYLOAD)
                + "00000014" + Hex.of("2026-07-01T02:00:00Z".getBytes(StandardCharsets.UTF_8))
                + "0000000c" + Hex.of("officer.zhao".getBytes(StandardCharsets.UTF_8));
        assertThat(Hex.of(encoded)).isEqualTo(expected);
        assertThat(link(ChainLink.GENESIS, 1, PAYLOAD, null).hashHex()).isEqualTo(Hex.of(Sha256.digest(encoded)));
    }

    @Test
    void every_covered_field_changes_the_hash() {
        String base = link(ChainLink.GENESIS, 0, PAYLOAD, null).hashHex();
        assertThat(link(Sha256.digest(new byte[1]), 0, PAYLOAD, null).hashHex()).isNotEqualTo(base);
        assertThat(link(ChainLink.GENESIS, 1, PAYLOAD, null).hashHex()).isNotEqualTo(base);
        assertThat(link(ChainLink.GENESIS, 0, "{}".getBytes(StandardCharsets.UTF_8), null).hashHex())
                .isNotEqualTo(base);
        assertThat(link(ChainLink.GENESIS, 0, PAYLOAD, "2").hashHex()).isNotEqualTo(base);
        assertThat(new ChainLink(ChainLink.GENESIS, "c1", 0, "org.example.Noted", null, PAYLOAD, "2026-07-02T02:00:00Z",
                "officer.zhao").hashHex()).isNotEqualTo(base);
        assertThat(new ChainLink(ChainLink.GENESIS, "c1", 0, "org.example.Noted", null, PAYLOAD, "2026-07-01T02:00:00Z",
                "officer.qian").hashHex()).isNotEqualTo(base);
    }

    @Test
    void the_verifier_reports_a_gap_at_the_first_missing_sequence() {
        StoredEvent first = stored(0, ChainLink.GENESIS);
        StoredEvent second = stored(1, Hex.parse(first.hash()));
        StoredEvent fourth = stored(3, Hex.parse(second.hash()));
        ChainVerifier verifier = new ChainVerifier("c1");
        verifier.accept(first);
        verifier.accept(second);
        verifier.accept(fourth);
        assertThat(verifier.firstBreak().sequence()).isEqualTo(2);
        assertThat(verifier.firstBreak().reason()).isEqualTo(ChainBreak.Reason.SEQUENCE_GAP);
        assertThat(verifier.verifiedHead()).isEqualTo(second.hash());
    }

    @Test
    void an_event_rewritten_together_with_its_own_hash_breaks_the_chain_at_the_next_event() {
        StoredEvent first = stored(0, ChainLink.GENESIS);
        StoredEvent second = stored(1, Hex.parse(first.hash()));
        StoredEvent third = stored(2, Hex.parse(second.hash()));
        byte[] forgedPayload = "{\"caseId\":\"c1\",\"text\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        String forgedHash = new ChainLink(Hex.parse(first.hash()), "c1", 1, "org.example.Noted", null, forgedPayload,
                "2026-07-01T02:00:00Z", "officer.zhao").hashHex();
        StoredEvent forged = new StoredEvent("c1", 1, "org.example.Noted", null, forgedPayload,
                "2026-07-01T02:00:00Z", "officer.zhao", forgedHash, 2);
        ChainVerifier verifier = new ChainVerifier("c1");
        verifier.accept(first);
        verifier.accept(forged);
        verifier.accept(third);
        assertThat(verifier.firstBreak().sequence()).isEqualTo(2);
        assertThat(verifier.firstBreak().reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void the_verifier_reports_an_event_without_hash() {
        ChainVerifier verifier = new ChainVerifier("c1");
        verifier.accept(new StoredEvent("c1", 0, "org.example.Noted", null, PAYLOAD, null, null, null, 1));
        assertThat(verifier.firstBreak().reason()).isEqualTo(ChainBreak.Reason.MISSING_HASH);
    }

    private static StoredEvent stored(long sequence, byte[] previous) {
        String hash = link(previous, sequence, PAYLOAD, null).hashHex();
        return new StoredEvent("c1", sequence, "org.example.Noted", null, PAYLOAD, "2026-07-01T02:00:00Z",
                "officer.zhao", hash, sequence + 1);
    }
}
