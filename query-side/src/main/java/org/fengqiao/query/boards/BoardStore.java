package org.fengqiao.query.boards;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.fengqiao.query.common.Generations;

/**
 * The board collections in MongoDB, of one generation (see {@link Generations}): the active one, looked up at each
 * call, or a fixed one for a rebuild ({@link #at}). Callers name collections by their plain names. Every read is by {@code _id} ({@code $in} over an explicit list), which the
 * embedded server answers from its {@code _id} index instead of scanning, and every write replaces whole documents by
 * {@code _id}.
 *
 * <p>A batch's documents are written in three steps: the new images of all of them into one journal document, then
 * each collection with one bulk write, then the journal is deleted. A single-document write is atomic, so after a
 * crash the journal either holds a complete batch, which {@link #recover()} writes again (replacing a document by the
 * same image twice changes nothing), or it does not exist, and then no document of that batch was written. Readers of
 * the collections between the bulk writes may see one collection a batch ahead of another for a moment; the projection
 * never does.
 */
class BoardStore {

    static final String JOURNAL = "board_journal";
    private static final String JOURNAL_ID = "pending-batch";
    private static final int IN_CHUNK = 64;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private static final long ACTIVE = 0;

    private final MongoDatabase database;
    private final Generations generations;
    private final long generation;

    /** The store of the active generation. */
    BoardStore(MongoDatabase database) {
        this(database, new Generations(database), ACTIVE);
    }

    private BoardStore(MongoDatabase database, Generations generations, long generation) {
        this.database = database;
        this.generations = generations;
        this.generation = generation;
    }

    /** The store of a fixed generation, whichever is active. */
    BoardStore at(long fixedGeneration) {
        return new BoardStore(database, generations, fixedGeneration);
    }

    /** The store of the generation active now, so that a reader sees all its documents in one generation. */
    BoardStore atActiveGeneration() {
        return generation == ACTIVE ? at(generations.active(BoardProjection.PROCESSING_GROUP)) : this;
    }

    Map<String, BoardCase> cases(Collection<String> ids) {
        Map<String, BoardCase> cases = new LinkedHashMap<>();
        find(BoardCase.COLLECTION, ids).forEach((id, document) -> cases.put(id, BoardCase.from(document)));
        return cases;
    }

    /** The documents of {@code collection} with the given ids, by id; missing ones are absent. */
    Map<String, Document> find(String collection, Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        MongoCollection<Document> documents = collection(collection);
        // The embedded server finds the candidates by _id index but then matches each one against the whole $in
        // list, which is quadratic in its length; short lists keep that negligible for a round trip each.
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            // exactly {_id: {$in: [...]}}: any other shape makes the embedded server scan the collection
            for (Document document : documents.find(Filters.in("_id", chunk))) {
                found.put(document.getString("_id"), document);
            }
        }
        return found;
    }

    /** Writes a batch's new document images so that either all or none of them survive a crash. */
    void write(Map<String, List<Document>> imagesByCollection) {
        Document journal = new Document("_id", JOURNAL_ID);
        imagesByCollection.forEach(journal::append);
        MongoCollection<Document> journals = collection(JOURNAL);
        journals.replaceOne(Filters.eq("_id", JOURNAL_ID), journal, UPSERT);
        replaceAll(imagesByCollection);
        journals.deleteOne(Filters.eq("_id", JOURNAL_ID));
    }

    /** Completes the batch of a journal left behind by a crash, if there is one; answers whether there was. */
    boolean recover() {
        Document journal = collection(JOURNAL).find(Filters.eq("_id", JOURNAL_ID)).first();
        if (journal == null) {
            return false;
        }
        Map<String, List<Document>> images = new LinkedHashMap<>();
        for (String collection : journal.keySet()) {
            if (!"_id".equals(collection)) {
                images.put(collection, journal.getList(collection, Document.class));
            }
        }
        replaceAll(images);
        collection(JOURNAL).deleteOne(Filters.eq("_id", JOURNAL_ID));
        return true;
    }

    /** Overridden by tests to simulate a crash between two collections. */
    void replaceAll(Map<String, List<Document>> imagesByCollection) {
        imagesByCollection.forEach(this::replace);
    }

    void replace(String collection, List<Document> images) {
        if (images.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(images.size());
        for (Document image : images) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", image.get("_id")), image, UPSERT));
        }
        collection(collection).bulkWrite(writes, UNORDERED);
    }

    /** Drops every board collection of the generation, the journal included: a rebuild starts from the first event. */
    void clear() {
        List<String> existing = database.listCollectionNames().into(new ArrayList<>());
        for (String collection : List.of(BoardCase.COLLECTION, StockDocument.COLLECTION, FlowDocument.COLLECTION,
                JOURNAL)) {
            MongoCollection<Document> documents = collection(collection);
            // checked first because the embedded server logs an error for dropping a collection that is not there
            if (existing.contains(documents.getNamespace().getCollectionName())) {
                documents.drop();
            }
        }
    }

    private MongoCollection<Document> collection(String name) {
        long current = generation == ACTIVE ? generations.active(BoardProjection.PROCESSING_GROUP) : generation;
        return database.getCollection(Generations.collection(name, current));
    }
}
