package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fengqiao.integrity.ChainKey;
import org.fengqiao.integrity.ChainLink;
import org.fengqiao.integrity.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tamper evidence on the running application: each case's events are hash-chained as they are appended; an event
 * altered or removed directly in the SQLite file is found by the case's verification and by the all-cases run, at
 * exactly its sequence; anchors are logged and prove a case's head; an event stored in the old shape of
 * {@code AttachmentRecorded} still verifies and is read in the new one; concurrent commands on one case, which race for
 * the same sequence number and are retried, leave a valid chain. The hashes are keyed (HMAC-SHA256 with the chain
 * key, kept outside the data folder) and cover the recording time; an event hashed with another key, or rewritten
 * unkeyed after keyed ones, is a verification failure, never an error.
 *
 * <p>The application and its store are shared with the other integration tests, so every test puts back what it
 * changed in the file before it ends.
 */
@EmbeddedApplicationTest
class IntegrityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${fengqiao.data-dir}")
    String dataDir;

    private ApiClient api;
    private StoreFile store;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        store = new StoreFile(dataDir);
    }

    @Test
    void an_event_altered_in_the_store_file_is_found_at_its_sequence_by_the_case_and_the_all_cases_run() {
        String id = disputeWithNotes("Tap dripping", "Neighbour agreed to look");
        ApiClient.Reply valid = api.get("/api/cases/" + id + "/verification");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.body().path("valid").asBoolean()).isTrue();
        assertThat(valid.body().path("events").asLong()).isEqualTo(5);
        assertThat(valid.body().path("head").asText()).isEqualTo(storedHash(id, 4));

        String original = (String) store.row(id, 3).get("payload");
        // the note's text is sealed: put the other note's sealed text in its place, a valid ciphertext of the case
        String other = (String) store.row(id, 4).get("payload");
        store.update(id, 3, "payload", original.replace(sealedText(original), sealedText(other)));
        try {
            JsonNode broken = api.get("/api/cases/" + id + "/verification").body();
            assertThat(broken.path("valid").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenSequence").asLong()).isEqualTo(3);
            assertThat(broken.path("reason").asText()).isEqualTo("HASH_MISMATCH");
            assertThat(broken.path("detail").asText()).startsWith("event 3 (NoteAdded) hashes to");
            assertThat(broken.path("verifiedEvents").asLong()).isEqualTo(3);

            ApiClient.Reply started = api.post("/api/admin/verification", "{}");
            assertThat(started.status()).isEqualTo(202);
            await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/verification").text("state")));
            JsonNode run = api.get("/api/admin/verification").body();
            assertThat(run.path("eventsChecked").asLong()).isEqualTo(run.path("totalEvents").asLong());
            assertThat(run.path("chains").asLong()).isGreaterThanOrEqualTo(1);
            JsonNode mine = null;
            for (JsonNode chain : run.path("broken")) {
                if (chain.path("aggregateId").asText().equals(id)) {
                    mine = chain;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.path("sequence").asLong()).isEqualTo(3);
            assertThat(mine.path("reason").asText()).isEqualTo("HASH_MISMATCH");
        } finally {
            store.update(id, 3, "payload", original);
        }
        assertThat(api.get("/api/cases/" + id + "/verification").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void an_event_deleted_from_the_store_file_shows_as_a_gap() {
        String id = disputeWithNotes("Parking space taken", "Owner promised to move");
        Map<String, Object> removed = store.row(id, 1);
        store.delete(id, 1);
        try {
            JsonNode gap = api.get("/api/cases/" + id + "/verification").body();
            assertThat(gap.path("valid").asBoolean()).isFalse();
            assertThat(gap.path("firstBrokenSequence").asLong()).isEqualTo(1);
            assertThat(gap.path("reason").asText()).isEqualTo("SEQUENCE_GAP");
            assertThat(gap.path("detail").asText()).startsWith("sequence 1 is missing: the stored events go from 0 to 2");
            assertThat(gap.path("events").asLong()).isEqualTo(4);
        } finally {
            store.insert(removed);
        }
        assertThat(api.get("/api/cases/" + id + "/verification").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void concurrent_commands_on_one_case_leave_a_valid_chain() throws Exception {
        String id = disputeWithNotes("Shared wall cracked", "Engineer to inspect");
        List<CompletableFuture<ApiClient.Reply>> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "Concurrent note " + i;
            notes.add(CompletableFuture.supplyAsync(() -> api.post("/api/disputes/" + id + "/notes",
                    json("{'text':'" + text + "'}"))));
        }
        for (CompletableFuture<ApiClient.Reply> note : notes) {
            assertThat(note.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        JsonNode verified = api.get("/api/cases/" + id + "/verification").body();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("events").asLong()).isEqualTo(17);
    }

    @Test
    void verification_of_an_unknown_or_malformed_case_is_404() {
        assertThat(api.get("/api/cases/" + UUID.randomUUID() + "/verification").status()).isEqualTo(404);
        ApiClient.Reply malformed = api.get("/api/cases/not-a-case/verification");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.text("code")).isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void an_anchor_is_recorded_logged_and_proves_a_case_head_until_the_store_is_rewritten() throws Exception {
        String id = disputeWithNotes("Stairwell light out", "Property office informed");
        ApiClient.Reply taken = api.post("/api/admin/anchors", "{}", "admin");
        assertThat(taken.status()).isEqualTo(201);
        String anchorId = taken.text("anchorId");
        String root = taken.text("root");
        assertThat(Hex.isDigest(root)).isTrue();
        assertThat(taken.text("trigger")).isEqualTo("ON_DEMAND");
        assertThat(taken.text("ledgerHash")).hasSize(64);

        Path log = Path.of(dataDir).resolve("anchors.log");
        String lastLine = Files.readAllLines(log, StandardCharsets.UTF_8).stream().reduce((a, b) -> b).orElseThrow();
        assertThat(JSON.readTree(lastLine).path("root").asText()).isEqualTo(root);
        assertThat(JSON.readTree(lastLine).path("anchorId").asText()).isEqualTo(anchorId);
        assertThat(api.get("/api/admin/anchors").body().findValuesAsText("anchorId")).contains(anchorId);

        JsonNode proof = api.get("/api/admin/anchors/" + anchorId + "/proofs/" + id).body();
        assertThat(proof.path("rootMatches").asBoolean()).isTrue();
        assertThat(proof.path("proofValid").asBoolean()).isTrue();
        assertThat(proof.at("/proof/head/hash").asText()).isEqualTo(storedHash(id, 4));
        assertThat(proof.at("/proof/head/sequence").asLong()).isEqualTo(4);

        // a rewrite that recomputes the hashes keeps each chain valid, but no longer reproduces the anchored root
        String metadata = (String) store.row(id, 4).get("metaData");
        store.update(id, 4, "metaData", metadata.replace(storedHash(id, 4), "00".repeat(32)));
        try {
            JsonNode rewritten = api.get("/api/admin/anchors/" + anchorId + "/proofs/" + id).body();
            assertThat(rewritten.path("rootMatches").asBoolean()).isFalse();
            assertThat(rewritten.path("proofValid").asBoolean()).isFalse();
        } finally {
            store.update(id, 4, "metaData", metadata);
        }
        assertThat(api.get("/api/admin/anchors/" + anchorId + "/proofs/" + id).body().path("rootMatches").asBoolean())
                .isTrue();
    }

    @Test
    void an_event_stored_in_the_old_shape_still_verifies_and_reads_in_the_new_one() throws Exception {
        String id = disputeWithNotes("Dog barking", "Owner reminded");
        // AttachmentRecorded as revision 1 wrote it: no revision, the size under "size"
        String payload = "{\"caseId\":\"" + id + "\",\"name\":\"photo.jpg\",\"mediaType\":\"image/jpeg\",\"size\":2048,"
                + "\"sha256\":\"" + "ab".repeat(32) + "\",\"occurredAt\":\"2026-07-01T02:00:00Z\",\"actor\":\"officer.zhao\"}";
        String previous = storedHash(id, 4);
        Map<String, Object> row = new HashMap<>(store.row(id, 4));
        ChainKey key = chainKey();
        String hash = new ChainLink(Hex.parse(previous), id, 5, "org.fengqiao.cases.common.AttachmentRecorded", null,
                payload.getBytes(StandardCharsets.UTF_8), "2026-07-01T02:00:00Z", "officer.zhao",
                Instant.parse((String) row.get("timeStamp"))).hashHex(key);
        row.remove("globalIndex");
        row.put("sequenceNumber", 5L);
        row.put("eventIdentifier", UUID.randomUUID().toString());
        row.put("payloadType", "org.fengqiao.cases.common.AttachmentRecorded");
        row.put("payloadRevision", null);
        row.put("payload", payload);
        row.put("metaData", "{\"hash\":\"" + hash + "\",\"previousHash\":\"" + previous
                + "\",\"chainScheme\":\"v2\",\"chainKey\":\"" + key.id() + "\"}");
        store.insert(row);

        JsonNode verified = api.get("/api/cases/" + id + "/verification").body();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("events").asLong()).isEqualTo(6);
        JsonNode history = api.get("/api/cases/" + id + "/history").body();
        JsonNode attachment = history.path("items").get(5);
        assertThat(attachment.path("eventType").asText()).isEqualTo("AttachmentRecorded");
        assertThat(attachment.at("/fields/sizeBytes").asLong()).isEqualTo(2048);

        // the aggregate reads the old event too, and the next event chains from its hash
        ApiClient.Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'Photo filed'}"));
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.version()).isEqualTo(7);
        JsonNode after = api.get("/api/cases/" + id + "/verification").body();
        assertThat(after.path("valid").asBoolean()).isTrue();
        assertThat(after.path("events").asLong()).isEqualTo(7);
        assertThat(JSON.readTree((String) store.row(id, 6).get("metaData")).path("previousHash").asText())
                .isEqualTo(hash);
    }

    @Test
    void events_are_hashed_with_the_chain_key_kept_outside_the_data_folder_and_cover_their_recording_time()
            throws Exception {
        String id = disputeWithNotes("Bins left out", "Caretaker informed");
        Path keyFile = TemporaryDataFolder.chainKeyFile(Path.of(dataDir));
        assertThat(keyFile).exists();
        assertThat(keyFile.toAbsolutePath().startsWith(Path.of(dataDir).toAbsolutePath())).isFalse();
        for (long sequence = 0; sequence <= 4; sequence++) {
            JsonNode metadata = JSON.readTree((String) store.row(id, sequence).get("metaData"));
            assertThat(metadata.path("chainScheme").asText()).isEqualTo("v2");
            assertThat(metadata.path("chainKey").asText()).isEqualTo(chainKey().id());
        }
        JsonNode verified = api.get("/api/cases/" + id + "/verification").body();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("keyedEvents").asLong()).isEqualTo(5);

        // the recording time moved by an hour: the payload is untouched, the keyed hash no longer holds
        String recorded = (String) store.row(id, 3).get("timeStamp");
        store.update(id, 3, "timeStamp", Instant.parse(recorded).minusSeconds(3600).toString());
        try {
            JsonNode moved = api.get("/api/cases/" + id + "/verification").body();
            assertThat(moved.path("valid").asBoolean()).isFalse();
            assertThat(moved.path("firstBrokenSequence").asLong()).isEqualTo(3);
            assertThat(moved.path("reason").asText()).isEqualTo("HASH_MISMATCH");
        } finally {
            store.update(id, 3, "timeStamp", recorded);
        }
        assertThat(api.get("/api/cases/" + id + "/verification").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void an_event_hashed_with_a_key_the_service_does_not_hold_is_a_verification_failure_not_an_error()
            throws Exception {
        String id = disputeWithNotes("Hallway bicycle", "Owner will move it");
        Map<String, Object> last = store.row(id, 4);
        String metadata = (String) last.get("metaData");
        StoredLink link = storedLink(id, 4);
        // someone with the store but another key recomputes the last event's hash with it
        ChainKey theirs = ChainKey.of(filled(9));
        String forged = link.chain().hashHex(theirs);
        store.update(id, 4, "metaData", metadata.replace(link.hash(), forged).replace(chainKey().id(), theirs.id()));
        try {
            ApiClient.Reply unknown = api.get("/api/cases/" + id + "/verification");
            assertThat(unknown.status()).isEqualTo(200);
            assertThat(unknown.body().path("valid").asBoolean()).isFalse();
            assertThat(unknown.body().path("firstBrokenSequence").asLong()).isEqualTo(4);
            assertThat(unknown.body().path("reason").asText()).isEqualTo("UNKNOWN_KEY");
            assertThat(unknown.body().path("detail").asText()).contains(theirs.id());
            assertThat(brokenInTheAllCasesRun(id).path("reason").asText()).isEqualTo("UNKNOWN_KEY");

            // the same with the service's key id on it: the hash does not hold
            store.update(id, 4, "metaData", metadata.replace(link.hash(), forged));
            ApiClient.Reply wrong = api.get("/api/cases/" + id + "/verification");
            assertThat(wrong.status()).isEqualTo(200);
            assertThat(wrong.body().path("reason").asText()).isEqualTo("HASH_MISMATCH");
            assertThat(brokenInTheAllCasesRun(id).path("reason").asText()).isEqualTo("HASH_MISMATCH");

            // and rewritten unkeyed, as events were before keys: a downgrade after keyed events
            String unkeyed = link.chain().hashHex();
            store.update(id, 4, "metaData", "{\"hash\":\"" + unkeyed + "\",\"previousHash\":\""
                    + storedHash(id, 3) + "\"}");
            JsonNode downgraded = api.get("/api/cases/" + id + "/verification").body();
            assertThat(downgraded.path("reason").asText()).isEqualTo("SCHEME_DOWNGRADE");
            assertThat(downgraded.path("firstBrokenSequence").asLong()).isEqualTo(4);
        } finally {
            store.update(id, 4, "metaData", metadata);
        }
        assertThat(api.get("/api/cases/" + id + "/verification").body().path("valid").asBoolean()).isTrue();
    }

    /** One stored event's chain link as the service hashed it, and the hash it recorded. */
    private record StoredLink(ChainLink chain, String hash) {
    }

    private StoredLink storedLink(String id, long sequence) throws Exception {
        Map<String, Object> row = store.row(id, sequence);
        String payload = (String) row.get("payload");
        JsonNode tree = JSON.readTree(payload);
        ChainLink link = new ChainLink(Hex.parse(storedHash(id, sequence - 1)), id, sequence,
                (String) row.get("payloadType"), (String) row.get("payloadRevision"),
                payload.getBytes(StandardCharsets.UTF_8), tree.path("occurredAt").asText(),
                tree.path("actor").asText(), Instant.parse((String) row.get("timeStamp")));
        assertThat(link.hashHex(chainKey())).as("the service's own hash").isEqualTo(storedHash(id, sequence));
        return new StoredLink(link, storedHash(id, sequence));
    }

    /** The all-cases run's entry for the case, which must be among the broken chains. */
    private JsonNode brokenInTheAllCasesRun(String id) {
        await().atMost(SETTLE).until(() -> !"RUNNING".equals(api.get("/api/admin/verification").text("state")));
        ApiClient.Reply started = api.post("/api/admin/verification", "{}");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/verification").text("state")));
        for (JsonNode chain : api.get("/api/admin/verification").body().path("broken")) {
            if (chain.path("aggregateId").asText().equals(id)) {
                return chain;
            }
        }
        throw new AssertionError("the all-cases run did not find " + id + " broken");
    }

    private ChainKey chainKey() throws Exception {
        String text = Files.readString(TemporaryDataFolder.chainKeyFile(Path.of(dataDir)), StandardCharsets.US_ASCII);
        return ChainKey.of(Base64.getDecoder().decode(text.strip()));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** A dispute (received, its handling limit set), an assignment and two notes: sequences 0 to 4. */
    /** The sealed {@code text} of a stored note's payload. */
    private static String sealedText(String payload) {
        Matcher text = Pattern.compile("\"text\":\"(pd1:[^\"]+)\"").matcher(payload);
        assertThat(text.find()).as("a sealed note text in %s", payload).isTrue();
        return text.group(1);
    }

    private String disputeWithNotes(String first, String second) {
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'%s','content':'Reported at the desk',
                 'gridCode':'SH-FL-G01','parties':[{'name':'周一','role':'APPLICANT'},{'name':'吴二','role':'RESPONDENT'}]}"""
                .formatted(first)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("caseId");
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-TASKFORCE'}")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'" + first + "'}")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'" + second + "'}")).status())
                .isEqualTo(200);
        return id;
    }

    private String storedHash(String id, long sequence) {
        try {
            return JSON.readTree((String) store.row(id, sequence).get("metaData")).path("hash").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
