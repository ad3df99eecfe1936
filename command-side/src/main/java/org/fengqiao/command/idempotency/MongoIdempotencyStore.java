package org.fengqiao.command.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Idempotency keys in the collection {@value #COLLECTION} of the command side's MongoDB, for the {@code production}
 * profile, where there is no SQL database. A claim is one {@code insertOne} on {@code _id} (the key's hash), which a
 * replica set acknowledges by majority; a TTL index on {@code expiresAt} removes expired entries.
 */
@Component
@ConditionalOnProperty(name = "fengqiao.idempotency.store", havingValue = "mongo")
public class MongoIdempotencyStore implements IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;

    public MongoIdempotencyStore(MongoClient client, MongoConnectionDetails connection,
            @Value("${spring.data.mongodb.database:}") String database) {
        String name = StringUtils.hasText(database) ? database : connection.getConnectionString().getDatabase();
        if (!StringUtils.hasText(name)) {
            throw new IllegalStateException("Idempotency keys in MongoDB need a database: name it in the connection "
                    + "string or set spring.data.mongodb.database");
        }
        this.keys = client.getDatabase(name).getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public Optional<Entry> reserve(String key, String requestHash, Instant expiresAt, Instant leaseUntil) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                keys.insertOne(new Document("_id", key).append("requestHash", requestHash)
                        .append("expiresAt", Date.from(expiresAt)).append("leaseUntil", Date.from(leaseUntil)));
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document found = keys.find(eq("_id", key)).first();
            if (found != null && found.getDate("expiresAt").after(new Date())) {
                Integer status = found.getInteger("status");
                StoredResponse response = status == null ? null : new StoredResponse(status,
                        found.getString("contentType"), found.getString("location"), found.getString("body"));
                Date lease = found.getDate("leaseUntil");
                return Optional.of(new Entry(found.getString("requestHash"), response, found.getString("target"),
                        lease == null ? null : lease.toInstant()));
            }
            // expired, not yet removed by the TTL monitor: take it over
            keys.deleteOne(and(eq("_id", key), Filters.lt("expiresAt", new Date())));
        }
        throw new IllegalStateException("idempotency key could neither be claimed nor read");
    }

    @Override
    public void target(String key, String caseId) {
        keys.updateOne(and(eq("_id", key), eq("target", null)), Updates.set("target", caseId));
    }

    @Override
    public boolean takeOver(String key, Instant leaseUntil, Instant newLeaseUntil) {
        return keys.updateOne(and(eq("_id", key), eq("leaseUntil", Date.from(leaseUntil)),
                Filters.exists("status", false)), Updates.set("leaseUntil", Date.from(newLeaseUntil)))
                .getModifiedCount() == 1;
    }

    @Override
    public void complete(String key, StoredResponse response) {
        keys.updateOne(eq("_id", key), Updates.combine(Updates.set("status", response.status()),
                Updates.set("contentType", response.contentType()), Updates.set("location", response.location()),
                Updates.set("body", response.body())));
    }

    @Override
    public void release(String key) {
        keys.deleteOne(and(eq("_id", key), Filters.exists("status", false)));
    }
}
