package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.fengqiao.command.timelimits.DeadlineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a kill of the process leaves of the embedded MongoDB: the file as it is on disk at that moment, taken here by
 * copying it while the server runs, then opened as a restart would open it. A projection's pattern is written first:
 * a batch of documents, then the token that says they are written.
 */
class DurableH2BackendTest {

    private static final int DOCUMENTS = 40;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteIsInTheFileAtOnce() throws Exception {
        Path crashImage = writeBatchThenTokenAndCopyTheFile(DurableH2Backend::new);

        try (Reopened reopened = new Reopened(crashImage)) {
            MongoDatabase restarted = reopened.database();
            assertThat(restarted.getCollection("tokens").find().first()).as("the token").isNotNull()
                    .containsEntry("position", DOCUMENTS);
            assertThat(restarted.getCollection("views").countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(restarted.getCollection("views").find(Filters.eq("_id", "case-7")).first())
                    .containsEntry("version", 2);
        }
    }

    /** The reason for the class: without it the last writes, token included, exist in memory only. */
    @Test
    void thePlainBackendLeavesTheLastWritesInMemory() throws Exception {
        Path crashImage = writeBatchThenTokenAndCopyTheFile(H2Backend::new);

        try (Reopened reopened = new Reopened(crashImage)) {
            assertThat(reopened.database().getCollection("views").countDocuments()).isLessThan(DOCUMENTS);
        }
    }

    @Test
    void readsAndFailedWritesLeaveTheStoreWorking() throws Exception {
        Path file = folder.resolve("live.mv");
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("fengqiao");
            database.getCollection("views").insertOne(new Document("_id", "a"));
            try {
                database.getCollection("views").insertOne(new Document("_id", "a"));
            } catch (com.mongodb.MongoWriteException duplicate) {
                assertThat(duplicate.getCode()).isEqualTo(11000);
            }
            assertThat(database.getCollection("views").find().into(new ArrayList<>())).hasSize(1);
        } finally {
            server.shutdown();
        }
    }

    /**
     * JobRunr's MongoDB store, the production deadline store, migrates in a database that already holds the
     * application's collections: its last migration drops the job collection's indexes with {@code "*"}, which
     * mongo-java-server applied to every collection's indexes and failed on the idempotency keys' {@code expiresAt_1}.
     */
    @Test
    void jobRunrsMongoStoreMigratesBesideTheApplicationsCollections() {
        MongoServer server = new MongoServer(new DurableH2Backend(folder.resolve("jobs.mv").toString()));
        // Spring Boot's client represents UUIDs as JAVA_LEGACY, which JobRunr requires to be set
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.JAVA_LEGACY).build())) {
            MongoCollection<Document> keys = client.getDatabase("fengqiao").getCollection("idempotency_keys");
            keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));

            DeadlineConfiguration.mongoStore(client, "fengqiao");

            assertThat(client.getDatabase("fengqiao").getCollection("jobrunr_migrations").find()
                    .map(migration -> migration.getString("name")).into(new ArrayList<>()))
                    .contains("M007_UpdateJobsCollectionReplaceIndices.class");
            assertThat(indexNames(keys)).containsExactlyInAnyOrder("_id_", "expiresAt_1");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void droppingIndexesTouchesTheNamedCollectionOnly() {
        MongoServer server = new MongoServer(new DurableH2Backend(folder.resolve("indexes.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("fengqiao");
            MongoCollection<Document> numbers = database.getCollection("numbers");
            MongoCollection<Document> jobs = database.getCollection("jobs");
            numbers.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            numbers.createIndex(Indexes.ascending("state"));
            jobs.createIndex(Indexes.ascending("state"));
            jobs.createIndex(Indexes.ascending("scheduledAt"));

            jobs.dropIndexes();
            assertThat(indexNames(jobs)).containsExactly("_id_");
            assertThat(indexNames(numbers)).containsExactlyInAnyOrder("_id_", "number_1", "state_1");

            jobs.createIndex(Indexes.ascending("state"));
            jobs.dropIndex("state_1");
            assertThat(indexNames(jobs)).containsExactly("_id_");
            assertThat(indexNames(numbers)).as("an index of the same name elsewhere")
                    .containsExactlyInAnyOrder("_id_", "number_1", "state_1");

            numbers.insertOne(new Document("number", 7));
            try {
                numbers.insertOne(new Document("number", 7));
                throw new AssertionError("the unique index of the other collection no longer holds");
            } catch (MongoWriteException duplicate) {
                assertThat(duplicate.getCode()).isEqualTo(11000);
            }
        } finally {
            server.shutdown();
        }
    }

    private static List<String> indexNames(MongoCollection<Document> collection) {
        return collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
    }

    /** Writes as a projection does (a bulk write of views, then the token), copies the file, stops the server. */
    private Path writeBatchThenTokenAndCopyTheFile(Function<String, H2Backend> backend) throws Exception {
        Path file = folder.resolve("readmodels.mv");
        Path crashImage = folder.resolve("after-kill.mv");
        MongoServer server = new MongoServer(backend.apply(file.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("fengqiao");
            List<ReplaceOneModel<Document>> views = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                views.add(new ReplaceOneModel<>(Filters.eq("_id", "case-" + i),
                        new Document("_id", "case-" + i).append("version", 2), new ReplaceOptions().upsert(true)));
            }
            database.getCollection("views").bulkWrite(views);
            database.getCollection("tokens").updateOne(Filters.eq("_id", "case-views/0"),
                    Updates.set("position", DOCUMENTS), new UpdateOptions().upsert(true));
            Files.copy(file, crashImage);
        } finally {
            server.shutdown();
        }
        return crashImage;
    }

    /** The copied file opened by a server of its own, as the restarted service would. */
    private static final class Reopened implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        Reopened(Path file) {
            server = new MongoServer(new H2Backend(file.toString()));
            client = MongoClients.create(server.bindAndGetConnectionString());
        }

        MongoDatabase database() {
            return client.getDatabase("fengqiao");
        }

        @Override
        public void close() {
            client.close();
            server.shutdown();
        }
    }
}
