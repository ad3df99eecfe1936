package org.fengqiao.query.boards;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.cases.value.NodeCode;

/**
 * Test fixture: the board projection on an in-memory mongo-java-server, fed batches of events the way its pooled
 * streaming processor feeds them (one batching unit of work per batch), with a fixed clock.
 */
final class BoardFixture implements AutoCloseable {

    /** Noon in Shanghai on 15 July 2026. */
    static final Instant NOW = Instant.parse("2026-07-15T04:00:00Z");

    final BoardSettings settings = BoardSettings.defaults(Clock.fixed(NOW, ZoneOffset.UTC));
    final QueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoDatabase database = client.getDatabase("boards");
    final BoardStore store;
    final BoardReader reader;
    final BoardUpdates updates;
    final BoardProjection projection;

    BoardFixture() {
        this(BoardStore::new);
    }

    BoardFixture(Function<MongoDatabase, BoardStore> storeFactory) {
        store = storeFactory.apply(database);
        reader = new BoardReader(store, CaseStream.TREE, settings);
        updates = new BoardUpdates(emitter, reader, settings);
        projection = new BoardProjection(store, reader, updates, settings);
    }

    /** The time of day 10:00 in Shanghai on the given day of 2026. */
    static Instant at(String monthDay) {
        return LocalDate.parse("2026-" + monthDay).atTime(10, 0).atOffset(ZoneOffset.ofHours(8)).toInstant();
    }

    static Instant daysAgo(int days) {
        return NOW.minus(java.time.Duration.ofDays(days));
    }

    /** Delivers one batch as the processor does; rethrows what the projection threw. */
    void deliver(List<? extends EventMessage<?>> batch) throws Exception {
        deliverWith(projection, batch);
    }

    static void deliverWith(BoardProjection projection, List<? extends EventMessage<?>> batch) throws Exception {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> adapter.handle(unitOfWork.getMessage()),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception e ? e : new IllegalStateException(failure);
        }
    }

    /** Delivers the events in batches of {@code size}, in the given order. */
    void deliverInBatches(List<? extends EventMessage<?>> events, int size) throws Exception {
        for (int i = 0; i < events.size(); i += size) {
            deliver(events.subList(i, Math.min(events.size(), i + size)));
        }
    }

    BoardView board(String node) {
        return reader.read(new FindBoard(new NodeCode(node), null, null));
    }

    Document stock(String node) {
        return database.getCollection(StockDocument.COLLECTION).find(new Document("_id", node)).first();
    }

    /** Every document of every board collection, sorted by id, for comparing whole states. */
    Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> snapshot = new LinkedHashMap<>();
        for (String collection : List.of(BoardCase.COLLECTION, StockDocument.COLLECTION, FlowDocument.COLLECTION,
                BoardStore.JOURNAL)) {
            snapshot.put(collection, database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                                             .into(new ArrayList<>()));
        }
        return snapshot;
    }

    @Override
    public void close() {
        updates.close();
        client.close();
        server.shutdownNow();
    }
}
