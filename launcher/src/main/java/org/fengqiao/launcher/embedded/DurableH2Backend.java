package org.fengqiao.launcher.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded MongoDB's H2 backend, with every write on disk before it is acknowledged, as MongoDB's journaled
 * write concern would have it.
 *
 * <p>Why: the plain {@link H2Backend} leaves saving to the H2 MVStore's background writer, about once a second, and
 * that writer takes the roots of the store's maps one after the other, not as one snapshot. A kill therefore loses
 * the last second of acknowledged writes, and not as a unit: a tracking token written after a batch's documents
 * could reach the file while the documents did not, and the projection would never write them (the crash scenario
 * of the load harness found case views missing for good after a kill). Here each write command commits the store
 * before its reply leaves, so a write acknowledged to a client is in the file and survives a kill of the process
 * (not a power cut: the file is not forced to the disk). Whatever a client writes after an acknowledgement is saved
 * no earlier than what was acknowledged, so a token stored after its documents can never survive them.
 *
 * <p>Reads do not commit. A commit writes one chunk with what changed since the last one; concurrent writers share
 * it when they come in the same moment.
 *
 * <p>It also drops indexes as MongoDB does, one collection's only. mongo-java-server 1.47 answers {@code dropIndexes}
 * with {@code "*"} by dropping every index of the database from the named collection, so it fails with
 * {@code IndexNotFound} on the first index of another collection (mongo-java-server issue 247), and drops an index
 * named by name from the index list of every collection (issue 246). JobRunr's MongoDB migration
 * {@code M007_UpdateJobsCollectionReplaceIndices} drops the job collection's indexes with {@code "*"}: against this
 * server it failed on the idempotency records' {@code expiresAt_1}, and the command side with the production deadline
 * store did not start. Here both forms become drops by key of the named collection's own indexes, the one form the
 * server scopes to a collection.
 */
public final class DurableH2Backend extends H2Backend {

    /** Commands that change data (lower case); {@code aggregate} only with an {@code $out} or {@code $merge} stage. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

    public DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            if (command.equalsIgnoreCase("dropIndexes") && query.get("index") instanceof String) {
                return dropIndexesOfOneCollection(channel, database, command, query);
            }
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed write: part of a bulk write may have been applied and its reply reports it
            if (writes(command, query)) {
                commit();
            }
        }
    }

    /** {@code dropIndexes} by name or {@code "*"}, confined to the named collection: each of its indexes by key. */
    private Document dropIndexesOfOneCollection(Channel channel, String database, String command, Document query) {
        String collection = String.valueOf(query.get(command));
        String name = (String) query.get("index");
        if (resolveDatabase(database).resolveCollection(collection, false) == null) {
            return super.handleCommand(channel, database, command, query);
        }
        Document listed = super.handleCommand(channel, database, "listIndexes", new Document("listIndexes", collection));
        @SuppressWarnings("unchecked")
        List<Document> indexes = (List<Document>) ((Document) listed.get("cursor")).get("firstBatch");
        List<Document> keys = indexes.stream()
                .filter(index -> !"_id_".equals(index.get("name")))
                .filter(index -> name.equals("*") || name.equals(index.get("name")))
                .map(index -> (Document) index.get("key"))
                .toList();
        if (keys.isEmpty() && !name.equals("*")) {
            return super.handleCommand(channel, database, command, query);   // not an index of it: IndexNotFound
        }
        for (Document key : keys) {
            super.handleCommand(channel, database, command, new Document(command, collection).append("index", key));
        }
        return new Document("nIndexesWas", indexes.size()).append("ok", 1.0);
    }

    private static boolean writes(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITES.contains(name)) {
            return true;
        }
        return name.equals("aggregate") && String.valueOf(query.get("pipeline")).matches("(?s).*\\$(out|merge)\\b.*");
    }
}
