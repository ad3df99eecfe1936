package org.fengqiao.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The token store from {@link MongoTokenStoreConfiguration} against mongo-java-server, the embedded MongoDB.
 */
class MongoTokenStoreConfigurationTest {

    private static final String PROCESSOR = "case-views";

    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    private MongoServer server;
    private MongoClient client;
    private TokenStore tokenStore;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        tokenStore = new MongoTokenStoreConfiguration().tokenStore(
                client, new SimpleMongoClientDatabaseFactory(client, "fengqiao"), serializer, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void storesAndFetchesTokensPerSegment() {
        tokenStore.initializeTokenSegments(PROCESSOR, 2);
        assertThat(tokenStore.fetchSegments(PROCESSOR)).containsExactly(0, 1);
        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).isNull();

        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(42, List.of(40L));
        tokenStore.storeToken(token, PROCESSOR, 0);

        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).isEqualTo(token);
        assertThat(tokenStore.fetchToken(PROCESSOR, 1)).isNull();
        assertThat(tokenStore.retrieveStorageIdentifier()).isPresent();
    }

    @Test
    void aClaimedSegmentCannotBeTakenByAnotherNodeUntilReleased() {
        tokenStore.initializeTokenSegments(PROCESSOR, 1);
        tokenStore.fetchToken(PROCESSOR, 0);
        TokenStore otherNode = MongoTokenStore.builder()
                                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                                 .mongoDatabase(client, "fengqiao")
                                                                                 .build())
                                              .serializer(serializer)
                                              .nodeId("other-node")
                                              .build();

        assertThatThrownBy(() -> otherNode.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        tokenStore.releaseClaim(PROCESSOR, 0);
        assertThat(otherNode.fetchToken(PROCESSOR, 0)).isNull();
    }

    @Test
    void createsTheUniqueIndexOnProcessorAndSegment() {
        List<Document> indexes = client.getDatabase("fengqiao").getCollection("trackingtokens")
                                       .listIndexes().into(new ArrayList<>());

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class).keySet()).containsExactly("processorName", "segment");
            assertThat(index.getBoolean("unique")).isTrue();
        });
    }
}
