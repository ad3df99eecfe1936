package org.fengqiao.query.caseview;

import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link CaseListIndex} of each {@code case_views} collection (each generation) this process lists or writes,
 * created on first use and filled from the collection on a thread of its own; the {@link CaseViewStore} tells it
 * every write, clear and drop.
 *
 * <p>For the embedded default only ({@code fengqiao.case-views.list-index=memory}, the launcher's setting): it
 * assumes that this process is the only writer of the case views, which holds for the one-process launcher and not
 * for query-side instances sharing a MongoDB, which list through MongoDB's declared indexes instead.
 */
final class CaseListIndexes {

    private static final Logger log = LoggerFactory.getLogger(CaseListIndexes.class);

    private final MongoTemplate mongo;
    private final ConcurrentMap<String, CaseListIndex> indexes = new ConcurrentHashMap<>();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "case-list-index");
        thread.setDaemon(true);
        return thread;
    });

    CaseListIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The index of the collection; a new one is filled in the background and is not ready until then. */
    CaseListIndex of(String collection) {
        return indexes.computeIfAbsent(collection, name -> {
            CaseListIndex index = new CaseListIndex();
            loader.execute(() -> load(name, index));
            return index;
        });
    }

    /** The views MongoDB acknowledged in the collection. */
    void written(String collection, Collection<CaseViewDocument> documents) {
        of(collection).putAll(documents.stream().map(ListedCase::of).toList());
    }

    /**
     * The collection was emptied or dropped, or a write to it failed part-way so that the index can no longer tell
     * what it holds: forgotten, so that the next use fills a new one from the collection.
     */
    void forget(String collection) {
        CaseListIndex index = indexes.remove(collection);
        if (index != null) {
            index.clear();
        }
    }

    private void load(String collection, CaseListIndex index) {
        long started = System.nanoTime();
        long clears = index.clears();
        try {
            for (Document document : mongo.getCollection(collection).find()
                    .projection(Projections.include(ListedCase.FIELDS)).batchSize(2_000)) {
                index.putIfNotClearedSince(ListedCase.of(document), clears);
            }
            index.markReady();
            log.info("Case list index of {}: {} cases in {} ms", collection, index.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Case list index of {} not loaded, lists are answered by MongoDB: {}", collection,
                    e.toString());
            indexes.remove(collection, index);
        }
    }
}
