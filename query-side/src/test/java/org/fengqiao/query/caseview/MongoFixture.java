package org.fengqiao.query.caseview;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An in-memory mongo-java-server, the embedded MongoDB's engine without its file, for one test. */
final class MongoFixture implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoTemplate template = new MongoTemplate(client, "fengqiao");

    /** The stored case views as raw documents, ordered by id. */
    List<Document> caseViewDocuments() {
        return template.getCollection(CaseViewDocument.COLLECTION).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
