package org.fengqiao.query.caseview;

import static org.fengqiao.query.CaseStories.escalatedPetition;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.query.config.MongoTokenStoreConfiguration;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Prints how many events per second the case-view projection sustains: its pooled streaming processor (as
 * {@link CaseViewConfiguration} registers it) catching up on a backlog in an in-memory event store, writing to
 * mongo-java-server, first live (views created as events arrive) and then as a replay after a token reset. The event
 * store is in memory so that the figure is the projection's own, not the event store's.
 *
 * <p>{@code ./mvnw -q -pl query-side -am test-compile -Pcase-view-benchmark} runs it with the defaults; with the test
 * class path it takes {@code [memory|h2] [cases] [batch size] [segments]}, defaults h2 (the embedded default's
 * backend), 10000 cases (about 53,000 events), 200, 4.
 */
public final class CaseViewProjectionBenchmark {

    private CaseViewProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        String backendName = args.length > 0 ? args[0] : "h2";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int segments = args.length > 3 ? Integer.parseInt(args[3]) : 4;

        Path folder = Files.createTempDirectory("case-view-benchmark-");
        MongoBackend backend = "memory".equals(backendName) ? new MemoryBackend()
                : new H2Backend(folder.resolve("readmodels.mv").toString());
        MongoServer server = new MongoServer(backend);
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        try {
            run(client, backendName, cases, batchSize, segments);
        } finally {
            client.close();
            server.shutdownNow();
        }
    }

    private static void run(MongoClient client, String backendName, int cases, int batchSize, int segments) {
        MongoTemplate mongo = new MongoTemplate(client, "fengqiao");
        CaseViewStore store = new CaseViewStore(mongo);
        store.createIndexes();
        CaseViewProjection projection = new CaseViewProjection(store, SimpleQueryUpdateEmitter.builder().build());
        TokenStore tokens = new MongoTokenStoreConfiguration().tokenStore(client,
                new SimpleMongoClientDatabaseFactory(client, "fengqiao"), JacksonSerializer.defaultSerializer(),
                Duration.ofSeconds(10));
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        long events = 0;
        long finalVersions = 0;
        Instant now = Instant.now();
        List<EventMessage<?>> backlog = new ArrayList<>();
        for (int i = 1; i <= cases; i++) {
            CaseId id = CaseId.generate();
            var story = i % 3 == 0 ? escalatedPetition(id, i, now) : resolvedDispute(id, i, now);
            backlog.addAll(recorded(story, now));
            finalVersions += story.size();
            events += story.size();
        }
        engine.appendEvents(backlog);

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> engine)
                .registerComponent(TokenStore.class, config -> tokens)
                .eventProcessing(processing -> processing.registerEventHandler(config -> projection));
        new CaseViewConfiguration().caseViewProcessor(batchSize, segments).configureModule(configurer);

        System.out.printf(Locale.ROOT, "case-view projection: %d events of %d cases, backend %s, batch size %d, "
                + "%d segments, %d cores%n", events, cases, backendName, batchSize, segments,
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        Configuration axon = configurer.start();
        try {
            awaitAll(mongo, cases, finalVersions);
            report("live (views created)", events, System.nanoTime() - start);
            listQueries(projection, cases);

            PooledStreamingEventProcessor processor = axon.eventProcessingConfiguration()
                    .eventProcessor(CaseViewProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            start = System.nanoTime();
            processor.resetTokens();
            processor.start();
            awaitAll(mongo, cases, finalVersions);
            report("replay after reset", events, System.nanoTime() - start);
        } finally {
            axon.shutdown();
        }
    }

    /**
     * Times the case list over the seeded views, as a supervisor's screen asks for it: the first page of a community's
     * open assigned cases, newest first, and the first page of everything. On the embedded server every list query
     * scans the collection (it honours only {@code _id} indexes); a real MongoDB uses the declared indexes.
     */
    private static void listQueries(CaseViewProjection projection, int cases) {
        int rounds = Integer.getInteger("listRounds", 21);
        var byCommunity = new ListCases(null, null, null, new NodeCode("SH-FL"), null, null, null, null, null, null,
                0, ListCases.DEFAULT_PAGE_SIZE, CaseSort.DEFAULT);
        var everything = new ListCases(null, null, null, null, null, null, null, null, null, null,
                0, ListCases.DEFAULT_PAGE_SIZE, CaseSort.DEFAULT);
        for (var query : List.of(byCommunity, everything)) {
            long[] nanos = new long[rounds];
            long total = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                total = projection.handle(query).total();
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "  list %-18s over %,d cases (total %,d): median %.1f ms, p99 %.1f ms%n",
                    query.node() == null ? "all" : "node " + query.node(), cases, total, nanos[rounds / 2] / 1e6,
                    nanos[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)] / 1e6);
        }
    }

    /** Waits until every case's view holds all its events: the sum of all versions is the number of events. */
    private static void awaitAll(MongoTemplate mongo, int cases, long finalVersions) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Document> sums = mongo.getCollection(CaseViewDocument.COLLECTION).aggregate(List.of(
                    new Document("$group", new Document("_id", null)
                            .append("cases", new Document("$sum", 1))
                            .append("versions", new Document("$sum", "$version"))))).into(new ArrayList<>());
            if (!sums.isEmpty() && ((Number) sums.get(0).get("cases")).intValue() == cases
                    && ((Number) sums.get(0).get("versions")).longValue() == finalVersions) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the projection did not catch up within 30 minutes");
    }

    private static void report(String phase, long events, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "  %-22s %8.2f s  %,10.0f events/s%n", phase, seconds, events / seconds);
    }
}
