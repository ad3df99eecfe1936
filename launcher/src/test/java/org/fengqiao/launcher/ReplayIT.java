package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The projection rebuild on the running application: cases registered over the command API, then a replay started
 * over HTTP while case and board queries keep being answered; afterwards every read-model document is what it was,
 * now in the new generation, and the live processors write that generation.
 *
 * <p>Other integration tests share this application, so the comparison covers their documents too; none of them runs
 * while this one does.
 */
@EmbeddedApplicationTest
class ReplayIT {

    private static final String GRID = "SH-JH-G09";
    private static final Set<String> READ_MODELS = Set.of("case_views", "board_cases", "board_stock", "board_flow",
            "board_journal");
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Configuration axon;

    @Test
    void a_replay_rebuilds_every_document_while_queries_keep_answering() {
        ApiClient api = new ApiClient(port);
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            String id = created(api.post("/api/disputes", json("""
                    {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise %d','content':'Loud at night',
                     'gridCode':'%s','parties':[{'name':'钱七','role':'APPLICANT'},{'name':'孙八','role':'RESPONDENT'}]}"""
                    .formatted(i, GRID))));
            long version = ok(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-TASKFORCE'}")));
            if (i % 2 == 0) {
                version = ok(api.post("/api/disputes/" + id + "/meetings", json("""
                        {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['钱七','孙八'],'minutes':'Talked'}"""
                        .formatted(Instant.now().minusSeconds(60)))));
            }
            if (i % 3 == 0) {
                version = ok(api.post("/api/disputes/" + id + "/risk", json("{'level':'HIGH','reason':'Threats','policeInformed':false}")));
            }
            versions.put(id, version);
        }
        versions.forEach((id, version) ->
                assertThat(api.get("/api/cases/" + id + "?minVersion=" + version).status()).isEqualTo(200));
        await().atMost(SETTLE).until(() -> caughtUp("case-views") && caughtUp("boards"));
        Map<String, List<Document>> before = readModels();
        assertThat(before.keySet()).contains("case_views", "board_cases", "board_stock", "board_flow");

        Reply started = api.post("/api/admin/replay", "");
        assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        assertThat(started.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/admin/replay"));
        assertThat(started.text("state")).isIn("RUNNING", "SWITCHING", "DONE");

        AtomicInteger rounds = new AtomicInteger();
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(20)).until(() -> {
            rounds.incrementAndGet();
            versions.forEach((id, version) -> {
                Reply view = api.get("/api/cases/" + id);
                assertThat(view.status()).as("case view during the replay: %s", view.body()).isEqualTo(200);
                assertThat(view.version()).isEqualTo(version);
            });
            Reply board = api.get("/api/boards/overview?node=" + GRID);
            assertThat(board.status()).as("board during the replay: %s", board.body()).isEqualTo(200);
            assertThat(board.body().at("/figures/received").asLong()).isEqualTo(versions.size());
            Reply list = api.get("/api/cases?node=" + GRID + "&size=200");
            assertThat(list.status()).as("list during the replay: %s", list.body()).isEqualTo(200);
            assertThat(list.body().path("total").asLong()).isEqualTo(versions.size());
            Reply status = api.get("/api/admin/replay");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.text("state")).isNotEqualTo("FAILED");
            return "DONE".equals(status.text("state"));
        });

        JsonNode done = api.get("/api/admin/replay").body();
        assertThat(done.path("eventsDone").asLong()).isPositive();
        assertThat(done.path("position").asLong()).isEqualTo(done.path("headPosition").asLong());
        assertThat(done.path("finishedAt").isTextual()).isTrue();
        assertThat(done.path("projections")).hasSize(2).allSatisfy(projection -> {
            assertThat(projection.path("toGeneration").asLong())
                    .isEqualTo(projection.path("fromGeneration").asLong() + 1);
            assertThat(projection.path("eventsFolded").asLong()).isEqualTo(done.path("eventsDone").asLong());
        });
        assertThat(rounds).hasValueGreaterThan(0);
        assertThat(readModels()).isEqualTo(before);
        // another test class in the shared context may have replayed before: the generation is read, not assumed
        long generation = done.path("projections").get(0).path("toGeneration").asLong();
        assertThat(mongo.getCollectionNames()).contains("case_views_g" + generation, "board_stock_g" + generation)
                .doesNotContain("case_views", "board_stock");

        String id = versions.keySet().iterator().next();
        long noted = ok(api.post("/api/disputes/" + id + "/notes", json("{'text':'Called again'}")));
        Reply view = api.get("/api/cases/" + id + "?minVersion=" + noted);
        assertThat(view.status()).as("%s", view.body()).isEqualTo(200);
        assertThat(view.version()).isEqualTo(noted);
        Document stored = mongo.getCollection("case_views_g" + generation).find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getLong("version")).isEqualTo(noted);
        JsonNode latest = api.get("/api/cases?node=" + GRID + "&sort=lastActivityAt,desc&size=1").body();
        assertThat(latest.path("total").asLong()).as("the list of the new generation").isEqualTo(versions.size());
        assertThat(latest.at("/items/0/caseId").asText()).isEqualTo(id);
        assertThat(latest.at("/items/0/version").asLong()).isEqualTo(noted);
    }

    /** The read-model documents by collection name without its generation suffix, sorted by id. */
    private Map<String, List<Document>> readModels() {
        MongoDatabase database = mongo.getDb();
        Map<String, List<Document>> documents = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            String readModel = name.replaceFirst("_g\\d+$", "");
            if (!READ_MODELS.contains(readModel)) {
                continue;
            }
            List<Document> stored = database.getCollection(name).find().sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>());
            if (!stored.isEmpty()) {
                assertThat(documents.put(readModel, stored)).as("one generation of %s only", name).isNull();
            }
        }
        return documents;
    }

    private boolean caughtUp(String processorName) {
        TrackingToken head = axon.eventStore().createHeadToken();
        Map<Integer, EventTrackerStatus> segments = axon.eventProcessingConfiguration()
                .eventProcessor(processorName, StreamingEventProcessor.class).orElseThrow().processingStatus();
        return !segments.isEmpty() && segments.values().stream().allMatch(segment ->
                segment.getCurrentPosition().orElse(-1) >= head.position().orElseThrow());
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.text("caseId");
    }

    private static long ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        return reply.version();
    }
}
