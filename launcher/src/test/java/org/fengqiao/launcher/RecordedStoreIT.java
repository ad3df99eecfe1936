package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens a data folder written by release 1 (the code before the second wave's refactoring; recorded by
 * {@code src/test/resources/stores/record-release-1.sh}: a petition through acceptance, extension, hearing, reply,
 * closure and review, and three disputes through agreement, erasure, high risk, confidentiality, restriction,
 * objection and refusal) with the current code, and shows that every stored event still loads, every chain still
 * verifies, and a full rebuild of the projections folds the cases to the states release 1 showed.
 */
class RecordedStoreIT {

    private static final String RELEASE = "stores/release-1/";
    /** The view fields that must not change across releases: identity, state and the counts behind the boards. */
    private static final List<String> STABLE = List.of("caseNumber", "kind", "status", "version", "category",
            "level", "resolutionLevel", "unit", "riskLevel", "outcome", "satisfaction", "reviewStage");
    private static final Duration SETTLE = Duration.ofSeconds(90);

    private static ConfigurableApplicationContext application;
    private static ApiClient api;
    private static JsonNode expected;

    @BeforeAll
    static void start() throws IOException {
        Path folder = TemporaryDataFolder.newFolder();
        for (String file : List.of("events.db", "readmodels.mv", "master.key")) {
            try (InputStream in = RecordedStoreIT.class.getClassLoader().getResourceAsStream(RELEASE + file)) {
                assertThat(in).as(file).isNotNull();
                Files.copy(in, folder.resolve(file));
            }
        }
        try (InputStream in = RecordedStoreIT.class.getClassLoader().getResourceAsStream(RELEASE + "expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        Map<String, String> properties = new HashMap<>(TemporaryDataFolder.properties(folder));
        properties.put("server.port", "0");
        application = new SpringApplicationBuilder(CaseManagementApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        api = new ApiClient(application.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void every_recorded_chain_still_verifies() {
        assertThat(caseIds()).hasSize(4);
        for (String id : caseIds()) {
            JsonNode verification = api.get("/api/cases/" + id + "/verification", "auditor").body();
            assertThat(verification.path("valid").asBoolean()).as(id + ": " + verification).isTrue();
            assertThat(verification.path("events").asLong()).isEqualTo(expected.path(id).path("version").asLong());
        }
        Reply started = api.post("/api/admin/verification", "{}", "admin");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/verification", "admin").text("state")));
        JsonNode run = api.get("/api/admin/verification", "admin").body();
        assertThat(run.path("broken").size()).as(run.toString()).isZero();
        assertThat(run.path("eventsChecked").asLong()).isEqualTo(run.path("totalEvents").asLong()).isPositive();
    }

    @Test
    void every_recorded_event_loads_into_the_history() {
        for (String id : caseIds()) {
            Reply history = api.get("/api/cases/" + id + "/history?page=0&size=200", "auditor");
            assertThat(history.status()).as(id + ": " + history.body()).isEqualTo(200);
            JsonNode items = history.body().path("items");
            assertThat((long) items.size()).as(id).isEqualTo(expected.path(id).path("version").asLong());
            for (JsonNode item : items) {
                assertThat(item.path("eventType").asText()).isNotBlank();
                assertThat(item.path("summary").asText()).isNotBlank();
            }
        }
    }

    @Test
    void a_full_rebuild_folds_the_recorded_cases_as_release_1_showed_them() {
        Reply replay = api.post("/api/admin/replay", "", "admin");
        assertThat(replay.status()).isEqualTo(202);
        await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/replay", "admin").text("state")));
        for (String id : caseIds()) {
            JsonNode before = expected.path(id);
            JsonNode after = api.get("/api/cases/" + id + "?minVersion=" + before.path("version").asLong(), "auditor")
                    .body();
            for (String field : STABLE) {
                assertThat(after.path(field)).as(id + "." + field).isEqualTo(before.path(field));
            }
        }
    }

    private static List<String> caseIds() {
        List<String> ids = new ArrayList<>();
        for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
            ids.add(names.next());
        }
        return ids;
    }
}
