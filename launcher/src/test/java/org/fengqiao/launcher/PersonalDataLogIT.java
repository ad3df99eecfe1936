package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No leaks: a petition and a dispute go through their whole lifecycle with distinctive personal values (names, phone
 * numbers, ID numbers, addresses, free text), with rejected and malformed requests in between, while the web,
 * security, Axon and application loggers are at DEBUG. Afterwards none of those values is in any log line, in the
 * metrics (Prometheus and the metrics endpoint), in any problem document, in the idempotency records or any other
 * table beside the events; no endpoint takes a path or query parameter named like personal data, so none has a
 * reason to travel in a URL or an access log. The events themselves hold the values sealed once the sealing lands.
 */
@EmbeddedApplicationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataLogIT {

    private static final String PETITIONER = "欧阳晓雯";
    private static final String PETITIONER_PHONE = "13987654321";
    private static final String PETITIONER_ID = "11010519880712654X";
    private static final String PETITIONER_ADDRESS = "富力城六期三栋二单元四〇一室";
    private static final String APPLICANT = "慕容建国";
    private static final String APPLICANT_PHONE = "13712349876";
    private static final String APPLICANT_ID = "150207197703214418";
    private static final String APPLICANT_ADDRESS = "建华社区幸福路八十八号";
    private static final String RESPONDENT = "司马玉兰";
    private static final String RESPONDENT_PHONE = "13698761234";
    /** Free text that only a resident's story contains: a health detail. */
    private static final String HEALTH = "心脏搭桥术后复查";
    /** Free text that only a note contains. */
    private static final String NOTE = "楼下邻居夜里敲门威胁";
    private static final List<String> PERSONAL = List.of(PETITIONER, PETITIONER_PHONE, PETITIONER_ID,
            PETITIONER_ADDRESS, APPLICANT, APPLICANT_PHONE, APPLICANT_ID, APPLICANT_ADDRESS, RESPONDENT,
            RESPONDENT_PHONE, HEALTH, NOTE);

    private static final String SNAPSHOTS = "SnapshotEventEntry";
    private static final String IDEMPOTENCY = "idempotency_key";

    private static final List<String> LOGGERS = List.of("org.fengqiao", "org.springframework.web",
            "org.springframework.security", "org.axonframework.commandhandling", "org.axonframework.eventsourcing",
            "org.axonframework.modelling");
    /** Words of a parameter name that would carry a resident's data in a URL. */
    private static final Pattern PERSONAL_PARAMETER = Pattern.compile(
            "(?i).*(name|phone|mobile|tel|id_?number|id_?card|identity|address|addr|contact|email|birth|health|"
                    + "petitioner|party|parties|participant|signator|mediator|resident|person|content|text|note|"
                    + "minutes|terms|reason).*");

    @LocalServerPort
    int port;

    @Value("${fengqiao.data-dir}")
    String dataDir;

    private ApiClient api;
    private String logs;
    private final Map<String, Reply> rejected = new LinkedHashMap<>();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private String petitionId;
    private String disputeId;

    @BeforeAll
    void both_kinds_go_through_their_lifecycle_at_debug(CapturedOutput output) {
        api = new ApiClient(port);
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        try {
            badRequests();
            petitionLifecycle();
            disputeLifecycle();
        } finally {
            LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
        }
        logs = output.getAll();
    }

    @Test
    void no_log_line_holds_personal_data() {
        assertThat(logs).contains("DEBUG").contains(petitionId, disputeId);
        PERSONAL.forEach(value -> assertThat(logs).as("logs").doesNotContain(value));
    }

    @Test
    void problem_documents_do_not_echo_personal_data() {
        assertThat(rejected).hasSizeGreaterThanOrEqualTo(9);
        rejected.forEach((what, reply) -> {
            assertThat(reply.status()).as(what + ": " + reply.raw().body()).isIn(400, 404, 409, 422);
            assertThat(reply.raw().headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            PERSONAL.forEach(value -> assertThat(reply.raw().body()).as(what).doesNotContain(value));
        });
    }

    @Test
    void metrics_hold_no_personal_data() throws Exception {
        String prometheus = text("/actuator/prometheus");
        assertThat(prometheus).contains("http_server_requests_seconds_count");
        PERSONAL.forEach(value -> assertThat(prometheus).as("/actuator/prometheus").doesNotContain(value));

        Reply names = api.get("/actuator/metrics", "admin");
        assertThat(names.status()).isEqualTo(200);
        List<String> meters = new ArrayList<>();
        names.body().path("names").forEach(name -> meters.add(name.asText()));
        assertThat(meters).contains("http.server.requests");
        StringBuilder all = new StringBuilder(names.raw().body());
        for (String meter : meters) {
            Reply meterReply = api.get("/actuator/metrics/" + meter, "admin");
            assertThat(meterReply.status()).as(meter).isEqualTo(200);
            all.append(meterReply.raw().body());
        }
        assertThat(all).contains("availableTags");
        PERSONAL.forEach(value -> assertThat(all.toString()).as("/actuator/metrics").doesNotContain(value));
    }

    @Test
    void no_endpoint_takes_personal_data_in_its_url() {
        JsonNode paths = api.anonymous("GET", "/v3/api-docs").body().path("paths");
        assertThat(paths.size()).isGreaterThan(20);
        List<String> offending = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        paths.properties().forEach(path -> {
            path.getValue().properties().forEach(operation -> operation.getValue().path("parameters")
                    .forEach(parameter -> {
                        String in = parameter.path("in").asText();
                        String name = parameter.path("name").asText();
                        if (in.equals("path") || in.equals("query")) {
                            parameters.add(name);
                            if (PERSONAL_PARAMETER.matcher(name).matches()) {
                                offending.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + in
                                        + " parameter " + name);
                            }
                        }
                    }));
        });
        assertThat(parameters).contains("caseId", "node");
        assertThat(offending).as("paths and parameters named like personal data").isEmpty();
    }

    @Test
    void idempotency_records_and_the_other_tables_beside_the_events_hold_no_personal_data() {
        Map<String, String> tables = tablesOfTheStoreFile();
        List<String> records = tables.get(IDEMPOTENCY).lines().toList();
        assertThat(records).as("the kept responses of the petition's and the dispute's intake, note and closure")
                .filteredOn(row -> row.contains(petitionId)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(records).filteredOn(row -> row.contains(disputeId)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(idempotencyKeys).as("keys are kept as hashes").allSatisfy(key ->
                assertThat(tables.get(IDEMPOTENCY)).doesNotContain(key));
        tables.forEach((table, content) -> {
            if (!table.equals(StoreFile.TABLE) && !table.equals(SNAPSHOTS)) {
                PERSONAL.forEach(value -> assertThat(content).as(table).doesNotContain(value));
            }
        });
    }

    @Test
    void the_stored_events_hold_no_personal_data_in_plaintext() {
        Map<String, String> tables = tablesOfTheStoreFile();
        assertThat(tables.get(StoreFile.TABLE)).contains(petitionId, disputeId, "PetitionReceived",
                "DisputeReceived", "CaseClosed");
        for (String table : List.of(StoreFile.TABLE, SNAPSHOTS)) {
            PERSONAL.forEach(value -> assertThat(tables.getOrDefault(table, "")).as(table).doesNotContain(value));
        }
    }

    /** Requests that are refused, each with personal data in its body: kept to check what they answered. */
    private void badRequests() {
        String petitioner = "{'name':'%s','phone':'%s','idNumber':'%s','address':'%s'}".formatted(PETITIONER,
                PETITIONER_PHONE, PETITIONER_ID, PETITIONER_ADDRESS);
        String petition = "{'channel':'VISIT','category':'PROPERTY','subject':'Courtyard wall','content':'%s',"
                + "'gridCode':'SH-FL-G05','petitioners':[%s]}";
        refused("unknown grid", "/api/petitions", "intake", petition.replace("SH-FL-G05", "SH-NOWHERE"),
                PETITIONER + " " + HEALTH, petitioner);
        refused("over-long name", "/api/petitions", "intake", petition, "x",
                petitioner.replace(PETITIONER, PETITIONER.repeat(60)));
        refused("invalid channel beside a phone", "/api/petitions", "intake", petition.replace("VISIT", "RUMOUR"),
                NOTE, petitioner);
        refused("a name where a list belongs", "/api/petitions", "intake", petition.replace("[%s]", "'%s'"), NOTE,
                PETITIONER);
        refused("a name as a party's role", "/api/disputes", "intake", "{'source':'APPLICATION',"
                + "'category':'NEIGHBOUR','subject':'Noise','content':'x','gridCode':'SH-FL-G05','parties':["
                + "{'name':'%s','phone':'%s','role':'%s'},{'name':'%s','role':'RESPONDENT'}]}", APPLICANT,
                APPLICANT_PHONE, APPLICANT, RESPONDENT);
        rejected.put("malformed JSON with a name", api.post("/api/petitions", "{\"channel\":\"VISIT\","
                + "\"petitioners\":[{\"name\":\"" + PETITIONER + "\",\"phone\":\"" + PETITIONER_PHONE + "\"",
                "intake"));
    }

    private void petitionLifecycle() {
        Reply created = idempotent("/api/petitions", "intake", "{'channel':'VISIT','category':'CONSTRUCTION',"
                + "'subject':'Courtyard demolished','content':'%s (%s) lives at %s; %s','gridCode':'SH-FL-G05',"
                + "'petitioners':[{'name':'%s','phone':'%s','idNumber':'%s','address':'%s'}]}", PETITIONER,
                PETITIONER_PHONE, PETITIONER_ADDRESS, HEALTH, PETITIONER, PETITIONER_PHONE, PETITIONER_ID,
                PETITIONER_ADDRESS);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        petitionId = created.text("caseId");
        String path = "/api/petitions/" + petitionId;
        ok(path + "/acceptance", "supervisor", "{'accepted':true,'reason':'%s'}", PETITIONER);
        ok(path + "/assignment", "supervisor", "{'unit':'SH-TASKFORCE','officer':'officer','note':'%s %s'}",
                PETITIONER, PETITIONER_PHONE);
        ok(path + "/meetings", "officer", "{'type':'JOINT_MEETING','heldAt':'" + Instant.now() + "',"
                + "'participants':['%s','developer'],'minutes':'%s said %s'}", PETITIONER, PETITIONER, HEALTH);
        assertThat(idempotent(path + "/notes", "officer", "{'text':'%s: %s'}", PETITIONER, NOTE).status())
                .isEqualTo(200);
        ok(path + "/attachments", "officer", "{'name':'%s-%s.jpg','mediaType':'image/jpeg','size':1024,"
                + "'sha256':'%s'}", PETITIONER, PETITIONER_ID, "ab".repeat(32));
        ok(path + "/deadline-extension", "supervisor", "{'limit':'HANDLING','days':10,"
                + "'reason':'%s is in hospital: %s','approver':'head.wang'}", PETITIONER, HEALTH);
        ok(path + "/agreement", "officer", "{'terms':'Rebuild the courtyard of %s at %s','performBy':'2026-07-30',"
                + "'signatories':['%s']}", PETITIONER, PETITIONER_ADDRESS, PETITIONER);
        ok(path + "/reply", "officer", "{'opinion':'SUPPORT','text':'Dear %s, your courtyard at %s is rebuilt',"
                + "'servedAt':'%s'}", PETITIONER, PETITIONER_ADDRESS, Instant.now());
        refused("too long a note", path + "/notes", "officer", "{'text':'%s %s %s'}", PETITIONER, NOTE,
                "x".repeat(10_001));
        Reply closed = idempotent(path + "/closure", "officer", "{'outcome':'RESOLVED','satisfaction':'SATISFIED',"
                + "'note':'%s called from %s'}", PETITIONER, PETITIONER_PHONE);
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        read(petitionId, closed.version());
    }

    private void disputeLifecycle() {
        Reply created = idempotent("/api/disputes", "intake", "{'source':'APPLICATION','category':'NEIGHBOUR',"
                + "'subject':'Threats at night','content':'%s of %s against %s: %s','gridCode':'SH-FL-G05',"
                + "'parties':[{'name':'%s','phone':'%s','role':'APPLICANT','idNumber':'%s','address':'%s'},"
                + "{'name':'%s','phone':'%s','role':'RESPONDENT'}]}", APPLICANT, APPLICANT_ADDRESS, RESPONDENT, NOTE,
                APPLICANT, APPLICANT_PHONE, APPLICANT_ID, APPLICANT_ADDRESS, RESPONDENT, RESPONDENT_PHONE);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        disputeId = created.text("caseId");
        String path = "/api/disputes/" + disputeId;
        ok(path + "/assignment", "supervisor", "{'unit':'SH-FL-MEDIATION','officer':'li.mediator',"
                + "'note':'call %s'}", APPLICANT_PHONE);
        ok(path + "/escalation", "supervisor", "{'toLevel':'SUB_DISTRICT','reason':'%s asked for the task force'}",
                APPLICANT);
        ok(path + "/meetings", "officer", "{'type':'MEDIATION_SESSION','heldAt':'" + Instant.now() + "',"
                + "'participants':['%s','%s','李调解'],'minutes':'%s and %s met'}", APPLICANT, RESPONDENT, APPLICANT,
                RESPONDENT);
        refused("a refusal by someone who is no party", path + "/refusal", "officer", "{'party':'%s','reason':'%s'}",
                PETITIONER, NOTE);
        refused("an agreement a party did not sign", path + "/agreement", "officer", "{'terms':'%s pays',"
                + "'performBy':'2026-07-31','mediator':'李调解','signatories':['%s','李调解']}", RESPONDENT, APPLICANT);
        ok(path + "/agreement", "officer", "{'terms':'%s apologises to %s','performance':'before %s moves',"
                + "'performBy':'2026-07-31','mediator':'李调解','signatories':['%s','%s','李调解']}", RESPONDENT,
                APPLICANT, APPLICANT, APPLICANT, RESPONDENT);
        ok(path + "/risk", "officer", "{'level':'HIGH','reason':'%s threatened %s: %s','policeInformed':true}",
                RESPONDENT, APPLICANT, HEALTH);
        ok(path + "/risk-leader", "supervisor", "{'leader':'leader.zhang'}");
        ok(path + "/check-ins", "officer", "{'note':'visited %s at %s'}", APPLICANT, APPLICANT_ADDRESS);
        Reply closed = idempotent(path + "/closure", "officer", "{'outcome':'RESOLVED','satisfaction':'SATISFIED',"
                + "'note':'%s and %s satisfied'}", APPLICANT, RESPONDENT);
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        read(disputeId, closed.version());
    }

    private void ok(String path, String account, String template, Object... values) {
        Reply reply = api.post(path, json(template.formatted(values)), account);
        assertThat(reply.status()).as(path + " " + reply.raw().body()).isEqualTo(200);
    }

    private void refused(String what, String path, String account, String template, Object... values) {
        rejected.put(what, api.post(path, json(template.formatted(values)), account));
    }

    private Reply idempotent(String path, String account, String template, Object... values) {
        String key = "pd-" + UUID.randomUUID();
        idempotencyKeys.add(key);
        return api.post(path, json(template.formatted(values)), account, "Idempotency-Key", key);
    }

    /** The reads that show personal data, at DEBUG too: the view, the history and the dossier. */
    private void read(String caseId, long version) {
        assertThat(api.get("/api/cases/" + caseId + "?minVersion=" + version, "auditor").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/cases/" + caseId + "/history", "auditor")
                .body().path("total").asLong() >= version);
        assertThat(api.get("/api/cases/" + caseId + "/dossier", "auditor").status()).isEqualTo(200);
    }

    private String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", ApiClient.basic("admin"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Every table of the SQLite file, each as the text of all its rows (blobs read as UTF-8). */
    private Map<String, String> tablesOfTheStoreFile() {
        String url = "jdbc:sqlite:" + Path.of(dataDir).resolve("events.db").toAbsolutePath();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement =
                connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                StringBuilder content = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            content.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : String.valueOf(value)).append('|');
                        }
                        content.append('\n');
                    }
                }
                tables.put(name, content.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
