package org.fengqiao.launcher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.fengqiao.platform.health.MongoHealthAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which embedded store is switched on by which setting. Only the switched-off cases start the SQLite configuration,
 * as it needs Axon's beans when active (see {@link EmbeddedStorageContextTest}).
 */
class EmbeddedStorageSwitchesTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(UserConfigurations.of(SqliteEventStorageConfiguration.class,
                                                         EmbeddedMongoConfiguration.class))
                .withPropertyValues("fengqiao.data-dir=" + dataDir);
    }

    @Test
    void startsTheEmbeddedMongoDbWhenNoUriIsConfigured() {
        runner().withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                                                         MongoDataAutoConfiguration.class,
                                                         MongoHealthAutoConfiguration.class))
                .withPropertyValues("fengqiao.event-store=none", "spring.data.mongodb.database=cases")
                .run(context -> {
                    assertThat(context).hasSingleBean(MongoServer.class);
                    int port = context.getBean(MongoServer.class).getLocalAddress().getPort();
                    assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString())
                            .isEqualTo("mongodb://127.0.0.1:" + port + "/cases");

                    MongoTemplate mongoTemplate = context.getBean(MongoTemplate.class);
                    mongoTemplate.insert(new Document("subject", "leaking pipe"), "views");
                    assertThat(mongoTemplate.getDb().getName()).isEqualTo("cases");
                    assertThat(mongoTemplate.getCollection("views").countDocuments()).isEqualTo(1);
                    assertThat(context.getBean("mongoHealthContributor", HealthIndicator.class).health().getStatus())
                            .isEqualTo(Status.UP);
                });
        assertThat(dataDir.resolve("readmodels.mv")).exists();
    }

    @Test
    void aMongoUriSwitchesTheEmbeddedMongoDbOff() {
        runner().withPropertyValues("fengqiao.event-store=none", "spring.data.mongodb.uri=mongodb://db.example/cases")
                .run(context -> assertThat(context).hasNotFailed()
                                                   .doesNotHaveBean(MongoServer.class)
                                                   .doesNotHaveBean(MongoConnectionDetails.class));
    }

    @Test
    void anotherEventStoreSwitchesSqliteOff() {
        runner().withPropertyValues("fengqiao.event-store=postgres", "spring.data.mongodb.uri=mongodb://db/cases")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SqliteDataSource.class));
    }

    @Test
    void theProductionProfileUsesNeitherEmbeddedStore() {
        runner().withPropertyValues("spring.profiles.active=production")
                .run(context -> assertThat(context).hasNotFailed()
                                                   .doesNotHaveBean(SqliteDataSource.class)
                                                   .doesNotHaveBean(MongoServer.class));
    }
}
