package org.fengqiao.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Scheme v2: the chain hash keyed with HMAC-SHA256, the key's id and the recording time in the encoding, and chains
 * that mix events from before keys (v1) with keyed ones.
 */
class KeyedChainTest {

    private static final byte[] PAYLOAD = "{\"caseId\":\"c1\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant RECORDED = Instant.parse("2026-07-01T02:00:01.234Z");
    private static final ChainKey KEY = key(1);
    private static final ChainKey OTHER = key(2);

    @Test
    void encodes_the_tag_the_key_id_the_v1_fields_and_the_recording_time_in_order() throws Exception {
        ChainLink link = link(ChainLink.GENESIS, 1, PAYLOAD, RECORDED);
        byte[] v1 = link.encode();
        byte[] v1Fields = Arrays.copyOfRange(v1, "fengqiao-chain-v1".length(), v1.length);
        String expected = Hex.of("fengqiao-chain-v2".getBytes(StandardCharsets.US_ASCII))
                + "00000011" + Hex.of(KEY.id().getBytes(StandardCharsets.US_ASCII))
                + Hex.of(v1Fields)
                + String.format("%016x", RECORDED.toEpochMilli());
        assertThat(Hex.of(link.encode(KEY))).isEqualTo(expected);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(1), "HmacSHA256"));
        assertThat(link.hashHex(KEY)).isEqualTo(Hex.of(mac.doFinal(link.encode(KEY))));
        assertThat(KEY.id()).matches("k[0-9a-f]{16}").isNotEqualTo(OTHER.id());
    }

    @Test
    void the_key_and_the_recording_time_change_the_hash_and_the_unkeyed_hash_ignores_the_time() {
        ChainLink link = link(ChainLink.GENESIS, 0, PAYLOAD, RECORDED);
        ChainLink later = link(ChainLink.GENESIS, 0, PAYLOAD, RECORDED.plusMillis(1));
        assertThat(link.hashHex(KEY)).isNotEqualTo(link.hashHex(OTHER)).isNotEqualTo(later.hashHex(KEY))
                .isNotEqualTo(link.hashHex());
        assertThat(link.hashHex()).isEqualTo(later.hashHex());
    }

    @Test
    void a_keyed_chain_verifies_with_its_key() {
        List<StoredEvent> chain = keyedChain(KEY, 3);
        ChainVerifier verifier = verify(ChainKeys.of(KEY), chain);
        assertThat(verifier.valid()).isTrue();
        assertThat(verifier.verifiedEvents()).isEqualTo(3);
        assertThat(verifier.keyedEvents()).isEqualTo(3);
        assertThat(verifier.verifiedHead()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void a_wrong_key_is_a_verification_failure_naming_the_unknown_key() {
        ChainVerifier verifier = verify(ChainKeys.of(OTHER), keyedChain(KEY, 2));
        assertThat(verifier.firstBreak().sequence()).isZero();
        assertThat(verifier.firstBreak().reason()).isEqualTo(ChainBreak.Reason.UNKNOWN_KEY);
        assertThat(verifier.firstBreak().detail()).contains(KEY.id()).contains(OTHER.id());
        assertThat(new ChainVerifier("c1").valid()).isTrue();
        ChainVerifier keyless = verify(null, keyedChain(KEY, 1));
        assertThat(keyless.firstBreak().reason()).isEqualTo(ChainBreak.Reason.UNKNOWN_KEY);
    }

    @Test
    void an_event_hashed_with_another_secret_under_the_same_key_id_is_a_mismatch() {
        List<StoredEvent> chain = keyedChain(KEY, 2);
        StoredEvent second = chain.get(1);
        String forged = second.link(Hex.parse(chain.get(0).hash())).hashHex(OTHER);
        StoredEvent altered = new StoredEvent("c1", 1, second.payloadType(), null, second.payload(),
                second.occurredAt(), second.actor(), forged, 2, second.recordedAt(), "v2", KEY.id());
        ChainVerifier verifier = verify(ChainKeys.of(KEY), List.of(chain.get(0), altered));
        assertThat(verifier.firstBreak().reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
        assertThat(verifier.firstBreak().sequence()).isEqualTo(1);
    }

    @Test
    void a_changed_recording_time_breaks_a_keyed_event() {
        List<StoredEvent> chain = keyedChain(KEY, 1);
        StoredEvent event = chain.get(0);
        StoredEvent moved = new StoredEvent("c1", 0, event.payloadType(), null, event.payload(), event.occurredAt(),
                event.actor(), event.hash(), 1, event.recordedAt().minusSeconds(3600), "v2", KEY.id());
        assertThat(verify(ChainKeys.of(KEY), List.of(moved)).firstBreak().reason())
                .isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void after_a_rotation_old_events_verify_with_the_previous_key_and_new_ones_with_the_current() {
        List<StoredEvent> old = keyedChain(KEY, 2);
        StoredEvent next = keyed(OTHER, 2, Hex.parse(old.get(1).hash()));
        List<StoredEvent> chain = List.of(old.get(0), old.get(1), next);
        assertThat(verify(new ChainKeys(OTHER, List.of(KEY)), chain).valid()).isTrue();
        ChainVerifier withoutTheOldKey = verify(ChainKeys.of(OTHER), chain);
        assertThat(withoutTheOldKey.firstBreak().reason()).isEqualTo(ChainBreak.Reason.UNKNOWN_KEY);
        assertThat(withoutTheOldKey.firstBreak().sequence()).isZero();
    }

    @Test
    void unkeyed_events_before_keyed_ones_verify_and_an_unkeyed_event_after_them_is_a_downgrade() {
        StoredEvent v1 = unkeyed(0, ChainLink.GENESIS);
        StoredEvent v2 = keyed(KEY, 1, Hex.parse(v1.hash()));
        ChainVerifier mixed = verify(ChainKeys.of(KEY), List.of(v1, v2));
        assertThat(mixed.valid()).isTrue();
        assertThat(mixed.keyedEvents()).isEqualTo(1);
        assertThat(mixed.verifiedEvents()).isEqualTo(2);

        StoredEvent rewritten = unkeyed(2, Hex.parse(v2.hash()));
        ChainVerifier downgraded = verify(ChainKeys.of(KEY), List.of(v1, v2, rewritten));
        assertThat(downgraded.firstBreak().reason()).isEqualTo(ChainBreak.Reason.SCHEME_DOWNGRADE);
        assertThat(downgraded.firstBreak().sequence()).isEqualTo(2);
    }

    @Test
    void an_unknown_scheme_is_a_break() {
        StoredEvent event = keyedChain(KEY, 1).get(0);
        StoredEvent v9 = new StoredEvent("c1", 0, event.payloadType(), null, event.payload(), event.occurredAt(),
                event.actor(), event.hash(), 1, event.recordedAt(), "v9", KEY.id());
        assertThat(verify(ChainKeys.of(KEY), List.of(v9)).firstBreak().reason())
                .isEqualTo(ChainBreak.Reason.UNKNOWN_SCHEME);
        assertThat(ChainScheme.fromMetadata(null)).isEqualTo(ChainScheme.V1);
        assertThat(ChainScheme.fromMetadata("v2")).isEqualTo(ChainScheme.V2);
    }

    @Test
    void the_mac_is_the_runtimes_hmac_sha256_for_keys_of_any_length() throws Exception {
        for (int length : new int[] {32, 64, 65, 100}) {
            byte[] secret = new byte[length];
            for (int i = 0; i < length; i++) {
                secret[i] = (byte) (i * 7 + length);
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            for (byte[] data : new byte[][] {new byte[0], PAYLOAD, new byte[1000]}) {
                assertThat(ChainKey.of(secret).mac(data)).isEqualTo(mac.doFinal(data));
            }
        }
    }

    @Test
    void a_key_needs_32_bytes_and_never_shows_its_secret() {
        assertThat(catchThrowable(() -> ChainKey.of(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KEY.toString()).isEqualTo("ChainKey[" + KEY.id() + "]");
        assertThat(new ChainKeys(KEY, List.of(OTHER, KEY)).ids()).containsExactly(KEY.id(), OTHER.id());
    }

    private static ChainVerifier verify(ChainKeys keys, List<StoredEvent> events) {
        ChainVerifier verifier = new ChainVerifier("c1", keys);
        events.forEach(verifier::accept);
        return verifier;
    }

    private static List<StoredEvent> keyedChain(ChainKey key, int length) {
        StoredEvent[] events = new StoredEvent[length];
        byte[] previous = ChainLink.GENESIS;
        for (int i = 0; i < length; i++) {
            events[i] = keyed(key, i, previous);
            previous = Hex.parse(events[i].hash());
        }
        return List.of(events);
    }

    private static StoredEvent keyed(ChainKey key, long sequence, byte[] previous) {
        Instant recorded = RECORDED.plusSeconds(sequence);
        String hash = link(previous, sequence, PAYLOAD, recorded).hashHex(key);
        return new StoredEvent("c1", sequence, "org.example.Noted", null, PAYLOAD, "2026-07-01T02:00:00Z",
                "officer.zhao", hash, sequence + 1, recorded, "v2", key.id());
    }

    private static StoredEvent unkeyed(long sequence, byte[] previous) {
        String hash = link(previous, sequence, PAYLOAD, null).hashHex();
        return new StoredEvent("c1", sequence, "org.example.Noted", null, PAYLOAD, "2026-07-01T02:00:00Z",
                "officer.zhao", hash, sequence + 1, RECORDED, null, null);
    }

    private static ChainLink link(byte[] previous, long sequence, byte[] payload, Instant recordedAt) {
        return new ChainLink(previous, "c1", sequence, "org.example.Noted", null, payload, "2026-07-01T02:00:00Z",
                "officer.zhao", recordedAt);
    }

    private static ChainKey key(int seed) {
        return ChainKey.of(secret(seed));
    }

    private static byte[] secret(int seed) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) seed);
        return secret;
    }
}
