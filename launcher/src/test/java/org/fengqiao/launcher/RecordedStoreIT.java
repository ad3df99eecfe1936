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
import java.util.stream.Stream;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens data folders written by earlier releases with the current code, and shows that every stored event still
 * loads, every chain still verifies, and a full rebuild of the projections folds the cases to the states the release
 * showed. Release 1 is the code before the second wave's refactoring (recorded by
 * {@code src/test/resources/stores/record-release-1.sh}: a petition through acceptance, extension, hearing, reply,
 * closure and review, and three disputes through agreement, erasure, high risk, confidentiality, restriction,
 * objection and refusal); release 2 the code before the kernel's messages left {@code org.fengqiao.cases.common}
 * (issue 14 part 6; {@code record-release-2.sh}: a typed petition with notices, supervision, a plan with obligations,
 * performance, follow-up and rework, and disputes through typed meetings, judicial confirmation, dispatch, links and a
 * merge). Both stores name their events by the classes' old names; the kernel's stored type aliases load them.
 */
class RecordedStoreIT {

    /** The view fields that must not change across releases: identity, state and the counts behind the boards. */
    private static final List<String> STABLE = List.of("caseNumber", "kind", "status", "version", "category",
            "level", "resolutionLevel", "unit", "riskLevel", "outcome", "satisfaction", "reviewStage");
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Release1 extends RecordedStore {
        Release1() {
            super("stores/release-1/", STABLE);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Release2 extends RecordedStore {
        Release2() {
            super("stores/release-2/", Stream.concat(STABLE.stream(), Stream.of("petitionType", "people",
                    "meetingsHeld", "aftercare", "judicialConfirmation", "dispatch", "linked")).toList());
        }
    }

    /** One release's data folder, opened by an application of its own. */
    abstract static class RecordedStore {

        private final String release;
        private final List<String> stable;
        private ConfigurableApplicationContext application;
        private ApiClient api;
        private JsonNode expected;

        RecordedStore(String release, List<String> stable) {
            this.release = release;
            this.stable = stable;
        }

        @BeforeAll
        void start() throws IOException {
            Path folder = TemporaryDataFolder.newFolder();
            for (String file : List.of("events.db", "readmodels.mv", "master.key")) {
                try (InputStream in = RecordedStoreIT.class.getClassLoader().getResourceAsStream(release + file)) {
                    assertThat(in).as(file).isNotNull();
                    Files.copy(in, folder.resolve(file));
                }
            }
            try (InputStream in = RecordedStoreIT.class.getClassLoader()
                    .getResourceAsStream(release + "expected.json")) {
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
        void stop() {
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
                assertThat(verification.path("events").asLong())
                        .isEqualTo(expected.path(id).path("version").asLong());
            }
            Reply started = api.post("/api/admin/verification", "{}", "admin");
            assertThat(started.status()).isEqualTo(202);
            await().atMost(SETTLE)
                    .until(() -> "DONE".equals(api.get("/api/admin/verification", "admin").text("state")));
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
        void a_full_rebuild_folds_the_recorded_cases_as_the_release_showed_them() {
            Reply replay = api.post("/api/admin/replay", "", "admin");
            assertThat(replay.status()).isEqualTo(202);
            await().atMost(SETTLE).until(() -> "DONE".equals(api.get("/api/admin/replay", "admin").text("state")));
            for (String id : caseIds()) {
                JsonNode before = expected.path(id);
                JsonNode after = api.get("/api/cases/" + id + "?minVersion=" + before.path("version").asLong(),
                        "auditor").body();
                for (String field : stable) {
                    assertThat(after.path(field)).as(id + "." + field).isEqualTo(before.path(field));
                }
            }
        }

        private List<String> caseIds() {
            List<String> ids = new ArrayList<>();
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                ids.add(names.next());
            }
            return ids;
        }
    }
}
