package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One case's size is bounded (issue 18): notes and attachments stop at 1,000 events in the case, 409
 * {@code CASE_RECORD_FULL}, while the lifecycle goes on; its history is answered a page at a time and its chain verified
 * at that size.
 */
@EmbeddedApplicationTest
class CaseBoundsIT {

    @LocalServerPort
    int port;

    @Test
    void a_case_takes_notes_and_attachments_until_it_holds_1000_events_then_409_and_the_lifecycle_goes_on() {
        ApiClient api = new ApiClient(port);
        Reply created = api.post("/api/disputes", SafeRetriesIT.dispute("SH-JH-G10"), "intake");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("caseId");
        long version = created.version();
        while (version < 1_000) {
            Reply note = api.post("/api/disputes/" + id + "/notes", json("{'text':'call " + version + "'}"),
                    "supervisor");
            assertThat(note.status()).as(note.body().toString()).isEqualTo(200);
            version = note.version();
        }
        assertThat(version).isEqualTo(1_000);

        assertProblem(api.post("/api/disputes/" + id + "/notes", json("{'text':'one more'}"), "supervisor"), 409,
                "CASE_RECORD_FULL");
        assertProblem(api.post("/api/disputes/" + id + "/attachments", json("{'name':'scan.pdf',"
                + "'mediaType':'application/pdf','size':10,'sha256':'" + "ab".repeat(32) + "'}"), "supervisor"), 409,
                "CASE_RECORD_FULL");
        Reply escalated = api.post("/api/disputes/" + id + "/escalation",
                json("{'toLevel':'SUB_DISTRICT','reason':'the community cannot settle it'}"), "supervisor");
        assertThat(escalated.status()).as(escalated.body().toString()).isEqualTo(200);
        assertThat(escalated.version()).isEqualTo(1_001);

        Reply page = api.get("/api/cases/" + id + "/history?page=19&size=50", "auditor");
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        assertThat(page.body().path("total").asLong()).isEqualTo(1_001);
        assertThat(page.body().path("items").size()).isEqualTo(50);
        assertThat(page.body().at("/items/0/sequence").asLong()).isEqualTo(950);
        Reply last = api.get("/api/cases/" + id + "/history?page=20&size=50", "auditor");
        assertThat(last.body().path("items").size()).isEqualTo(1);
        assertThat(last.body().at("/items/0/eventType").asText()).isEqualTo("CaseEscalated");
        Reply verification = api.get("/api/cases/" + id + "/verification", "auditor");
        assertThat(verification.status()).as(verification.body().toString()).isEqualTo(200);
        assertThat(verification.raw().body()).contains("1001");
    }
}
