package org.fengqiao.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.fengqiao.query.boards.BoardWiring;
import org.fengqiao.query.caseview.CaseViewWiring;
import org.fengqiao.query.common.Generations;
import org.fengqiao.query.common.RebuildTarget;
import org.fengqiao.query.config.MongoTokenStoreConfiguration;
import org.fengqiao.query.rebuild.RebuildStatus.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The rebuild of both projections against their live processors: an in-memory event store, the real pooled
 * streaming processors with their tokens in an in-memory mongo-java-server, as the application wires them.
 */
class ProjectionRebuildTest {

    private static final String CASE_VIEWS = "case-views";
    private static final String BOARDS = "boards";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoTemplate template = new MongoTemplate(client, "fengqiao");
    private final MongoDatabase database = template.getDb();
    private final Generations generations = new Generations(database);
    private final List<RebuildTarget> targets = new ArrayList<>();
    private Configuration axon;

    @BeforeEach
    void start() {
        TokenStore tokens = new MongoTokenStoreConfiguration().tokenStore(client,
                new SimpleMongoClientDatabaseFactory(client, "fengqiao"), JacksonSerializer.defaultSerializer(),
                Duration.ofSeconds(10));
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .registerComponent(TokenStore.class, config -> tokens);
        targets.add(CaseViewWiring.register(configurer, template, 50, 2));
        targets.add(BoardWiring.register(configurer, database, 50));
        axon = configurer.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_rebuilt_generation_holds_the_same_documents_as_the_live_one() {
        List<DomainEventMessage<?>> history = BoardWiring.randomCases(new Random(11), 300);
        axon.eventStore().publish(history);
        awaitLiveCaughtUp();
        Map<String, List<Document>> live = readModels();
        assertThat(live.keySet()).contains("case_views", "board_cases", "board_stock", "board_flow");

        RebuildStatus done = run(replay(100));

        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(generations.active(CASE_VIEWS)).isEqualTo(2);
        assertThat(generations.active(BOARDS)).isEqualTo(2);
        assertThat(readModels()).isEqualTo(live);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .contains("case_views_g2", "board_cases_g2", "board_stock_g2", "board_flow_g2")
                .doesNotContain("case_views", "board_cases", "board_stock", "board_flow", "board_journal");
        assertThat(done.eventsDone()).isEqualTo(history.size());
        assertThat(done.position()).isEqualTo(done.headPosition()).isEqualTo(history.size() - 1);
        assertThat(done.estimatedSecondsLeft()).isZero();
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.projections()).extracting(RebuildStatus.Projection::name).containsExactly(CASE_VIEWS, BOARDS);
        assertThat(done.projections()).allSatisfy(p -> {
            assertThat(p.fromGeneration()).isEqualTo(1);
            assertThat(p.toGeneration()).isEqualTo(2);
            assertThat(p.eventsFolded()).isEqualTo(history.size());
        });
        assertThat(liveProcessorsRunning()).isTrue();

        // and once more, from generation 2 into 3
        assertThat(run(replay(1000)).state()).isEqualTo(State.DONE);
        assertThat(generations.active(CASE_VIEWS)).isEqualTo(3);
        assertThat(readModels()).isEqualTo(live);
    }

    @Test
    void events_appended_during_the_rebuild_end_up_in_the_new_generation() throws Exception {
        List<DomainEventMessage<?>> history = BoardWiring.randomCases(new Random(12), 600);
        axon.eventStore().publish(history);
        ProjectionRebuild replay = replay(50);
        replay.start();

        // keep appending while the rebuild runs, through its switch, and a little after it; after the first 100
        // rounds more slowly, so that a rebuild on a loaded machine still reaches the head it has to catch up with
        List<DomainEventMessage<?>> later = new ArrayList<>();
        Set<State> seen = EnumSet.noneOf(State.class);
        Thread appender = new Thread(() -> {
            Random random = new Random(13);
            int after = 0;
            int rounds = 0;
            while (after < 10) {
                State state = replay.status().orElseThrow().state();
                seen.add(state);
                List<DomainEventMessage<?>> cases = BoardWiring.randomCases(random, 3);
                axon.eventStore().publish(cases);
                later.addAll(cases);
                after += state == State.DONE ? 1 : 0;
                sleepMillis(++rounds < 100 ? 10 : 200);
            }
        });
        appender.start();
        RebuildStatus done = awaitFinished(replay);
        appender.join();
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(seen).contains(State.RUNNING, State.DONE);

        awaitLiveCaughtUp();
        Map<String, List<Document>> rebuilt = readModels();
        Map<String, Long> versions = new HashMap<>();
        for (Document view : rebuilt.get("case_views")) {
            versions.put(view.getString("_id"), view.getLong("version"));
        }
        assertThat(versions).isEqualTo(eventCounts(history, later));

        // the reference: the live projections themselves, rebuilt from the first event by a token reset
        for (String name : List.of(CASE_VIEWS, BOARDS)) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        awaitLiveCaughtUp();
        assertThat(generations.active(CASE_VIEWS)).isEqualTo(2);
        assertThat(readModels()).isEqualTo(rebuilt);
    }

    @Test
    void refuses_a_second_rebuild_while_one_runs() {
        axon.eventStore().publish(BoardWiring.randomCases(new Random(14), 200));
        ProjectionRebuild replay = replay(10);
        replay.start();

        assertThatThrownBy(replay::start).isInstanceOf(ProjectionRebuild.AlreadyRunning.class);
        assertThat(awaitFinished(replay).state()).isEqualTo(State.DONE);
        assertThat(run(replay).state()).isEqualTo(State.DONE);
        assertThat(generations.active(BOARDS)).isEqualTo(3);
    }

    @Test
    void a_failure_before_the_switch_keeps_the_active_generation_and_drops_the_new_one() {
        axon.eventStore().publish(BoardWiring.randomCases(new Random(15), 100));
        awaitLiveCaughtUp();
        Map<String, List<Document>> live = readModels();
        RebuildTarget failing = new RebuildTarget() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public void prepare(long generation) {
            }

            @Override
            public void fold(List<? extends DomainEventMessage<?>> events, long generation) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void drop(long generation) {
            }
        };
        List<RebuildTarget> withFailing = new ArrayList<>(targets);
        withFailing.add(failing);

        RebuildStatus failed = run(new ProjectionRebuild(axon, generations, withFailing, 100, Duration.ZERO,
                Duration.ofSeconds(1)));

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failure()).isEqualTo("IllegalStateException: disk full");
        assertThat(generations.active(CASE_VIEWS)).isEqualTo(1);
        assertThat(readModels()).isEqualTo(live);
        assertThat(database.listCollectionNames().into(new ArrayList<>())).noneMatch(name -> name.endsWith("_g2"));
        assertThat(liveProcessorsRunning()).isTrue();
    }

    private ProjectionRebuild replay(int batchSize) {
        return new ProjectionRebuild(axon, generations, targets, batchSize, Duration.ZERO, Duration.ofSeconds(1));
    }

    private static RebuildStatus run(ProjectionRebuild replay) {
        replay.start();
        return awaitFinished(replay);
    }

    private static RebuildStatus awaitFinished(ProjectionRebuild replay) {
        await().atMost(SETTLE).until(() -> replay.status().orElseThrow().finishedAt() != null);
        return replay.status().orElseThrow();
    }

    /**
     * Every document of every read-model collection by collection name without its generation suffix, sorted by id;
     * empty collections, the tokens and the generation pointers left out.
     */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> documents = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (name.equals("trackingtokens") || name.equals(Generations.COLLECTION) || name.startsWith("system.")) {
                continue;
            }
            List<Document> stored = database.getCollection(name).find().sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>());
            if (!stored.isEmpty()) {
                assertThat(documents.put(name.replaceFirst("_g\\d+$", ""), stored))
                        .as("one generation of %s only", name).isNull();
            }
        }
        return documents;
    }

    private void awaitLiveCaughtUp() {
        await().atMost(SETTLE).until(() -> caughtUp(CASE_VIEWS, 2) && caughtUp(BOARDS, 1));
    }

    /** At the head; a segment reset to the head still says it is replaying, so that flag is not looked at. */
    private boolean caughtUp(String name, int segments) {
        TrackingToken head = axon.eventStore().createHeadToken();
        Map<Integer, EventTrackerStatus> status = processor(name).processingStatus();
        return status.size() == segments && status.values().stream().allMatch(segment ->
                segment.getCurrentPosition().orElse(-1) >= head.position().orElseThrow());
    }

    private boolean liveProcessorsRunning() {
        return processor(CASE_VIEWS).isRunning() && processor(BOARDS).isRunning();
    }

    private StreamingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    @SafeVarargs
    private static Map<String, Long> eventCounts(List<DomainEventMessage<?>>... histories) {
        Map<String, Long> counts = new HashMap<>();
        for (List<DomainEventMessage<?>> history : histories) {
            history.forEach(event -> counts.merge(event.getAggregateIdentifier(), 1L, Long::sum));
        }
        return counts;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
