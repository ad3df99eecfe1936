package org.fengqiao.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Which generation of its collections each read model reads and writes: one pointer document per read model in
 * collection {@value #COLLECTION} ({@code _id} = the read model's processing group, {@code generation} = a number).
 * Without a pointer a read model is at generation 1, whose collections keep their plain names; generation n > 1 adds
 * {@code _g<n>} to them. A rebuild fills generation n + 1 and then moves the pointer.
 *
 * <p>The pointer is read at every batch and query rather than cached, so that every query-side instance sharing the
 * database sees a switch at once; it is one read by {@code _id}.
 */
public final class Generations {

    public static final String COLLECTION = "read_model_generations";
    private static final String GENERATION = "generation";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> pointers;

    public Generations(MongoDatabase database) {
        this.pointers = database.getCollection(COLLECTION);
    }

    /** The generation the read model's queries and live handlers use. */
    public long active(String readModel) {
        Document pointer = pointers.find(Filters.eq("_id", readModel)).first();
        return pointer == null ? 1 : pointer.get(GENERATION, Number.class).longValue();
    }

    public void activate(String readModel, long generation) {
        pointers.replaceOne(Filters.eq("_id", readModel),
                new Document("_id", readModel).append(GENERATION, generation), UPSERT);
    }

    /** The name of a read model's collection {@code base} in the given generation. */
    public static String collection(String base, long generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("generations start at 1, not " + generation);
        }
        return generation == 1 ? base : base + "_g" + generation;
    }
}
