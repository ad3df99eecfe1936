package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retries and races as another system meets them: an {@code Idempotency-Key} answers a retry with the first response
 * and appends nothing (also after a restart), the same key with another body is 422; an intake with a known
 * {@code externalRef} answers the case registered first; two writers with the same {@code If-Match} version: one
 * wins, the other gets 412 with the current version and appends nothing; every event records the request's
 * correlation id. A request that committed its command and crashed before keeping its response is answered from the
 * case's events; one that crashed before committing lets its retry run once its lease has ended.
 */
@EmbeddedApplicationTest
class SafeRetriesIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_retry_with_the_same_key_answers_the_first_response_and_appends_nothing() {
        ApiClient api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        Reply first = api.post("/api/disputes", dispute("SH-JH-G02"), "intake", "Idempotency-Key", key);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        Reply retry = api.post("/api/disputes", dispute("SH-JH-G02"), "intake", "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        String id = first.text("caseId");

        String noteKey = UUID.randomUUID().toString();
        Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "supervisor",
                "Idempotency-Key", noteKey);
        Reply noteAgain = api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "supervisor",
                "Idempotency-Key", noteKey);
        assertThat(note.version()).isEqualTo(3);
        assertThat(noteAgain.version()).isEqualTo(3);
        assertThat(api.get("/api/cases/" + id + "/history?minVersion=3", "auditor").body().path("items").size())
                .isEqualTo(3);

        assertProblem(api.post("/api/disputes/" + id + "/notes", json("{'text':'something else'}"), "supervisor",
                "Idempotency-Key", noteKey), 422, "IDEMPOTENCY_KEY_REUSED");
        // keys belong to their caller: the same key of another caller is another key
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "officer",
                "Idempotency-Key", noteKey).version()).isEqualTo(4);
        // a failed request keeps nothing: its retry runs again
        String failing = UUID.randomUUID().toString();
        assertProblem(api.post("/api/disputes/" + id + "/notes", json("{'text':''}"), "supervisor",
                "Idempotency-Key", failing), 400, "TEXT_REQUIRED");
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':''}"), "supervisor",
                "Idempotency-Key", failing).status()).isEqualTo(400);
    }

    /**
     * What a crash between the command's commit and the kept response leaves: the claim in flight, its response
     * not kept. Done here to the entry a finished request left.
     */
    private void forgetResponse(String caseId, int status, boolean leaseEnded) {
        long lease = System.currentTimeMillis() + (leaseEnded ? -1_000 : 60_000);
        assertThat(jdbc.update("UPDATE idempotency_key SET status = NULL, content_type = NULL, location = NULL, "
                + "body = NULL, lease_until = ? WHERE body LIKE ? AND status = ?", lease, "%" + caseId + "%", status))
                .isEqualTo(1);
    }

    @Test
    void a_retry_after_a_crash_that_followed_the_commit_answers_the_committed_command_and_runs_nothing_again() {
        ApiClient api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        Reply first = api.post("/api/disputes", dispute("SH-JH-G07"), "intake", "Idempotency-Key", key);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        String id = first.text("caseId");
        forgetResponse(id, 201, false);
        // before: 409 IDEMPOTENCY_KEY_IN_FLIGHT for the key's 24 hours
        Reply retry = api.post("/api/disputes", dispute("SH-JH-G07"), "intake", "Idempotency-Key", key);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");

        String noteKey = UUID.randomUUID().toString();
        Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "supervisor",
                "Idempotency-Key", noteKey);
        assertThat(note.version()).isEqualTo(3);
        forgetResponse(id, 200, true);
        // the lease has ended too: the events, not the claim's age, decide that the note is not recorded twice
        Reply noteAgain = api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "supervisor",
                "Idempotency-Key", noteKey);
        assertThat(noteAgain.status()).as(noteAgain.body().toString()).isEqualTo(200);
        assertThat(noteAgain.body()).isEqualTo(note.body());
        // the history is read from the event store: exactly the intake's two events and the one note
        assertThat(api.get("/api/cases/" + id + "/history?minVersion=3", "auditor").body().path("items").size())
                .isEqualTo(3);
    }

    @Test
    void a_claim_whose_request_never_committed_waits_for_its_lease_then_the_retry_runs() throws Exception {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", dispute("SH-JH-G08"), "intake").text("caseId");
        String key = UUID.randomUUID().toString();
        String path = "/api/disputes/" + id + "/notes";
        String body = json("{'text':'called back'}");
        // a request that claimed the key and named its case, then crashed before its command committed
        jdbc.update("INSERT INTO idempotency_key (key_hash, request_hash, expires_at, target, lease_until) "
                + "VALUES (?, ?, ?, ?, ?)", sha256("supervisor", key), sha256("POST " + path, body),
                System.currentTimeMillis() + 86_400_000L, id, System.currentTimeMillis() + 60_000);
        assertProblem(api.post(path, body, "supervisor", "Idempotency-Key", key), 409, "IDEMPOTENCY_KEY_IN_FLIGHT");
        jdbc.update("UPDATE idempotency_key SET lease_until = ? WHERE target = ?", System.currentTimeMillis() - 1,
                id);
        Reply retry = api.post(path, body, "supervisor", "Idempotency-Key", key);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(200);
        assertThat(retry.version()).isEqualTo(3);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(api.post(path, body, "supervisor", "Idempotency-Key", key).raw().headers()
                .firstValue("Idempotent-Replayed")).hasValue("true");
    }

    /** The idempotency filter's hashes: SHA-256 of the parts separated by a zero byte, in hex. */
    private static String sha256(String first, String second) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(first.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(second.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void an_intake_with_a_known_external_reference_answers_the_case_registered_first() {
        ApiClient api = new ApiClient(port);
        String ref = "T-" + UUID.randomUUID();
        String petition = json("""
                {'channel':'HOTLINE','category':'PROPERTY','subject':'Lift out of order','content':'Since Monday',
                 'gridCode':'SH-JH-G03','petitioners':[{'name':'Resident C'}],
                 'externalRef':{'system':'hotline-12345','id':'%s'}}""".formatted(ref));
        Reply first = api.post("/api/petitions", petition, "hotline");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        Reply again = api.post("/api/petitions", petition, "hotline");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("caseId")).isEqualTo(first.text("caseId"));
        assertThat(again.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(again.version()).isEqualTo(2);
        assertThat(api.get("/api/cases/" + first.text("caseId") + "/history", "auditor").body().path("items").size())
                .isEqualTo(2);
    }

    @Test
    void of_two_writers_expecting_the_same_version_one_wins_and_the_other_gets_412() throws Exception {
        ApiClient api = new ApiClient(port);
        String id = api.post("/api/disputes", dispute("SH-JH-G04"), "intake").text("caseId");
        Reply view = api.get("/api/cases/" + id + "?minVersion=2", "supervisor");
        String etag = view.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"2\"");

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Callable<Reply> write = () -> {
                start.await();
                return api.post("/api/disputes/" + id + "/notes", json("{'text':'my update'}"), "supervisor",
                        "If-Match", etag);
            };
            List<Future<Reply>> replies = writers.invokeAll(List.of(write, write));
            List<Integer> statuses = List.of(replies.get(0).get().status(), replies.get(1).get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            Reply lost = replies.get(0).get().status() == 412 ? replies.get(0).get() : replies.get(1).get();
            assertProblem(lost, 412, "VERSION_MISMATCH");
            assertThat(lost.body().path("currentVersion").asLong()).isEqualTo(3);
            assertThat(lost.raw().headers().firstValue("ETag")).hasValue("\"3\"");
        } finally {
            writers.shutdownNow();
        }
        Reply history = api.get("/api/cases/" + id + "/history?minVersion=3", "auditor");
        assertThat(history.body().path("items").size()).isEqualTo(3);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'late'}"), "supervisor", "If-Match",
                "\"3\"").version()).isEqualTo(4);
    }

    @Test
    void every_event_records_the_request_id_as_its_correlation_id() throws SQLException {
        ApiClient api = new ApiClient(port);
        String requestId = "it-" + UUID.randomUUID();
        Reply created = api.post("/api/disputes", dispute("SH-JH-G05"), "intake", "X-Request-Id", requestId);
        assertThat(created.raw().headers().firstValue("X-Request-Id")).hasValue(requestId);
        Path events = Path.of(environment.getRequiredProperty("fengqiao.data-dir")).resolve("events.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + events);
                ResultSet row = db.createStatement().executeQuery("SELECT metaData FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = '" + created.text("caseId") + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(new String(row.getBytes(1), java.nio.charset.StandardCharsets.UTF_8)).contains(requestId);
        }
    }

    @Test
    void a_retry_after_a_restart_still_finds_its_key() {
        Path folder = TemporaryDataFolder.newFolder();
        String key = UUID.randomUUID().toString();
        Reply first;
        try (ConfigurableApplicationContext application = start(folder)) {
            first = client(application).post("/api/disputes", dispute("SH-JH-G06"), "intake", "Idempotency-Key", key);
            assertThat(first.status()).isEqualTo(201);
        }
        try (ConfigurableApplicationContext application = start(folder)) {
            ApiClient api = client(application);
            Reply retry = api.post("/api/disputes", dispute("SH-JH-G06"), "intake", "Idempotency-Key", key);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
            Reply list = api.get("/api/cases/" + first.text("caseId") + "/history", "auditor");
            assertThat(list.body().path("items").size()).isEqualTo(2);
            assertThat(api.post("/api/disputes", dispute("SH-JH-G06"), "intake").text("caseNumber"))
                    .isNotEqualTo(first.text("caseNumber"));
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        Map<String, String> properties = new HashMap<>(TemporaryDataFolder.properties(folder));
        properties.put("server.port", "0");
        return new SpringApplicationBuilder(CaseManagementApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static ApiClient client(ConfigurableApplicationContext application) {
        return new ApiClient(application.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    static String dispute(String grid) {
        return json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Parking in the fire lane',
                 'content':'A van blocks the lane','gridCode':'%s','parties':[{'name':'Resident D','role':'APPLICANT'},
                 {'name':'Resident E','role':'RESPONDENT'}]}""".formatted(grid));
    }
}
