package org.fengqiao.query.webhooks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The subscriptions, their readers' cursors, dead letters and delivery log, in MongoDB. */
class WebhookStore {

    private final MongoTemplate mongo;

    WebhookStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(DeliveryAttempt.class).ensureIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC));
        mongo.indexOps(DeadLetter.class).ensureIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
                .on("deadLetteredAt", Sort.Direction.ASC));
    }

    Subscription save(Subscription subscription) {
        return mongo.save(subscription);
    }

    Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class));
    }

    List<Subscription> subscriptions() {
        return mongo.find(new Query().with(Sort.by("createdAt")), Subscription.class);
    }

    Optional<Cursor> cursor(String subscriptionId) {
        return Optional.ofNullable(mongo.findById(subscriptionId, Cursor.class));
    }

    void save(Cursor cursor) {
        mongo.save(cursor);
    }

    void log(DeliveryAttempt attempt) {
        mongo.insert(attempt);
    }

    List<DeliveryAttempt> log(String subscriptionId, int limit) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), DeliveryAttempt.class);
    }

    void deadLetter(DeadLetter letter) {
        mongo.save(letter);
    }

    List<DeadLetter> deadLetters(String subscriptionId) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId))
                .with(Sort.by("deadLetteredAt", "sequence")), DeadLetter.class);
    }

    boolean hasDeadLetters(String subscriptionId, String caseId) {
        return mongo.exists(Query.query(Criteria.where("subscriptionId").is(subscriptionId).and("caseId").is(caseId)),
                DeadLetter.class);
    }

    void removeDeadLetter(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), DeadLetter.class);
    }
}
