package org.fengqiao.query.config;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Keeps the tracking tokens of all streaming event processors in MongoDB, collection {@code trackingtokens}, next to
 * the read models they belong to. This works against both the embedded MongoDB and a real one, and it also keeps
 * Axon's JDBC token store (whose {@code SELECT .. FOR UPDATE} SQLite rejects) from being created.
 * <p>
 * Axon's MongoDB Spring Boot starter stops at 4.10, so the 4.12 token store is wired here by hand.
 */
@Configuration(proxyBeanMethods = false)
public class MongoTokenStoreConfiguration {

    /**
     * The database is the one Spring Data MongoDB uses ({@code spring.data.mongodb.database}, else the one in the
     * connection string), so tokens and read models can never drift into different databases: dropping the read
     * models for a replay must drop their tokens too.
     */
    @Bean
    public TokenStore tokenStore(MongoClient mongoClient,
                                 MongoDatabaseFactory mongoDatabaseFactory,
                                 Serializer serializer,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        String database = mongoDatabaseFactory.getMongoDatabase().getName();
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(mongoClient, database)
                                                                 .build())
                              .serializer(serializer)
                              .claimTimeout(claimTimeout)
                              .build();
    }
}
