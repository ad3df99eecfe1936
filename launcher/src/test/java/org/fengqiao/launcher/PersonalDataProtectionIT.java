package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Personal data over the real application: sealed in the stored events, shown in full to the handling unit's
 * officer, a supervisor and an auditor and masked for an officer of another unit, every full disclosure in the
 * access log; a restricted subject shown to auditors only, with the commands that carry its data refused (not the
 * case's others); an erased subject unreadable in the
 * history, the dossier and after a replay, while the case's hash chain still verifies.
 */
@EmbeddedApplicationTest
class PersonalDataProtectionIT {

    private static final String NAME = "司马秀英";
    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "110101198807061234";
    private static final String ADDRESS = "富力社区5号楼3单元502室";
    private static final String RESPONDENT = "东方卫国";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${fengqiao.data-dir}")
    String dataDir;

    @Autowired
    MongoDatabaseFactory mongo;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** A dispute in Fuli community assigned to the property unit, which fuli.officer does not act for. */
    private String dispute() {
        Reply created = api.post("/api/disputes", json("{'source':'APPLICATION','category':'NEIGHBOUR',"
                + "'subject':'Noise at night','content':'" + NAME + " cannot sleep','gridCode':'SH-FL-G05',"
                + "'parties':[{'name':'" + NAME + "','phone':'" + PHONE + "','idNumber':'" + ID_NUMBER
                + "','address':'" + ADDRESS + "','role':'APPLICANT'},{'name':'" + RESPONDENT
                + "','role':'RESPONDENT'}]}"), "intake");
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String id = created.text("caseId");
        assertThat(api.post("/api/disputes/" + id + "/assignment",
                json("{'unit':'SH-FL-PROPERTY','officer':'zhou.property'}"), "supervisor").status()).isEqualTo(200);
        return id;
    }

    private JsonNode intake(String id, String account) {
        Reply history = api.get("/api/cases/" + id + "/history", account);
        assertThat(history.status()).as("%s", history.body()).isEqualTo(200);
        return history.body().at("/items/0/fields");
    }

    private List<JsonNode> accessLog(String id, String actor) {
        Reply log = api.get("/api/audit/personal-data-access?caseId=" + id + "&actor=" + actor, "auditor");
        assertThat(log.status()).as("%s", log.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        log.body().path("items").forEach(items::add);
        return items;
    }

    @Test
    void stored_events_hold_personal_values_sealed() {
        String id = dispute();
        String payload = (String) new StoreFile(dataDir).row(id, 0).get("payload");
        assertThat(payload).doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS, RESPONDENT, "cannot sleep")
                .contains("pd1:NAME:" + id + "/1:", "pd1:PHONE:" + id + "/1:", "pd1:ID_NUMBER:" + id + "/1:",
                        "pd1:ADDRESS:" + id + "/1:", "pd1:NAME:" + id + "/2:", "pd1:TEXT:" + id + "/1:")
                .contains("Noise at night");
        Document key = mongo.getMongoDatabase().getCollection("personal_data_keys")
                .find(new Document("_id", id + "/1")).first();
        assertThat(key).isNotNull();
        assertThat(key.toJson()).doesNotContain(NAME);
    }

    @Test
    void personal_data_is_shown_in_full_to_those_who_need_it_masked_to_others_and_every_full_read_is_logged() {
        String id = dispute();

        JsonNode full = intake(id, "officer");
        assertThat(full.at("/parties/0/name").asText()).isEqualTo(NAME);
        assertThat(full.at("/parties/0/phone").asText()).isEqualTo(PHONE);
        assertThat(full.at("/parties/0/idNumber").asText()).isEqualTo(ID_NUMBER);
        assertThat(full.at("/parties/0/address").asText()).isEqualTo(ADDRESS);
        assertThat(full.at("/parties/1/name").asText()).isEqualTo(RESPONDENT);
        assertThat(full.at("/content").asText()).isEqualTo(NAME + " cannot sleep");
        assertThat(intake(id, "supervisor").at("/parties/0/name").asText()).isEqualTo(NAME);
        assertThat(intake(id, "auditor").at("/parties/0/name").asText()).isEqualTo(NAME);

        JsonNode masked = intake(id, "fuli.officer");
        assertThat(masked.at("/parties/0/name").asText()).isEqualTo("司*");
        assertThat(masked.at("/parties/0/phone").asText()).isEqualTo("139****5678");
        assertThat(masked.at("/parties/0/idNumber").asText()).isEqualTo("110***********1234");
        assertThat(masked.at("/parties/0/address").asText()).isEqualTo("富力社区5号***");
        assertThat(masked.at("/parties/1/name").asText()).isEqualTo("东*");
        assertThat(masked.at("/content").asText()).isEqualTo("[hidden]");
        Reply maskedDossier = api.get("/api/cases/" + id + "/dossier?format=html", "fuli.officer");
        assertThat(maskedDossier.status()).isEqualTo(200);
        assertThat(maskedDossier.raw().body()).doesNotContain(NAME, PHONE, ID_NUMBER, RESPONDENT);
        Reply maskedJson = api.get("/api/cases/" + id + "/dossier?format=json", "fuli.officer");
        assertThat(maskedJson.raw().body()).doesNotContain(NAME, PHONE, ID_NUMBER, RESPONDENT).contains("司*", "东*");

        List<JsonNode> officerReads = accessLog(id, "officer");
        assertThat(officerReads).hasSize(1);
        JsonNode read = officerReads.get(0);
        assertThat(read.path("purpose").asText()).isEqualTo("history");
        assertThat(read.path("roles").toString()).contains("OFFICER");
        assertThat(read.path("at").asText()).isNotBlank();
        assertThat(read.path("subjects").toString()).isEqualTo("[1,2]");
        assertThat(read.path("fields").toString()).contains("0:DisputeReceived.parties[0].name",
                "0:DisputeReceived.parties[0].idNumber", "0:DisputeReceived.content");
        assertThat(read.toString()).doesNotContain(NAME, PHONE, ID_NUMBER);
        assertThat(accessLog(id, "fuli.officer")).isEmpty();
        assertThat(accessLog(id, "auditor")).hasSize(1);
        assertThat(api.get("/api/audit/personal-data-access?caseId=" + id, "officer").status()).isEqualTo(403);
    }

    @Test
    void an_auditor_bound_to_a_community_reads_the_access_log_of_its_community_cases_only() {
        String fuli = dispute();
        Reply other = api.post("/api/disputes", json("{'source':'APPLICATION','category':'NEIGHBOUR',"
                + "'subject':'Noise at night','content':'loud music','gridCode':'SH-GY-G01',"
                + "'parties':[{'name':'" + NAME + "','role':'APPLICANT'},{'name':'" + RESPONDENT
                + "','role':'RESPONDENT'}]}"), "intake");
        assertThat(other.status()).as("%s", other.body()).isEqualTo(201);
        String guangyuan = other.text("caseId");
        assertThat(intake(fuli, "supervisor").at("/parties/0/name").asText()).isEqualTo(NAME);
        assertThat(intake(guangyuan, "supervisor").at("/parties/0/name").asText()).isEqualTo(NAME);
        assertThat(accessLog(guangyuan, "supervisor")).hasSize(1);

        Reply outside = asFuliAuditor("/api/audit/personal-data-access?caseId=" + guangyuan);
        assertThat(outside.status()).as("%s", outside.body()).isEqualTo(200);
        assertThat(outside.body().path("items")).isEmpty();
        assertThat(asFuliAuditor("/api/audit/personal-data-access?caseId=" + fuli).body().path("items")).hasSize(1);
        Reply unfiltered = asFuliAuditor("/api/audit/personal-data-access?actor=supervisor&size=200");
        assertThat(unfiltered.raw().body()).contains(fuli).doesNotContain(guangyuan);
    }

    /** A GET as {@code fuli.auditor}, an auditor bound to Fuli community ({@code SH-FL}). */
    private Reply asFuliAuditor(String path) {
        return api.send(path, request -> request.GET().header("Authorization", ApiClient.basic("fuli.auditor")));
    }

    @Test
    void a_restricted_subject_is_shown_to_auditors_only_and_only_commands_carrying_its_data_are_refused() {
        String id = dispute();
        String subject = "/api/cases/" + id + "/data-subjects/1";
        Reply restricted = api.post(subject + "/restriction", json("{'reason':'PIPL Art. 47(2): objection'}"),
                "supervisor");
        assertThat(restricted.status()).as("%s", restricted.body()).isEqualTo(200);
        await().atMost(SETTLE).until(() -> intake(id, "officer").at("/parties/0/name").asText().equals("[restricted]"));
        JsonNode officer = intake(id, "officer");
        assertThat(officer.at("/parties/0/phone").asText()).isEqualTo("[restricted]");
        assertThat(officer.at("/content").asText()).isEqualTo("[restricted]");
        assertThat(officer.at("/parties/1/name").asText()).isEqualTo(RESPONDENT);
        assertThat(intake(id, "auditor").at("/parties/0/name").asText()).isEqualTo(NAME);

        Reply refusal = api.post("/api/disputes/" + id + "/refusal",
                json("{'party':'" + RESPONDENT + "','reason':'prefers to sue'}"), "officer");
        assertThat(refusal.status()).as("what a party says is the first person's: %s", refusal.body()).isEqualTo(409);
        assertThat(refusal.text("code")).isEqualTo("PERSONAL_DATA_RESTRICTED");
        Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'called " + NAME + " back'}"),
                "officer");
        assertThat(note.status()).as("the staff's note is the case record's: %s", note.body()).isEqualTo(200);
        Reply hearing = api.post("/api/disputes/" + id + "/hearing/start", "{}", "officer");
        assertThat(hearing.status()).as("a command with no personal value goes on: %s", hearing.body())
                .isEqualTo(200);
        assertThat(api.post(subject + "/erasure", json("{'reason':'consent withdrawn'}"), "admin").text("code"))
                .isEqualTo("RETENTION_APPLIES");
        assertThat(api.post("/api/cases/" + id + "/data-subjects/3/restriction", json("{'reason':'x'}"),
                "supervisor").status()).isEqualTo(404);
        assertThat(api.post(subject + "/erasure", json("{'reason':'x'}"), "supervisor").status()).isEqualTo(403);

        assertThat(api.post(subject + "/restriction/lifting", json("{'reason':'objection withdrawn'}"),
                "supervisor").status()).isEqualTo(200);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'called back'}"), "officer").status())
                .isEqualTo(200);

        // the respondent's restriction freezes the respondent's data, not the case: the applicant's case goes on
        assertThat(api.post("/api/cases/" + id + "/data-subjects/2/restriction", json("{'reason':'objection'}"),
                "supervisor").status()).isEqualTo(200);
        await().atMost(SETTLE).until(() -> intake(id, "officer").at("/parties/1/name").asText()
                .equals("[restricted]"));
        assertThat(intake(id, "officer").at("/parties/0/name").asText()).isEqualTo(NAME);
        assertThat(api.post("/api/disputes/" + id + "/notes", json("{'text':'called the applicant'}"), "officer")
                .status()).isEqualTo(200);
    }

    @Test
    void a_closed_case_is_kept_for_its_retention_period_and_erasure_says_when_it_becomes_possible() {
        Reply petition = api.post("/api/petitions", json("{'channel':'VISIT','category':'PROPERTY',"
                + "'subject':'Lift out of order','content':'Since Monday','gridCode':'SH-FL-G05',"
                + "'petitioners':[{'name':'" + NAME + "','phone':'" + PHONE + "'}]}"), "intake");
        assertThat(petition.status()).as("%s", petition.body()).isEqualTo(201);
        String id = petition.text("caseId");
        Instant closedAt = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Reply declined = api.post("/api/petitions/" + id + "/acceptance",
                json("{'accepted':false,'reason':'handled by the court already','occurredAt':'" + closedAt + "'}"),
                "supervisor");
        assertThat(declined.status()).as("%s", declined.body()).isEqualTo(200);

        Reply refused = api.post("/api/cases/" + id + "/data-subjects/1/erasure",
                json("{'reason':'PIPL Art. 47(1)3: consent withdrawn'}"), "admin");
        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("RETENTION_APPLIES");
        assertThat(Instant.parse(refused.text("possibleFrom")))
                .as("ten years after the closure, in the sub-district's calendar")
                .isEqualTo(closedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).plusYears(10).toInstant());
        assertThat(refused.text("detail")).contains(refused.text("possibleFrom"));
        assertThat(api.get("/api/cases/" + id + "/history", "auditor").body().path("items").findValuesAsText(
                "eventType")).doesNotContain("PersonalDataErased");
    }

    @Test
    void an_erased_subject_is_unreadable_everywhere_and_the_chain_still_verifies() {
        String id = dispute();
        Reply closed = api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer");
        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
        Reply erased = api.post("/api/cases/" + id + "/data-subjects/1/erasure",
                json("{'reason':'PIPL Art. 47(1)3: consent withdrawn'}"), "admin");
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(200);

        Document key = mongo.getMongoDatabase().getCollection("personal_data_keys")
                .find(new Document("_id", id + "/1")).first();
        assertThat(key).isNotNull();
        assertThat(key.get("key")).isNull();
        assertThat(key.get("destroyedAt")).isNotNull();

        assertErased(id);
        Reply dossier = api.get("/api/cases/" + id + "/dossier?format=json", "auditor");
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.raw().body()).doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS, "cannot sleep")
                .contains("[erased]", RESPONDENT);
        Reply html = api.get("/api/cases/" + id + "/dossier?format=html", "auditor");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.raw().body()).doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS);

        Reply verification = api.get("/api/cases/" + id + "/verification", "auditor");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().path("valid").asBoolean()).as("%s", verification.body()).isTrue();

        Reply replay = api.post("/api/admin/replay", "", "admin");
        assertThat(replay.status()).as("%s", replay.body()).isIn(202, 409);
        await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/replay", "admin").text("state")));
        assertErased(id);
        // the rebuilt read side kept the keys (issue 18): the other party's, not erased, still opens
        assertThat(intake(id, "auditor").at("/parties/1/name").asText()).isEqualTo(RESPONDENT);
        Reply view = api.get("/api/cases/" + id, "auditor");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.raw().body()).doesNotContain(NAME, PHONE, RESPONDENT);

        long before = api.get("/api/cases/" + id + "/history", "auditor").body().path("version").asLong();
        Reply again = api.post("/api/cases/" + id + "/data-subjects/1/erasure", json("{'reason':'repeat'}"), "admin");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.version()).as("a repeated erasure appends nothing").isEqualTo(before);
    }

    /**
     * Issue 18: the staff's texts (minutes, notes) are the body's record, sealed under the case record's key
     * ({@code <caseId>/0}); erasing the person who brought the case destroys that person's own values only.
     */
    @Test
    void erasing_a_person_leaves_the_record_the_staff_wrote_readable() {
        String id = dispute();
        String minutes = NAME + " and " + RESPONDENT + " agree to keep quiet after 22:00";
        assertThat(api.post("/api/disputes/" + id + "/meetings", json("{'type':'MEDIATION_SESSION','heldAt':'"
                + Instant.now() + "','participants':['" + NAME + "','" + RESPONDENT + "','李调解'],'minutes':'"
                + minutes + "'}"), "officer").status()).isEqualTo(200);
        Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'called " + NAME + " back'}"), "officer");
        assertThat(note.status()).as("%s", note.body()).isEqualTo(200);
        assertThat((String) new StoreFile(dataDir).row(id, note.version() - 1).get("payload"))
                .contains("pd1:TEXT:" + id + "/0:").doesNotContain(NAME);
        assertThat(api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer").status())
                .isEqualTo(200);
        assertThat(api.post("/api/cases/" + id + "/data-subjects/1/erasure",
                json("{'reason':'PIPL Art. 47(1)3: consent withdrawn'}"), "admin").status()).isEqualTo(200);

        JsonNode intake = intake(id, "officer");
        assertThat(intake.at("/parties/0/name").asText()).isEqualTo("[erased]");
        assertThat(intake.at("/parties/0/phone").asText()).isEqualTo("[erased]");
        assertThat(intake.at("/content").asText()).as("what the person said is the person's").isEqualTo("[erased]");
        assertThat(intake.at("/parties/1/name").asText()).isEqualTo(RESPONDENT);
        JsonNode items = api.get("/api/cases/" + id + "/history", "officer").body().path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("eventType").asText() + ": " + item.path("fields")));
        assertThat(shown)
                .anySatisfy(entry -> assertThat(entry).startsWith("MeetingHeld").contains(minutes, "李调解"))
                .anySatisfy(entry -> assertThat(entry).startsWith("NoteAdded").contains("called " + NAME + " back"));
        assertThat(api.post("/api/cases/" + id + "/data-subjects/0/erasure", json("{'reason':'x'}"), "admin")
                .status()).as("the case record is no person").isEqualTo(404);
        Document record = mongo.getMongoDatabase().getCollection("personal_data_keys")
                .find(new Document("_id", id + "/0")).first();
        assertThat(record).isNotNull();
        assertThat(record.get("key")).isNotNull();
    }

    /**
     * Issue 18: at the end of the retention period an administrator destroys the case record's key; before it (the
     * case still open, or the declined petition kept ten years) the answer is 409 with the date it becomes possible.
     */
    @Test
    void the_case_records_key_is_destroyed_at_the_end_of_its_retention_period_and_not_before() {
        String id = dispute();
        Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'called " + NAME + " back'}"), "officer");
        assertThat(note.status()).as("%s", note.body()).isEqualTo(200);
        String destruction = "/api/cases/" + id + "/case-record/destruction";
        String reason = json("{'reason':'retention period of the archive ended; destruction approved'}");
        Reply open = api.post(destruction, reason, "admin");
        assertThat(open.status()).as("%s", open.body()).isEqualTo(409);
        assertThat(open.text("code")).isEqualTo("RETENTION_APPLIES");

        Reply petition = api.post("/api/petitions", json("{'channel':'VISIT','category':'PROPERTY',"
                + "'subject':'Lift out of order','content':'Since Monday','gridCode':'SH-FL-G05',"
                + "'petitioners':[{'name':'" + NAME + "'}]}"), "intake");
        String declined = petition.text("caseId");
        Instant closedAt = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(api.post("/api/petitions/" + declined + "/acceptance", json("{'accepted':false,"
                + "'reason':'handled by the court already','occurredAt':'" + closedAt + "'}"), "supervisor").status())
                .isEqualTo(200);
        Reply kept = api.post("/api/cases/" + declined + "/case-record/destruction", reason, "admin");
        assertThat(kept.status()).as("%s", kept.body()).isEqualTo(409);
        assertThat(Instant.parse(kept.text("possibleFrom")))
                .isEqualTo(closedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).plusYears(10).toInstant());

        assertThat(api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer").status())
                .isEqualTo(200);
        assertThat(api.post(destruction, reason, "supervisor").status()).isEqualTo(403);
        Reply destroyed = api.post(destruction, reason, "admin");
        assertThat(destroyed.status()).as("%s", destroyed.body()).isEqualTo(200);
        Document record = mongo.getMongoDatabase().getCollection("personal_data_keys")
                .find(new Document("_id", id + "/0")).first();
        assertThat(record).isNotNull();
        assertThat(record.get("key")).as("destroyed").isNull();
        assertThat(record.get("destroyedAt")).isNotNull();

        JsonNode items = api.get("/api/cases/" + id + "/history", "auditor").body().path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("eventType").asText() + ": " + item.path("fields") + " "
                + item.path("summary")));
        assertThat(shown)
                .anySatisfy(entry -> assertThat(entry).startsWith("NoteAdded").contains("[erased]")
                        .doesNotContain("called"))
                .anySatisfy(entry -> assertThat(entry).startsWith("PersonalDataErased")
                        .contains("Case record destroyed"));
        assertThat(intake(id, "auditor").at("/parties/0/name").asText()).as("the persons' own keys stay")
                .isEqualTo(NAME);
        assertThat(api.post(destruction, reason, "admin").version()).as("repeated, nothing appended")
                .isEqualTo(destroyed.version());
    }

    /** Issue 18: the job that acts when a retention period ends lists the case; nothing is erased. */
    @Test
    void a_closed_case_whose_retention_period_ended_is_listed_not_erased() {
        String id = dispute();
        assertThat(api.post("/api/disputes/" + id + "/closure", json("{'outcome':'WITHDRAWN'}"), "officer").status())
                .isEqualTo(200);
        await().atMost(SETTLE).untilAsserted(() -> {
            Reply listed = api.get("/api/personal-data/retention-ended", "admin");
            assertThat(listed.status()).as("%s", listed.body()).isEqualTo(200);
            assertThat(listed.body().path("items").findValuesAsText("caseId")).contains(id);
        });
        JsonNode entry = null;
        for (JsonNode item : api.get("/api/personal-data/retention-ended", "admin").body().path("items")) {
            entry = item.path("caseId").asText().equals(id) ? item : entry;
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(entry.path("retention").asText()).as("a withdrawn dispute is kept no longer than needed")
                .isEqualTo("P0D");
        assertThat(entry.path("retentionEndedAt").asText()).isEqualTo(entry.path("closedAt").asText());
        assertThat(entry.toString()).doesNotContain(NAME, PHONE, RESPONDENT);
        assertThat(api.get("/api/personal-data/retention-ended", "auditor").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + id + "/history", "auditor").body().path("items")
                .findValuesAsText("eventType")).doesNotContain("PersonalDataErased");
        assertThat(intake(id, "officer").at("/parties/0/name").asText()).as("listed, not erased").isEqualTo(NAME);
    }

    private void assertErased(String id) {
        for (String account : List.of("auditor", "supervisor", "officer")) {
            JsonNode fields = intake(id, account);
            assertThat(fields.at("/parties/0/name").asText()).as(account).isEqualTo("[erased]");
            assertThat(fields.at("/parties/0/idNumber").asText()).isEqualTo("[erased]");
            assertThat(fields.at("/content").asText()).isEqualTo("[erased]");
            assertThat(fields.at("/parties/1/name").asText()).isEqualTo(RESPONDENT);
        }
        Reply history = api.get("/api/cases/" + id + "/history", "auditor");
        assertThat(history.raw().body()).doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS);
        assertThat(history.body().path("erasedSubjects").toString()).isEqualTo("[1]");
    }
}
