package org.fengqiao.platform.personaldata;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Subject keys in the MongoDB collection {@value #COLLECTION}, one document per subject keyed by {@code _id}: the key
 * wrapped by the {@link MasterKey} (bound to the subject, so a wrapped key cannot be moved to another subject), the
 * master key's id and the time it was created; once destroyed, the wrapped key is removed and {@code destroyedAt}
 * stays as a tombstone that stops the key from being created again. Master keys rotate lazily (see the constructor
 * with previous master keys). Reads are {@code _id} lookups, and found keys
 * are kept in memory for {@code cacheTtl}: an erasure on another instance takes effect here within that time (the
 * views stop showing an erased subject at once anyway, from the erasure event). Writes wait for the majority.
 */
public class MongoSubjectKeyStore implements SubjectKeyStore {

    public static final String COLLECTION = "personal_data_keys";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private final MasterKey masterKey;
    private final Map<String, MasterKey> previousMasterKeys;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A key found, until when it may be used without asking again; {@code key == null}: destroyed. */
    private record Cached(SecretKey key, Instant until) {
    }

    public MongoSubjectKeyStore(MongoCollection<Document> keys, MasterKey masterKey, Duration cacheTtl, Clock clock) {
        this(keys, masterKey, List.of(), cacheTtl, clock);
    }

    /**
     * With the master keys used before {@code masterKey}: a subject key still wrapped by one of them is unwrapped with
     * it and rewrapped under {@code masterKey} when it is next read, so a rotation needs no downtime and no batch run.
     */
    public MongoSubjectKeyStore(MongoCollection<Document> keys, MasterKey masterKey, List<MasterKey> previous,
            Duration cacheTtl, Clock clock) {
        this.keys = keys.withWriteConcern(WriteConcern.MAJORITY);
        this.masterKey = masterKey;
        this.previousMasterKeys = previous.stream().collect(Collectors.toUnmodifiableMap(MasterKey::id, key -> key,
                (first, same) -> first));
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    @Override
    public SecretKey keyFor(String subject) {
        Optional<SecretKey> known = find(subject);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        SecretKey key = new SecretKeySpec(fresh, "AES");
        try {
            keys.insertOne(new Document("_id", subject)
                    .append("key", new Binary(masterKey.wrap(subject, key)))
                    .append("masterKey", masterKey.id())
                    .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // created meanwhile by another command, or destroyed: read what is there
            return find(subject).orElseThrow(() -> new SubjectErasedException(subject));
        }
        remember(subject, key);
        return key;
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && (cached.key() == null || clock.instant().isBefore(cached.until()))) {
            return Optional.ofNullable(cached.key());
        }
        Document found = keys.find(eq("_id", subject)).first();
        if (found == null) {
            return Optional.empty();
        }
        if (found.get("destroyedAt") != null) {
            // destroyed is final, so it may be remembered for good
            cache.put(subject, new Cached(null, Instant.MAX));
            return Optional.empty();
        }
        byte[] wrapped = found.get("key", Binary.class).getData();
        String wrappedBy = found.getString("masterKey");
        MasterKey previous = wrappedBy == null || wrappedBy.equals(masterKey.id()) ? null
                : previousMasterKeys.get(wrappedBy);
        SecretKey key;
        if (previous == null) {
            key = masterKey.unwrap(subject, wrapped);
        } else {
            key = previous.unwrap(subject, wrapped);
            // rotation: rewrapped under the current master key, unless it was destroyed meanwhile
            keys.updateOne(Filters.and(eq("_id", subject), eq("masterKey", wrappedBy), Filters.exists("key")),
                    Updates.combine(Updates.set("key", new Binary(masterKey.wrap(subject, key))),
                            Updates.set("masterKey", masterKey.id())));
        }
        remember(subject, key);
        return Optional.of(key);
    }

    @Override
    public void destroy(String subject) {
        cache.remove(subject);
        keys.updateOne(eq("_id", subject), Updates.combine(Updates.unset("key"),
                        Updates.setOnInsert("createdAt", Date.from(clock.instant())),
                        Updates.set("destroyedAt", Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
        cache.put(subject, new Cached(null, Instant.MAX));
    }

    private void remember(String subject, SecretKey key) {
        if (!cacheTtl.isZero() && !cacheTtl.isNegative()) {
            cache.put(subject, new Cached(key, clock.instant().plus(cacheTtl)));
        }
    }
}
