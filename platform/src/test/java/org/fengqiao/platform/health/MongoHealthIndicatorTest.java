package org.fengqiao.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Against mongo-java-server, which does not know {@code hello}: the check falls back to {@code isMaster}. */
class MongoHealthIndicatorTest {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void is_up_on_a_server_that_does_not_know_hello() {
        MongoHealthIndicator indicator = new MongoHealthIndicator(new MongoTemplate(client, "fengqiao"));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsKey("maxWireVersion");
    }

    @Test
    void is_down_when_the_server_is_gone() {
        try (MongoClient nowhere = MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200")) {
            MongoHealthIndicator indicator = new MongoHealthIndicator(new MongoTemplate(nowhere, "fengqiao"));

            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
